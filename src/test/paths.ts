import { getSimplePaths } from '@xstate/graph';
import {
  decisionMachine,
  outcomeOf,
  type AnswerEvent,
  type DecisionSnapshot,
} from '../decision/machine';
import { aloneIn, STEPS, type StepId } from '../decision/steps';

/**
 * The answers tried at a step when walking the machine: every answer id, derived from the
 * step table. A list step is tried with each id alone and with every id that may be combined;
 * the body step with one regulated body, `other` and `none` (every regulated body takes the
 * same transitions, as machine.test.ts checks one by one).
 */
export function answersToTry(step: StepId): AnswerEvent[] {
  const { key, values, multiple } = STEPS[step];
  let tried: (string | string[])[] = [...values];
  if (multiple) {
    const alone = aloneIn(step);
    tried = [...values.map((v) => [v]), values.filter((v) => !alone.includes(v))];
  }
  if (step === 'body') tried = values.filter((v, i) => i === 0 || v === 'other' || v === 'none');
  return tried.map((value) => ({ type: 'ANSWER', key, value }) as AnswerEvent);
}

function eventsAt(snapshot: DecisionSnapshot): AnswerEvent[] {
  return outcomeOf(snapshot) ? [] : answersToTry(snapshot.value as StepId);
}

/** Every simple path through the decision (@xstate/graph), finished or not. */
export const PATHS = getSimplePaths(decisionMachine, {
  events: eventsAt,
  serializeState: (s) => JSON.stringify([s.value, s.context.answers]),
});

/** The paths that end in an outcome. */
export const FINISHED = PATHS.filter((p) => outcomeOf(p.state));
