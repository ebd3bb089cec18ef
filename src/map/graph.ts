import { and, not, or, type AnyStateMachine } from 'xstate';

/**
 * The decision map's graph, read from the machine's own definition (its StateNodes, their
 * transitions, targets and guards) at run time. Nothing here knows the decision: add a
 * state or a transition to the machine and the map has it. Words live in src/map/labels.ts.
 *
 * What counts: every atomic state of the machine is a node (a step, or an outcome when it is
 * tagged `outcome`, is final or has no way out); every target of every transition defined
 * on a state is an edge, in the machine's order. Only the states' own transitions are read:
 * one defined on the root would be navigation available everywhere, not part of the decision
 * (the decision machine has none: Back, Change and Start again are the browser's history).
 */

/** A guard as the machine describes it: a named guard (with params), a combinator, or code. */
export type GuardInfo =
  | { type: 'and' | 'or' | 'not'; guards: GuardInfo[] }
  | { type: string; params?: unknown }
  | { type: 'inline' };

export interface MapNode {
  /** The state's path below the root, dot-separated: `objectives`, `accept`. */
  id: string;
  kind: 'step' | 'outcome';
  /** The machine's initial state. */
  initial: boolean;
}

export interface MapEdge {
  /** Stable and unique: source, event, transition index, target. */
  id: string;
  from: string;
  to: string;
  event: string;
  /** The transition's place among the source's transitions for this event (checked in order). */
  index: number;
  guard?: GuardInfo;
}

export interface DecisionGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

type AnyNode = AnyStateMachine['root'];
type GuardDef = string | { type: string; params?: unknown } | ((...args: never[]) => unknown);
type Combinator = { check?: unknown; guards?: GuardDef[] };

// Combinators are recognised by their check function, not by name (minifiers rename).
const COMBINATORS = new Map<unknown, 'and' | 'or' | 'not'>([
  [(and([]) as Combinator).check, 'and'],
  [(or([]) as Combinator).check, 'or'],
  [(not('x') as Combinator).check, 'not'],
]);

export function guardInfo(guard: GuardDef): GuardInfo {
  if (typeof guard === 'string') return { type: guard };
  if (typeof guard === 'function') {
    const { check, guards } = guard as Combinator;
    const type = COMBINATORS.get(check);
    return type && guards ? { type, guards: guards.map(guardInfo) } : { type: 'inline' };
  }
  return guard.params === undefined
    ? { type: guard.type }
    : { type: guard.type, params: guard.params };
}

export const nodeId = (node: AnyNode): string => node.path.join('.');

export const edgeId = (from: string, event: string, index: number, to: string): string =>
  `${from}|${event}|${index}|${to}`;

/** Atomic states, depth first in definition order. */
function leaves(node: AnyNode): AnyNode[] {
  const children = Object.values(node.states);
  return children.length === 0 ? [node] : children.flatMap(leaves);
}

/** The atomic state a machine starts in (following `initial` down nested states). */
function initialLeaf(machine: AnyStateMachine): AnyNode | undefined {
  let node: AnyNode = machine.root;
  while (Object.keys(node.states).length > 0) {
    const next: AnyNode | undefined = (node.initial?.target as AnyNode[] | undefined)?.[0];
    if (!next) return undefined;
    node = next;
  }
  return node === machine.root ? undefined : node;
}

export function extractGraph(machine: AnyStateMachine): DecisionGraph {
  const states = leaves(machine.root).filter((s) => s !== machine.root);
  const initial = initialLeaf(machine);
  const nodes: MapNode[] = states.map((s) => ({
    id: nodeId(s),
    kind:
      s.tags.includes('outcome') || s.type === 'final' || s.transitions.size === 0
        ? 'outcome'
        : 'step',
    initial: s === initial,
  }));
  const edges: MapEdge[] = [];
  for (const s of states) {
    for (const [event, transitions] of s.transitions) {
      transitions.forEach((t, index) => {
        for (const target of (t.target ?? []) as AnyNode[]) {
          const from = nodeId(s);
          const to = nodeId(target);
          edges.push({
            id: edgeId(from, event, index, to),
            from,
            to,
            event,
            index,
            ...(t.guard === undefined ? {} : { guard: guardInfo(t.guard) }),
          });
        }
      });
    }
  }
  return { nodes, edges };
}

/** The part of a graph on a path: its nodes and edges, in the path's order. */
export function subgraph(graph: DecisionGraph, path: MapPath): DecisionGraph {
  const nodes = path.nodes.flatMap((id) => graph.nodes.filter((n) => n.id === id));
  const edges = path.edges.flatMap((id) => graph.edges.filter((e) => e.id === id));
  return { nodes, edges };
}

/** A walk through the graph: the nodes visited and the edges taken, in order. */
export interface MapPath {
  nodes: string[];
  edges: string[];
}
