import { Graph, layout as dagreLayout, type EdgeLabel, type NodeLabel } from '@dagrejs/dagre';
import {
  drawEdge,
  round,
  SPACING,
  type Box,
  type Layout,
  type LayoutInput,
  type PlacedEdge,
} from './geometry';

/**
 * The whole decision map, laid out top to bottom. Build time only: build/decision-map-plugin.ts
 * runs it and the app gets the result as data, so dagre stays a dev dependency, in no browser
 * chunk (tests/e2e/map.spec.ts checks the build).
 *
 * 1. dagre ranks the nodes, reverses an edge that would close a cycle, orders each row to
 *    avoid crossings and gives each long edge a point in every row it crosses, with a row
 *    between ranks for the edges' labels.
 * 2. Each label is moved to the row right below its edge's source (dagre puts a long edge's
 *    label half-way down): the answers leaving a question read as one row under it.
 * 3. x is ours: dagre's coordinates (Brandes–Köpf) spread this graph to twice the width it
 *    needs. Keeping dagre's order, each row is pulled towards its neighbours' mean, solved
 *    exactly under "keep the order, don't overlap" (pool adjacent violators), sweeping down
 *    and up; then each long edge is straightened where its rows have room.
 * 4. Edges leave their source's bottom and enter their target's top, spread over the side
 *    (ports), straight through the rows they cross and curved between them, with an
 *    arrowhead at the target.
 *
 * Pure and deterministic: the same graph always gives the same map, to the pixel.
 */
export function layout(input: LayoutInput): Layout {
  // dagre orders the rows from the order the nodes were added in, improving it step by step:
  // from the machine's order and from its reverse it can end a fifth apart in width. Both
  // are tried; the narrower is kept.
  const forward = placed(input, input.nodes);
  const backward = placed(input, [...input.nodes].reverse());
  return backward.width < forward.width ? backward : forward;
}

function placed(input: LayoutInput, order: LayoutInput['nodes']): Layout {
  const g = ranked(order, input.edges);
  const vertices: Vertex[] = [];
  const make = (kind: Vertex['kind'], x: number, y: number, w: number, h: number): Vertex => {
    const v = { kind, x, y, w, h, half: h / 2, up: [], down: [] };
    vertices.push(v);
    return v;
  };
  const at = new Map(
    input.nodes.map((n) => {
      const { x = 0, y = 0 } = g.node(n.id);
      return [n.id, make('node', x, y, n.w, n.h)];
    }),
  );
  const chains = input.edges.flatMap((e) => {
    const from = at.get(e.from);
    const to = at.get(e.to);
    if (!from || !to || from === to) return []; // self-loops are not drawn
    const inner = (g.edge(e.from, e.to, e.id).points ?? [])
      .slice(1, -1)
      .map((p, i) =>
        i === 0 ? make('label', p.x, p.y, e.label.w, e.label.h) : make('dummy', p.x, p.y, 2, 0),
      );
    const label = inner[0];
    if (!label) throw new Error(`dagre left no room for the label of ${e.id}`);
    const list = [from, ...inner, to];
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1] as Vertex, list[i] as Vertex];
      const [upper, lower] = a.y < b.y ? [a, b] : [b, a];
      upper.down.push(lower);
      lower.up.push(upper);
    }
    return [{ edge: e, list, label, down: to.y > from.y }];
  });

  const byY = new Map<number, Vertex[]>();
  for (const v of vertices) byY.set(Math.round(v.y), [...(byY.get(Math.round(v.y)) ?? []), v]);
  const rows = [...byY].sort(([a], [b]) => a - b).map(([, row]) => row.sort((a, b) => a.x - b.x));
  // y, row by row: the labels close below their node, the next node's row further down.
  let top = SPACING.margin;
  for (const row of rows) {
    const half = Math.max(...row.map((v) => v.h / 2));
    for (const v of row) Object.assign(v, { y: top + half, half });
    const nodes = row.some((v) => v.kind === 'node');
    top += 2 * half + (nodes ? SPACING.gapBelowNode : SPACING.gapAboveNode);
  }
  placeX(rows);
  straighten(
    chains.map((c) => c.list.filter((v) => v.kind === 'dummy')),
    rows,
  );
  const left = Math.min(...vertices.map((v) => v.x - v.w / 2));
  for (const v of vertices) v.x += SPACING.margin - left;

  // The edges on one side of a node spread over its middle, in the order of where they go.
  const ports = new Map<string, number>();
  for (const v of at.values())
    for (const down of [true, false])
      for (const end of ['out', 'in'] as const) {
        const side = chains.filter(
          (c) => c.down === down && c.list[end === 'out' ? 0 : c.list.length - 1] === v,
        );
        const next = (c: (typeof side)[number]) =>
          (c.list[end === 'out' ? 1 : c.list.length - 2] as Vertex).x;
        side.sort((a, b) => next(a) - next(b));
        const step = side.length > 1 ? Math.min(14, (v.w * 0.6) / (side.length - 1)) : 0;
        side.forEach((c, i) =>
          ports.set(`${end}:${c.edge.id}`, v.x + (i - (side.length - 1) / 2) * step),
        );
      }

  const box = (id: string, v: Vertex): Box => ({
    id,
    x: round(v.x - v.w / 2),
    y: round(v.y - v.h / 2),
    w: v.w,
    h: v.h,
  });
  const edges: PlacedEdge[] = chains.map(({ edge, list, label, down }) => {
    const from = list[0] as Vertex;
    const to = list[list.length - 1] as Vertex;
    const sign = down ? 1 : -1;
    const points = [
      { x: ports.get(`out:${edge.id}`) ?? from.x, y: from.y + (sign * from.h) / 2 },
      // Straight down (or up) through each row it crosses, behind its label's box.
      ...list.slice(1, -1).flatMap((v) => [
        { x: v.x, y: v.y - sign * v.half },
        { x: v.x, y: v.y + sign * v.half },
      ]),
      { x: ports.get(`in:${edge.id}`) ?? to.x, y: to.y - (sign * to.h) / 2 },
    ];
    return {
      id: edge.id,
      from: edge.from,
      to: edge.to,
      ...drawEdge(points),
      label: box(edge.id, label),
    };
  });

  const nodes = input.nodes.map((n) => box(n.id, at.get(n.id) as Vertex));
  const width = Math.max(...vertices.map((v) => v.x + v.w / 2)) + SPACING.margin;
  return { width: Math.ceil(width), height: Math.ceil(top), nodes, edges };
}

