import { describe, expect, it } from 'vitest';
import { decisionMachine } from '../decision/machine';
import { extractGraph } from './graph';
import { layout, LAYOUT, type Box } from './layout';
import { mapModel, wrap } from './model';

const model = mapModel(extractGraph(decisionMachine));
const { nodes, edges, width, height } = model.layout;
const boxes: Box[] = [...nodes, ...edges.flatMap((e) => (e.label ? [e.label] : []))];

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The numbers in an SVG path, as [x, y] pairs. */
const points = (d: string) => {
  const n = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return n.flatMap((_, i) => (i % 2 === 0 ? [[n[i], n[i + 1]] as [number, number]] : []));
};

describe('the layout of the decision map', () => {
  it('places every node and every edge, each label in a box of its own', () => {
    expect(nodes).toHaveLength(model.graph.nodes.length);
    expect(edges).toHaveLength(model.graph.edges.length);
    expect(edges.every((e) => e.label)).toBe(true);
  });

  it('overlaps nothing, and fits in its width and height', () => {
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i] as Box;
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w).toBeLessThanOrEqual(width);
      expect(a.y + a.h).toBeLessThanOrEqual(height);
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlap(a, boxes[j] as Box), `${a.id} / ${boxes[j]?.id}`).toBe(false);
    }
  });

  it('runs top to bottom: every edge leaves its source’s bottom and ends at its target’s top', () => {
    const box = (id: string) => nodes.find((n) => n.id === id) as Box;
    for (const e of edges) {
      const from = box(e.from);
      const to = box(e.to);
      expect(to.y, e.id).toBeGreaterThan(from.y + from.h);
      const line = points(e.d);
      const [x0, y0] = line[0] as [number, number];
      expect(y0).toBeCloseTo(from.y + from.h, 0);
      expect(x0).toBeGreaterThanOrEqual(from.x);
      expect(x0).toBeLessThanOrEqual(from.x + from.w);
      // The arrowhead's tip touches the target's top edge.
      const tip = e.arrow.split(' ').at(-1)?.split(',').map(Number) ?? [];
      expect(tip[1]).toBeCloseTo(to.y, 0);
      expect(tip[0]).toBeGreaterThanOrEqual(to.x);
      expect(tip[0]).toBeLessThanOrEqual(to.x + to.w);
      // Its label sits between the two.
      expect(e.label?.y).toBeGreaterThan(from.y + from.h);
      expect(e.label?.y).toBeLessThan(to.y);
    }
  });

  it('starts with the first question at the top', () => {
    const top = Math.min(...nodes.map((n) => n.y));
    expect(nodes.find((n) => n.y === top)?.id).toBe('objectives');
  });

  it('is the same every time (no randomness, no measuring)', () => {
    expect(mapModel(extractGraph(decisionMachine)).layout).toEqual(model.layout);
  });

  it('keeps a readable size: no wider than a desktop column needs to scale much', () => {
    expect(width).toBeLessThan(800);
    expect(height).toBeLessThan(1100);
  });

  it('lays out a graph with a cycle by reversing the edge that closes it', () => {
    const l = layout({
      nodes: ['a', 'b', 'c'].map((id) => ({ id, w: 40, h: 20 })),
      edges: [
        { id: 'ab', from: 'a', to: 'b', label: { w: 20, h: 10 } },
        { id: 'bc', from: 'b', to: 'c', label: { w: 20, h: 10 } },
        { id: 'ca', from: 'c', to: 'a', label: { w: 20, h: 10 } },
      ],
      initial: 'a',
    });
    const y = (id: string) => l.nodes.find((n) => n.id === id)?.y ?? NaN;
    expect(y('a')).toBeLessThan(y('b'));
    expect(y('b')).toBeLessThan(y('c'));
    // The back edge's arrow points up, into the bottom of `a`.
    const back = l.edges.find((e) => e.id === 'ca');
    const tip = back?.arrow.split(' ').at(-1)?.split(',').map(Number) ?? [];
    expect(tip[1]).toBeCloseTo(y('a') + 20, 0);
    expect(LAYOUT.margin).toBeGreaterThan(0);
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
