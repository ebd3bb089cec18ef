import {
  ANSWER_KEY,
  ANSWER_VALUES,
  type AnswerKey,
  type Answers,
  type OutcomeId,
  type StepId,
} from './answers';
import { currentStep, outcomeOf, type DecisionContext } from './machine';
import { replay } from './replay';

export interface WhatIf {
  step: StepId;
  key: AnswerKey;
  /** The other answer, as an answer value (objectives: a one-item list). */
  value: string | string[];
  /** The different recommendation it leads to, when the other answers already decide it. */
  outcome?: OutcomeId;
  /**
   * Otherwise the question it leads to that has no answer yet (it leaves the path, e.g. a
   * suspicious invitation goes to the spam check): the user would be asked it first.
   */
  asks?: StepId;
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
 * "What would change this?": every answer on the path that, changed on its own (every other
 * answer kept), changes what the machine concludes. Computed by replaying each alternative
 * through the machine, never written by hand. Two kinds:
 * - it leads straight to a different recommendation (`outcome`);
 * - it leads to a question not answered yet (`asks`): we don't guess that answer, we say
 *   the user would be asked it. A change that ends in the same recommendation is left out.
 * Answers fixed by the page (an embedding firm's body) can't be changed, so aren't tried.
 */
export function whatIf(context: Pick<DecisionContext, 'answers' | 'history' | 'fixed'>): WhatIf[] {
  const it = whatIfSteps(context);
  let r = it.next();
  while (!r.done) r = it.next();
  return r.value;
}

/**
 * The same, one replay at a time: it yields after each replay, so a screen can run it in
 * small tasks between frames (a replay is cheap, thirty of them in one task are not).
 */
export function* whatIfSteps(
  context: Pick<DecisionContext, 'answers' | 'history' | 'fixed'>,
): Generator<void, WhatIf[], void> {
  const current = outcomeOf(replay({ answers: context.answers, fixed: context.fixed }));
  if (!current) return [];
  const found: WhatIf[] = [];
  for (const step of context.history) {
    const key = ANSWER_KEY[step];
    if (context.fixed[key] !== undefined) continue;
    for (const value of alternatives(key, context.answers[key])) {
      yield;
      const answers: Answers = { ...context.answers, [key]: value };
      const snapshot = replay({ answers, fixed: context.fixed });
      const outcome = outcomeOf(snapshot);
      const asks = currentStep(snapshot);
      if (outcome && outcome !== current) found.push({ step, key, value, outcome });
      else if (!outcome && asks) found.push({ step, key, value, asks });
    }
  }
  return found;
}

export interface WhatIfGroup {
  step: StepId;
  key: AnswerKey;
  /** The other answers that each lead to the same place, in the order of the options. */
  values: string[];
  outcome?: OutcomeId;
  asks?: StepId;
}

/** One line per answer and result: "if it were A or B: ignore" rather than two lines. */
export function groupWhatIf(items: WhatIf[]): WhatIfGroup[] {
  const groups: WhatIfGroup[] = [];
  for (const w of items) {
    const values = Array.isArray(w.value) ? w.value : [w.value];
    const same = groups.find(
      (g) => g.key === w.key && g.outcome === w.outcome && g.asks === w.asks,
    );
    if (same) same.values.push(...values);
    else
      groups.push({
        step: w.step,
        key: w.key,
        values: [...values],
        ...(w.outcome ? { outcome: w.outcome } : {}),
        ...(w.asks ? { asks: w.asks } : {}),
      });
  }
  return groups;
}
