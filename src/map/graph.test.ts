import { describe, expect, it } from 'vitest';
import { createMachine, type AnyStateMachine } from 'xstate';
import { MAP_GUARD_LABELS, MAP_NODE_NAMES, MAP_STEP_EXPLANATIONS } from '../content/map';
import { OUTCOMES, STEP_IDS } from '../decision/steps';
import { decisionMachine, outcomeOf } from '../decision/machine';
import { pathOf } from '../decision/replay';
import { FINISHED } from '../test/paths';
import { extractGraph, subgraph, type GuardInfo } from './graph';
import { edgeLabel } from './labels';
import { layout } from './layout';
import { mapModel } from './model';
import { pathThrough } from './path';

const graph = extractGraph(decisionMachine);

/**
 * The machine's transitions, read from its config (the object it was created from), not
 * from the StateNodes the map reads: two routes to the same facts.
 */
function configTransitions(config: { states?: Record<string, unknown> }) {
  const out: { from: string; to: string; index: number }[] = [];
  for (const [from, state] of Object.entries(config.states ?? {})) {
    const on = (state as { on?: Record<string, unknown> }).on ?? {};
    for (const value of Object.values(on)) {
      const list = (Array.isArray(value) ? value : [value]) as { target?: string }[];
      list.forEach((t, index) => t.target && out.push({ from, to: t.target, index }));
    }
  }
  return out;
}

const sorted = <T>(list: T[]) => list.map((x) => JSON.stringify(x)).sort();

