import { outcomeOf, currentStep } from './machine';
import { pathOf, replay } from './replay';
import { STEPS, type AnswerKey, type Answers, type OutcomeId, type StepId } from './steps';

export interface WhatIf {
  step: StepId;
  key: AnswerKey;
  /** The other answers that each lead to the same place, in the order of the options. */
  values: string[];
  /** The different recommendation they lead to, when the other answers already decide it. */
  outcome?: OutcomeId;
  /**
   * Otherwise the question they lead to that has no answer yet (they leave the path, e.g. a
   * suspicious invitation goes to the spam check): the reader would be asked it first.
   */
  asks?: StepId;
}

/**
 * "What would change this?": every answer on the path that, changed on its own (every other
 * answer kept), changes what the machine concludes, found by replaying each alternative, never
 * written by hand. Either it leads straight to a different recommendation (`outcome`), or to a
 * question not answered yet (`asks`: we don't guess that answer). A change that ends in the same
 * recommendation is left out, and answers fixed by the page can't be changed, so aren't tried.
 * One line per answer and result: "if it were A or B: ignore" rather than two lines.
 */
export function whatIf(answers: Answers, fixed: Answers = {}): WhatIf[] {
  const decision = replay(answers, fixed);
  const current = outcomeOf(decision);
  if (!current) return [];
  const found: WhatIf[] = [];
  for (const step of pathOf(decision)) {
    const { key, values, multiple } = STEPS[step];
    if (fixed[key] !== undefined) continue;
    const given = ([] as string[]).concat(answers[key] ?? []);
    // A list answer is tried as each reason on its own.
    const others = values.filter((v) => !(given.length === 1 && given[0] === v));
    for (const value of others) {
      const next = replay({ ...answers, [key]: multiple ? [value] : value }, fixed);
      const outcome = outcomeOf(next);
      const asks = outcome ? undefined : currentStep(next);
      if (outcome === current || (!outcome && !asks)) continue;
      const same = found.find((w) => w.key === key && w.outcome === outcome && w.asks === asks);
      if (same) same.values.push(value);
      else found.push({ step, key, values: [value], ...(outcome ? { outcome } : { asks }) });
    }
  }
  return found;
}