interface Vertex {
  /** A point a long edge passes through is a dummy. */
  kind: 'node' | 'label' | 'dummy';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Half its row's height. */
  half: number;
  up: Vertex[];
  down: Vertex[];
}

/** Step 1: dagre's ranks, order, and each long edge's course. */
function ranked(nodes: LayoutInput['nodes'], edges: LayoutInput['edges']) {
  const g = new Graph<object, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: SPACING.gap, edgesep: SPACING.dummyGap });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.w, height: n.h });
  for (const e of edges)
    if (e.from !== e.to && g.hasNode(e.from) && g.hasNode(e.to))
      g.setEdge(e.from, e.to, { width: e.label.w, height: e.label.h, labelpos: 'c' }, e.id);
  dagreLayout(g);
  return g;
}

const separation = (a: Vertex, b: Vertex) =>
  (a.w + b.w) / 2 + (a.kind === 'dummy' || b.kind === 'dummy' ? SPACING.dummyGap : SPACING.gap);

/**
 * Places one row as close as possible (least squares) to each vertex's target x while keeping
 * the order and the gaps: pool adjacent violators on the gap-shifted targets.
 */
function placeRow(row: Vertex[], targets: number[], weights: number[]) {
  const offsets = row.map(() => 0);
  for (let i = 1; i < row.length; i++)
    offsets[i] = (offsets[i - 1] as number) + separation(row[i - 1] as Vertex, row[i] as Vertex);
  const blocks: { sum: number; weight: number; count: number }[] = [];
  row.forEach((_, i) => {
    const w = weights[i] ?? 1;
    blocks.push({ sum: w * ((targets[i] ?? 0) - (offsets[i] ?? 0)), weight: w, count: 1 });
    for (let last = blocks.at(-1), prev = blocks.at(-2); last && prev;) {
      if (prev.sum / prev.weight <= last.sum / last.weight) break;
      blocks.pop();
      prev.sum += last.sum;
      prev.weight += last.weight;
      prev.count += last.count;
      [last, prev] = [blocks.at(-1), blocks.at(-2)];
    }
  });
  let i = 0;
  for (const b of blocks)
    for (let k = 0; k < b.count; k++, i++)
      (row[i] as Vertex).x = b.sum / b.weight + (offsets[i] ?? 0);
}

/** Step 3: start packed, then pull each vertex towards its neighbours, sweeping down and up. */
function placeX(rows: Vertex[][]) {
  const SWEEPS = 24;
  for (const row of rows)
    placeRow(
      row,
      row.map(() => 0),
      row.map(() => 1),
    );
  // A long edge is held hardest (kept straight), a label harder than a node (kept under it).
  const weight = (v: Vertex) => ({ node: 1, label: 2, dummy: 4 })[v.kind];
  const mean = (vs: Vertex[], fallback: number) =>
    vs.length === 0 ? fallback : vs.reduce((s, n) => s + n.x, 0) / vs.length;
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const both = sweep >= SWEEPS - 4;
    const down = sweep % 2 === 0;
    for (const row of down ? rows : [...rows].reverse()) {
      const targets = row.map((v) => mean(both ? [...v.up, ...v.down] : down ? v.up : v.down, v.x));
      placeRow(row, targets, row.map(weight));
    }
  }
}

/** Puts each long edge's run of points on one vertical line where its rows have room. */
function straighten(runs: Vertex[][], rows: Vertex[][]) {
  const place = new Map<Vertex, { row: Vertex[]; i: number }>();
  for (const row of rows) row.forEach((v, i) => place.set(v, { row, i }));
  const fits = (v: Vertex, x: number) => {
    const { row, i } = place.get(v) as { row: Vertex[]; i: number };
    const [left, right] = [row[i - 1], row[i + 1]];
    return (
      (!left || x - left.x >= separation(left, v)) &&
      (!right || right.x - x >= separation(v, right))
    );
  };
  for (const run of runs) {
    if (run.length < 2) continue;
    const cost = (x: number) => run.reduce((s, v) => s + Math.abs(v.x - x), 0);
    const candidates = [...new Set(run.map((v) => v.x))].sort((a, b) => cost(a) - cost(b) || a - b);
    const x = candidates.find((c) => run.every((v) => fits(v, c)));
    if (x !== undefined) for (const v of run) v.x = x;
  }
}