describe('the map is read from the machine', () => {
  it('has a node for every state of the machine, and nothing else', () => {
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(Object.keys(decisionMachine.states).sort());
    expect(graph.nodes.filter((n) => n.kind === 'step').map((n) => n.id)).toEqual([...STEP_IDS]);
    expect(graph.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id)).toEqual([...OUTCOMES]);
    expect(graph.nodes.filter((n) => n.initial).map((n) => n.id)).toEqual(['objectives']);
  });

  it('has an edge for every transition of every state, and nothing else', () => {
    const edges = graph.edges.map(({ from, to, index }) => ({ from, to, index }));
    expect(sorted(edges)).toEqual(sorted(configTransitions(decisionMachine.config)));
    // One event: every edge is an answer (Back, Change and Start again are history, not events).
    expect(graph.edges.every((e) => e.event === 'ANSWER')).toBe(true);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it('matches the spec’s transition table', () => {
    const from = (id: string) =>
      graph.edges.filter((e) => e.from === id).map((e) => `${edgeLabel(e)} → ${e.to}`);
    expect(from('objectives')).toEqual([
      'Only people I already know → matter',
      'Any other answer → body',
    ]);
    expect(from('body')).toEqual(['Not regulated → matter', 'Any other answer → rules']);
    expect(from('rules')).toEqual(['Any answer → matter']);
    expect(from('matter')).toEqual([
      'Linked to one of your matters → dont-connect',
      'You connect only with people you know → ignore',
      'Your rules restrict it → dont-connect',
      'Any other answer → invite',
    ]);
    expect(from('invite')).toEqual([
      'Something suspicious → spamCheck',
      'Any other answer → profile',
    ]);
    expect(from('profile')).toEqual([
      'Yes, they fit, and not sure of your rules → check-rules',
      'Yes, they fit → accept',
      'I can’t tell why they want to connect, and not sure of your rules → check-rules',
      'I can’t tell why they want to connect → message',
      'No, they don’t fit → ignore',
      'It looks like a spammer or a fake account → spamCheck',
    ]);
    expect(from('message')).toEqual([
      'Yes, with a genuine reason → accept',
      'No, and it has been a while or Yes, but only with a sales pitch → ignore',
      'Not yet → wait',
    ]);
    expect(from('spamCheck')).toEqual([
      'Yes, it is real spam → report-spam',
      'No, just someone I don’t want to connect with → ignore',
    ]);
  });

  it('reads guards as the machine defines them: names, params and combinators', () => {
    const guard = (from: string, index: number) =>
      graph.edges.find((e) => e.from === from && e.index === index)?.guard;
    expect(guard('objectives', 0)).toEqual({ type: 'isKnownOnly' });
    expect(guard('invite', 0)).toEqual({
      type: 'answerIs',
      params: { key: 'invite', values: ['suspicious'] },
    });
    expect(guard('matter', 1)).toEqual<GuardInfo>({
      type: 'and',
      guards: [
        { type: 'answerIs', params: { key: 'matter', values: [] } },
        { type: 'knowsOnlyPeopleTheyMet' },
      ],
    });
    expect(guard('profile', 0)).toEqual<GuardInfo>({
      type: 'and',
      guards: [
        { type: 'answerIs', params: { key: 'profile', values: ['relevant'] } },
        { type: 'rulesUnsure' },
      ],
    });
  });

  it('has words for every step, outcome and named guard of the machine', () => {
    const named = new Set<string>();
    const collect = (g: GuardInfo | undefined) => {
      if (!g) return;
      if ('guards' in g) g.guards.forEach(collect);
      else if (g.type !== 'answerIs') named.add(g.type);
    };
    graph.edges.forEach((e) => collect(e.guard));
    for (const name of named) expect(MAP_GUARD_LABELS, name).toHaveProperty(name);
    for (const n of graph.nodes) expect(MAP_NODE_NAMES, n.id).toHaveProperty(n.id);
    for (const s of STEP_IDS) expect(MAP_STEP_EXPLANATIONS, s).toHaveProperty(s);
  });
});

describe('a changed machine changes the map', () => {
  // The decision with one more step: an invitation with a sales pitch goes to a new
  // question, "Is it a supplier you already use?", before the profile.
  const config = decisionMachine.config as {
    states: Record<string, { on?: { ANSWER?: unknown[] } }>;
  };
  const invite = config.states.invite ?? {};
  const extended = createMachine({
    ...(decisionMachine.config as object),
    states: {
      ...config.states,
      invite: {
        ...invite,
        on: {
          ANSWER: [
            {
              guard: { type: 'answerIs', params: { key: 'invite', values: ['pitch'] } },
              target: 'supplier',
            },
            ...(invite.on?.ANSWER ?? []),
          ],
        },
      },
      supplier: {
        on: {
          ANSWER: [{ guard: 'isExistingSupplier', target: 'accept' }, { target: 'profile' }],
        },
      },
    },
  } as never) as AnyStateMachine;
  const bigger = extractGraph(extended);

  it('gains the new state as a node, and its transitions as edges', () => {
    expect(bigger.nodes.map((n) => n.id)).toContain('supplier');
    expect(bigger.nodes).toHaveLength(graph.nodes.length + 1);
    expect(bigger.nodes.find((n) => n.id === 'supplier')?.kind).toBe('step');
    const edges = (g: typeof graph) => g.edges.map((e) => `${e.from}>${e.to}`);
    expect(edges(bigger)).toEqual(
      expect.arrayContaining(['invite>supplier', 'supplier>accept', 'supplier>profile']),
    );
    expect(bigger.edges).toHaveLength(graph.edges.length + 3);
    expect(sorted(bigger.edges.map(({ from, to, index }) => ({ from, to, index })))).toEqual(
      sorted(configTransitions(extended.config)),
    );
  });

  it('draws it, with a name made from its id and guard until the content has words for it', () => {
    const model = mapModel(bigger, layout);
    expect(model.layout.nodes.map((n) => n.id)).toContain('supplier');
    expect(model.nodeLines.get('supplier')).toEqual(['Supplier']);
    const guarded = bigger.edges.find((e) => e.from === 'supplier' && e.index === 0);
    const fallback = bigger.edges.find((e) => e.from === 'supplier' && e.index === 1);
    expect(guarded && edgeLabel(guarded)).toBe('Is existing supplier');
    expect(fallback && edgeLabel(fallback)).toBe('Any other answer');
    // Below the invitation, above the profile.
    const y = (id: string) => model.layout.nodes.find((n) => n.id === id)?.y ?? NaN;
    expect(y('supplier')).toBeGreaterThan(y('invite'));
    expect(y('profile')).toBeGreaterThan(y('supplier'));
  });
});

describe('the path through the map', () => {
  it('is, for every way through the decision, the steps answered then the outcome', () => {
    const finished = FINISHED;
    expect(finished.length).toBeGreaterThan(50);
    const ids = new Set(graph.edges.map((e) => e.id));
    for (const { state } of finished) {
      const path = pathThrough(decisionMachine, state.context.answers);
      expect(path.nodes).toEqual([...pathOf(state), outcomeOf(state)]);
      expect(path.edges).toHaveLength(path.nodes.length - 1);
      path.edges.forEach((id, i) => {
        expect(ids.has(id), id).toBe(true);
        const edge = graph.edges.find((e) => e.id === id);
        expect(edge?.from).toBe(path.nodes[i]);
        expect(edge?.to).toBe(path.nodes[i + 1]);
      });
    }
  });

  it('names the transition the machine took, where two lead to the same place', () => {
    const flag = pathThrough(decisionMachine, {
      objectives: ['clients'],
      body: 'sra',
      rules: 'restricted',
      matter: 'juror',
    });
    const rules = pathThrough(decisionMachine, {
      objectives: ['clients'],
      body: 'sra',
      rules: 'restricted',
      matter: 'none',
    });
    expect(flag.edges.at(-1)).toBe('matter|ANSWER|0|dont-connect');
    expect(rules.edges.at(-1)).toBe('matter|ANSWER|2|dont-connect');
  });

  it('stops where the answers stop', () => {
    expect(pathThrough(decisionMachine, {})).toEqual({
      nodes: ['objectives'],
      edges: [],
    });
    expect(pathThrough(decisionMachine, { objectives: ['media'] }).nodes).toEqual([
      'objectives',
      'body',
    ]);
  });

  it('a subgraph of the path keeps only its nodes and edges', () => {
    const path = pathThrough(decisionMachine, { objectives: ['known-only'], matter: 'none' });
    const sub = subgraph(graph, path);
    expect(sub.nodes.map((n) => n.id)).toEqual(['objectives', 'matter', 'ignore']);
    expect(sub.edges.map((e) => e.id)).toEqual([
      'objectives|ANSWER|0|matter',
      'matter|ANSWER|1|ignore',
    ]);
  });
});
