import {
  ANSWER_KEYS,
  redFlagOf,
  regulatorOf,
  type AnswerKey,
  type Answers,
  type OutcomeId,
} from '../decision/steps';
import { andList } from './lists';
import {
  DONT_CONNECT_RESTRICTED,
  OBJECTIVES_IN_REASONS,
  REASONS,
  outcomeContent,
  redFlagSteps,
  type OutcomeContent,
} from './outcomes';
import { answerLabel } from './questions';
import type { CautionId } from './types';

/** One line per answer on the path, in the order they were given. */
export function reasonsFor(answers: Answers): string[] {
  return ANSWER_KEYS.filter((key) => answers[key] !== undefined).map((key) =>
    reasonLine(key, answers),
  );
}

function reasonLine(key: AnswerKey, answers: Answers): string {
  const value = answers[key];
  if (key === 'objectives' && Array.isArray(value)) {
    if (value.includes('known-only')) return REASONS.objectives['known-only'] ?? '';
    const labels = value.flatMap((v) => (v === 'known-only' ? [] : [OBJECTIVES_IN_REASONS[v]]));
    return (REASONS.objectives.some ?? '').replace('{labels}', listInWords(labels));
  }
  const regulator = key === 'body' ? regulatorOf(answers) : undefined;
  if (regulator) {
    return (REASONS.body.regulated ?? '').replace('{labels}', answerLabel('body', regulator));
  }
  return REASONS[key][String(value)] ?? '';
}

export const listInWords = andList;

/**
 * The conduct cautions that fit the answers (rules.md RF5–RF9, RF11). They never change
 * the recommendation; they only show where the person may go on to deal with the inviter.
 */
export function cautionsFor(outcome: OutcomeId, answers: Answers): CautionId[] {
  if (outcome !== 'accept' && outcome !== 'wait') return [];
  const objectives = answers.objectives ?? [];
  const regulated = answers.body !== undefined && answers.body !== 'none';
  // Staff who are not regulated are asked legal questions too.
  const ids: CautionId[] = ['legal-questions'];
  if (objectives.includes('clients')) ids.push('client-confidentiality', 'pitching');
  if (objectives.includes('media')) ids.push('journalists');
  if (outcome === 'accept' && regulated) ids.push('endorsements', 'conduct-after');
  return ids;
}

/**
 * The words of an outcome for these answers: \`dont-connect\` reached because the rules restrict
 * it speaks of the rules, not of a matter; a red flag's steps fit the flag (a juror: before the
 * court next sits) and the reader (not regulated: the lawyer running the matter).
 */
export function outcomeWords(outcome: OutcomeId, answers: Answers): OutcomeContent {
  if (outcome === 'dont-connect') {
    const flag = redFlagOf(answers);
    if (!flag) return DONT_CONNECT_RESTRICTED;
    return {
      ...outcomeContent(outcome, answers),
      nextSteps: redFlagSteps(flag, answers.body !== 'none'),
    };
  }
  return outcomeContent(outcome, answers);
}
