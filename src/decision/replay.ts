import { createActor, type Actor } from 'xstate';
import { currentStep, decisionMachine, type AnswerEvent, type DecisionSnapshot } from './machine';
import { STEP_IDS, STEPS, type Answers, type StepId } from './steps';

/**
 * Sends answers to a decision in the order the machine asks for them, stopping at the first
 * step without one (as GOV.UK smart-answers' `Flow#process` does). Answers fixed by the page
 * (an embedding firm's body) are always given. Opening a link, Back, Change and "What would
 * change this?" all come down to this loop.
 */
export function answerInOrder(
  actor: Actor<typeof decisionMachine>,
  answers: Answers,
  fixed: Answers = {},
): DecisionSnapshot {
  for (;;) {
    const snapshot = actor.getSnapshot();
    const step = currentStep(snapshot);
    if (!step) return snapshot;
    const key = STEPS[step].key;
    const value = fixed[key] ?? answers[key];
    if (value === undefined) return snapshot;
    actor.send({ type: 'ANSWER', key, value } as AnswerEvent);
    // Every transition records its answer: a context unchanged means the step refused it.
    if (actor.getSnapshot().context === snapshot.context) return snapshot;
  }
}

/** Where a set of answers leads: the only judge of what a link means. */
export function replay(answers: Answers, fixed?: Answers): DecisionSnapshot {
  const actor = createActor(decisionMachine).start();
  const snapshot = answerInOrder(actor, answers, fixed);
  actor.stop();
  return snapshot;
}

/** The steps answered on the path taken, in the order they were asked. */
export function pathOf(snapshot: DecisionSnapshot): StepId[] {
  const { answers } = snapshot.context;
  return STEP_IDS.filter((step) => answers[STEPS[step].key] !== undefined);
}
