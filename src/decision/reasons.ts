import { OBJECTIVES_IN_REASONS, REASONS } from '../content/outcomes';
import { answerLabel } from '../content/questions';
import { ANSWER_KEY, type AnswerKey, type Answers } from './answers';
import type { DecisionContext } from './machine';
import type { CautionId } from '../content/types';
import type { OutcomeId } from './answers';

/** One line per answer on the path, in the order they were given. */
export function reasonsFor(context: Pick<DecisionContext, 'answers' | 'history'>): string[] {
  return context.history.map((step) => {
    const key = ANSWER_KEY[step];
    return reasonLine(key, context.answers);
  });
}

function reasonLine(key: AnswerKey, answers: Answers): string {
  const value = answers[key];
  if (key === 'objectives' && Array.isArray(value)) {
    if (value.includes('known-only')) return REASONS.objectives['known-only'] ?? '';
    const labels = value.flatMap((v) => (v === 'known-only' ? [] : [OBJECTIVES_IN_REASONS[v]]));
    return (REASONS.objectives.some ?? '').replace('{labels}', listInWords(labels));
  }
  if (key === 'body' && typeof value === 'string' && value !== 'other' && value !== 'none') {
    return (REASONS.body.regulated ?? '').replace('{labels}', answerLabel('body', value));
  }
  return REASONS[key][String(value)] ?? '';
}

export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The conduct cautions that fit the answers (rules.md RF5–RF9, RF11). They never change
 * the recommendation; they only show where the person may go on to deal with the inviter.
 */
export function cautionsFor(outcome: OutcomeId, answers: Answers): CautionId[] {
  if (outcome !== 'accept' && outcome !== 'wait') return [];
  const objectives = answers.objectives ?? [];
  const regulated = answers.body !== undefined && answers.body !== 'none';
  const ids: CautionId[] = [];
  if (regulated) ids.push('legal-questions');
  if (objectives.includes('clients')) ids.push('client-confidentiality', 'pitching');
  if (objectives.includes('media')) ids.push('journalists');
  if (outcome === 'accept' && regulated) ids.push('endorsements', 'conduct-after');
  return ids;
}
