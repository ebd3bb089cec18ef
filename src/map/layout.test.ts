import { describe, expect, it } from 'vitest';
import { decisionMachine } from '../decision/machine';
import { FINISHED } from '../test/paths';
import { columnLayout } from './column';
import type { Box } from './geometry';
import { extractGraph, subgraph } from './graph';
import { layout } from './layout';
import { mapModel, wrap, type MapModel } from './model';
import { pathThrough } from './path';

const graph = extractGraph(decisionMachine);
const model = mapModel(graph, layout);

/** Every distinct way through the decision, each as the column the path map draws. */
const columns = [
  ...new Map(
    FINISHED.map(({ state }) => {
      const path = pathThrough(decisionMachine, state.context.answers);
      return [path.edges.join(' '), mapModel(subgraph(graph, path), columnLayout)];
    }),
  ).values(),
];

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The numbers in an SVG path, as [x, y] pairs. */
const points = (d: string) => {
  const n = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return n.flatMap((_, i) => (i % 2 === 0 ? [[n[i], n[i + 1]] as [number, number]] : []));
};

/** What any drawing of the map must be, whoever laid it out. */
function expectReadable({ graph: g, layout: l }: MapModel) {
  const { nodes, edges, width, height } = l;
  // Every node and every edge placed, each label in a box of its own.
  expect(nodes.map((n) => n.id)).toEqual(g.nodes.map((n) => n.id));
  expect(edges.map((e) => e.id)).toEqual(g.edges.map((e) => e.id));

  // Nothing overlaps, and all fits in the width and height.
  const boxes: Box[] = [...nodes, ...edges.map((e) => e.label)];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i] as Box;
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.y).toBeGreaterThanOrEqual(0);
    expect(a.x + a.w).toBeLessThanOrEqual(width);
    expect(a.y + a.h).toBeLessThanOrEqual(height);
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlap(a, boxes[j] as Box), `${a.id} / ${boxes[j]?.id}`).toBe(false);
  }

  // Top to bottom: every edge leaves its source’s bottom and its arrow ends at its target’s
  // top, its label between the two.
  const box = (id: string) => nodes.find((n) => n.id === id) as Box;
  for (const e of edges) {
    const from = box(e.from);
    const to = box(e.to);
    expect(to.y, e.id).toBeGreaterThan(from.y + from.h);
    const [x0, y0] = points(e.d)[0] as [number, number];
    expect(y0).toBeCloseTo(from.y + from.h, 0);
    expect(x0).toBeGreaterThanOrEqual(from.x);
    expect(x0).toBeLessThanOrEqual(from.x + from.w);
    const tip = e.arrow.split(' ').at(-1)?.split(',').map(Number) ?? [];
    expect(tip[1]).toBeCloseTo(to.y, 0);
    expect(tip[0]).toBeGreaterThanOrEqual(to.x);
    expect(tip[0]).toBeLessThanOrEqual(to.x + to.w);
    expect(e.label.y).toBeGreaterThan(from.y + from.h);
    expect(e.label.y + e.label.h).toBeLessThan(to.y);
  }
}

describe('the layout of the whole decision map (made at build time)', () => {
  it('places every node and edge, overlaps nothing, runs top to bottom', () => {
    expectReadable(model);
  });

  it('starts with the first question at the top', () => {
    const { nodes } = model.layout;
    const top = Math.min(...nodes.map((n) => n.y));
    expect(nodes.filter((n) => n.y === top).map((n) => n.id)).toEqual(['objectives']);
  });

  it('is the same every time (no randomness, no measuring)', () => {
    expect(mapModel(extractGraph(decisionMachine), layout).layout).toEqual(model.layout);
  });

  it('keeps a readable size: no wider than a desktop column needs to scale much', () => {
    expect(model.layout.width).toBeLessThan(800);
    expect(model.layout.height).toBeLessThan(1100);
  });

  it('draws an edge that closes a cycle against the flow, its arrow into the bottom of its target', () => {
    const l = layout({
      nodes: ['a', 'b', 'c'].map((id) => ({ id, w: 40, h: 20 })),
      edges: [
        { id: 'ab', from: 'a', to: 'b', label: { w: 20, h: 10 } },
        { id: 'bc', from: 'b', to: 'c', label: { w: 20, h: 10 } },
        { id: 'ca', from: 'c', to: 'a', label: { w: 20, h: 10 } },
      ],
    });
    const y = (id: string) => l.nodes.find((n) => n.id === id)?.y ?? NaN;
    expect(y('a')).toBeLessThan(y('b'));
    expect(y('b')).toBeLessThan(y('c'));
    const back = l.edges.find((e) => e.id === 'ca');
    const tip = back?.arrow.split(' ').at(-1)?.split(',').map(Number) ?? [];
    expect(tip[1]).toBeCloseTo(y('a') + 20, 0);
  });
});

describe('the path as a column (laid out in the browser)', () => {
  it('places, for every way through the decision, every step and arrow, overlapping nothing', () => {
    expect(columns.length).toBeGreaterThan(10);
    for (const column of columns) expectReadable(column);
  });

  it('is one straight column: every box and arrow centred on one line, in the path’s order', () => {
    for (const { graph: g, layout: l } of columns) {
      const centres = [...l.nodes, ...l.edges.map((e) => e.label)].map((b) => b.x + b.w / 2);
      for (const c of centres) expect(c).toBeCloseTo(l.width / 2, 0);
      const ys = l.nodes.map((n) => n.y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      expect(l.nodes.map((n) => n.id)).toEqual(g.nodes.map((n) => n.id));
    }
  });
});

describe('wrap', () => {
  it('breaks at spaces, never beyond the limit unless a word is longer', () => {
    expect(wrap('Linked to one of your matters?', 17)).toEqual([
      'Linked to one of',
      'your matters?',
    ]);
    expect(wrap('Supercalifragilistic word', 10)).toEqual(['Supercalifragilistic', 'word']);
    expect(wrap('', 10)).toEqual([]);
  });
});
