import { createActor, type AnyStateMachine, type InputFrom } from 'xstate';
import { edgeId, nodeId, type MapPath } from './graph';

/**
 * The path a decision takes, as the machine itself took it: the answers are replayed and
 * every transition the machine fires is recorded (XState's inspection), so the highlighted
 * edges are exactly the transitions chosen, never a guess from the answers.
 */
export function pathThrough<M extends AnyStateMachine>(machine: M, input: InputFrom<M>): MapPath {
  const edges: string[] = [];
  const nodes: string[] = [];
  let firstSource: string | undefined;
  const actor = createActor(machine, {
    input,
    inspect: (event) => {
      if (event.type !== '@xstate.microstep') return;
      for (const t of event._transitions) {
        // Transitions on the root (navigation) are not on the map.
        if (t.source === machine.root || !t.target) continue;
        const from = nodeId(t.source);
        firstSource ??= from;
        const event = String(t.eventType);
        const index = t.source.transitions.get(event)?.indexOf(t) ?? -1;
        for (const target of t.target) {
          const to = nodeId(target);
          edges.push(edgeId(from, event, index, to));
          nodes.push(to);
        }
      }
    },
  });
  actor.start();
  const { value } = actor.getSnapshot() as { value: unknown };
  actor.stop();
  // The first node is where the machine started: the source of the first edge, or, when
  // nothing was answered, the state it rests in.
  const first = firstSource ?? (typeof value === 'string' ? value : undefined);
  return { nodes: first === undefined ? nodes : [first, ...nodes], edges };
}
