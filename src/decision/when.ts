import type { AnswerKey, Answers, OutcomeId } from './steps';

/** The ids an answer key takes, one at a time (a list's items for `objectives`). */
type IdOf<K extends AnswerKey> =
  NonNullable<Answers[K]> extends readonly (infer V)[] ? V : NonNullable<Answers[K]>;

/**
 * Where a piece of advice applies: the outcomes it shows on and, per answer key, the answers
 * it was written for. A key left out matches anything. One type for a body's own cautions
 * (src/content/bodies) and a firm's points (firm-pack.md `when`).
 */
export type When = { outcome?: readonly OutcomeId[] } & {
  [K in AnswerKey]?: readonly IdOf<K>[];
};

/**
 * True when every key listed matches: `outcome` against the outcome, an answer key against
 * that answer (for `objectives`, any chosen objective listed will do). A key the reader never
 * answered (a skipped step) does not match: the advice was written for readers who gave that
 * answer.
 */
export function applies(when: When | undefined, answers: Answers, outcome: OutcomeId): boolean {
  if (!when) return true;
  return (Object.keys(when) as (keyof When)[]).every((key) => {
    const listed: readonly string[] | undefined = when[key];
    if (!listed) return true;
    if (key === 'outcome') return listed.includes(outcome);
    const given = answers[key];
    if (Array.isArray(given)) return given.some((value) => listed.includes(value));
    return given !== undefined && listed.includes(given);
  });
}
