import {
  ANSWER_KEY,
  ANSWER_VALUES,
  type AnswerKey,
  type Answers,
  type OutcomeId,
  type StepId,
} from './answers';
import { outcomeOf, type DecisionContext } from './machine';
import { replay } from './replay';

export interface WhatIf {
  step: StepId;
  key: AnswerKey;
  /** The other answer, as an answer value (objectives: a one-item list). */
  value: string | string[];
  outcome: OutcomeId;
}

/** The alternatives worth trying for one answer. Objectives: each reason on its own. */
function alternatives(key: AnswerKey, current: unknown): (string | string[])[] {
  const values = ANSWER_VALUES[key];
  if (key === 'objectives') {
    const list = (current as string[] | undefined) ?? [];
    return values.filter((v) => !(list.length === 1 && list[0] === v)).map((v) => [v]);
  }
  return values.filter((v) => v !== current);
}

/**
 * "What would change this?": every answer on the path that, changed on its own, leads
 * straight to a different recommendation. Computed by replaying each alternative through
 * the machine with every other answer kept; an alternative that would need a new question
 * answered first is left out (it doesn't decide anything by itself).
 */
export function whatIf(context: Pick<DecisionContext, 'answers' | 'history' | 'fixed'>): WhatIf[] {
  const current = outcomeOf(replay({ answers: context.answers, fixed: context.fixed }));
  if (!current) return [];
  const found: WhatIf[] = [];
  for (const step of context.history) {
    const key = ANSWER_KEY[step];
    if (context.fixed[key] !== undefined) continue;
    for (const value of alternatives(key, context.answers[key])) {
      const answers: Answers = { ...context.answers, [key]: value };
      const outcome = outcomeOf(replay({ answers, fixed: context.fixed }));
      if (outcome && outcome !== current) found.push({ step, key, value, outcome });
    }
  }
  return found;
}
