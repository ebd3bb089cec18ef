import { createActor } from 'xstate';
import { placeOf, type decisionMachine } from '../decision/machine';
import { answerInOrder } from '../decision/replay';
import type { Answers } from '../decision/steps';
import { edgeId, nodeId, type MapPath } from './graph';

/**
 * The path a decision takes, as the machine itself took it: the answers are replayed and
 * every transition the machine fires is recorded (XState's inspection), so the highlighted
 * edges are exactly the transitions chosen, never a guess from the answers.
 */
export function pathThrough(
  machine: typeof decisionMachine,
  answers: Answers,
  fixed: Answers = {},
): MapPath {
  const edges: string[] = [];
  const nodes: string[] = [];
  const actor = createActor(machine, {
    inspect: (event) => {
      if (event.type !== '@xstate.microstep') return;
      for (const t of event._transitions) {
        if (!t.target) continue;
        const from = nodeId(t.source);
        const type = String(t.eventType);
        const index = t.source.transitions.get(type)?.indexOf(t) ?? -1;
        for (const target of t.target) {
          edges.push(edgeId(from, type, index, nodeId(target)));
          nodes.push(nodeId(target));
        }
      }
    },
  });
  actor.start();
  const first = placeOf(actor.getSnapshot());
  answerInOrder(actor, answers, fixed);
  actor.stop();
  return { nodes: [first, ...nodes], edges };
}
