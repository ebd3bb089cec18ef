import { createActor } from 'xstate';
import { ANSWER_KEY, type Answers } from './answers';
import { decisionMachine, type DecisionInput, type DecisionSnapshot } from './machine';

/** Runs answers through the machine from the start: the only judge of what a link means. */
export function replay(input: DecisionInput): DecisionSnapshot {
  const actor = createActor(decisionMachine, { input });
  actor.start();
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/** The answers on the path taken, in step order: what a share link records. */
export function pathAnswers(snapshot: DecisionSnapshot): Answers {
  const { answers, history } = snapshot.context;
  const out: Answers = {};
  for (const step of history) {
    const key = ANSWER_KEY[step];
    Object.assign(out, { [key]: answers[key] });
  }
  return out;
}
