import type { Answers, OutcomeId } from '../decision/steps';
import type { FirmContact, FirmPack, FirmPoint, FirmWhen } from './pack';

/**
 * Which of a firm's points show on an outcome, and whom a red flag names. Pure functions of
 * the pack, the outcome and the answers, so the outcome screen, the record and the
 * builder's preview all agree.
 */

/** The outcomes that the spec calls red flags: the firm's escalation contact is named there. */
export const RED_FLAG_OUTCOMES: readonly OutcomeId[] = ['dont-connect'];

/**
 * True when every key the point lists matches: `outcome` against the outcome, an answer
 * key against that answer (for `objectives`, any chosen objective listed will do). A key
 * the reader never answered (a skipped step) does not match: the point was written for
 * readers who gave that answer.
 */
export function pointApplies(
  when: FirmWhen | undefined,
  outcome: OutcomeId,
  answers: Answers,
): boolean {
  if (!when) return true;
  return (Object.keys(when) as (keyof FirmWhen)[]).every((key) => {
    const listed: readonly string[] | undefined = when[key];
    if (!listed) return true;
    if (key === 'outcome') return listed.includes(outcome);
    const given = answers[key];
    if (Array.isArray(given)) return given.some((value) => listed.includes(value));
    return given !== undefined && listed.includes(given);
  });
}

/** A point with its contact looked up. */
export interface AppliedPoint {
  text: string;
  contact?: FirmContact;
  /** To do before anything else: also the first of the outcome's next steps. */
  first?: true;
}

/** The firm's points that show on this outcome, in the file's order. */
export function pointsFor(pack: FirmPack, outcome: OutcomeId, answers: Answers): AppliedPoint[] {
  return (pack.points ?? [])
    .filter((p) => pointApplies(p.when, outcome, answers))
    .map((p: FirmPoint) => {
      const contact = contactById(pack, p.contact);
      return {
        text: p.text,
        ...(contact ? { contact } : {}),
        ...(p.first === true ? { first: true as const } : {}),
      };
    });
}

/** The firm's escalation contact, on red-flag outcomes only. */
export function escalationFor(pack: FirmPack, outcome: OutcomeId): FirmContact | undefined {
  if (!RED_FLAG_OUTCOMES.includes(outcome)) return undefined;
  return contactById(pack, pack.escalate);
}

function contactById(pack: FirmPack, id: string | undefined): FirmContact | undefined {
  return id === undefined ? undefined : pack.contacts?.find((c) => c.id === id);
}
