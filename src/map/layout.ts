/**
 * A small layered layout, top to bottom, of our own (no layout library: the graph has about
 * fifteen nodes, and a deterministic result is worth more than generality). The classic
 * steps (Sugiyama):
 *
 * 1. Layers: each node's rank is the longest path to it from a source (cycles, if a machine
 *    ever had one, are broken by reversing the edges that close them). Ranks sit on even
 *    layers; the odd layer below a node holds the labels of the edges leaving it, as boxes of
 *    their own, so labels never overlap and the ordering step keeps them apart.
 * 2. Long edges get a dummy node on each layer they cross.
 * 3. Order within layers: first reached in a depth-first walk in the machine's order, then
 *    barycentre sweeps with swaps of neighbours (transposition), keeping the order with the
 *    fewest crossings.
 * 4. x: each node is pulled towards the mean of its neighbours, layer by layer, solved
 *    exactly under "keep the order, don't overlap" (isotonic regression by pool adjacent
 *    violators); then each long edge is straightened where its layers have room.
 * 5. Edges: straight down through their label and dummies, smooth curves between layers,
 *    spread over the node's top and bottom edges, with an arrowhead at the target.
 *
 * Pure: the same input always gives the same output, to the pixel.
 */

export interface Size {
  w: number;
  h: number;
}

export interface LayoutInput {
  nodes: ({ id: string } & Size)[];
  edges: { id: string; from: string; to: string; label?: Size }[];
  /** Where the depth-first ordering starts (the machine's initial state). */
  initial?: string;
}

/** A box by its top-left corner. */
export interface Box extends Size {
  id: string;
  x: number;
  y: number;
}

export interface PlacedEdge {
  id: string;
  from: string;
  to: string;
  /** SVG path data for the line. */
  d: string;
  /** SVG polygon points for the arrowhead at the target. */
  arrow: string;
  label?: Box;
}

export interface Layout {
  width: number;
  height: number;
  nodes: Box[];
  edges: PlacedEdge[];
}

export const LAYOUT = {
  margin: 8,
  /** Horizontal room between boxes in a layer. */
  gap: 14,
  /** Horizontal room next to a dummy (an edge passing through). */
  dummyGap: 10,
  /** Vertical room below a node, above the labels of its edges. */
  gapBelowNode: 12,
  /** Vertical room above a node, where the edges coming in curve towards it. */
  gapAboveNode: 30,
  arrow: 7,
  sweeps: 12,
} as const;

type Kind = 'node' | 'label' | 'dummy';

interface Vertex extends Size {
  key: string;
  kind: Kind;
  layer: number;
  up: Vertex[];
  down: Vertex[];
  x: number;
  y: number;
}

interface Chain {
  edge: LayoutInput['edges'][number];
  /** From the upper end to the lower end (reversed edges run against their direction). */
  vertices: Vertex[];
  reversed: boolean;
}

/** Ranks by longest path; edges that close a cycle are reversed first. */
function rank(input: LayoutInput): { ranks: Map<string, number>; reversed: Set<string> } {
  const ids = input.nodes.map((n) => n.id);
  const out = new Map(ids.map((id) => [id, [] as LayoutInput['edges']]));
  for (const e of input.edges) out.get(e.from)?.push(e);
  const reversed = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const e of out.get(id) ?? []) {
      const s = state.get(e.to);
      if (s === 'open') reversed.add(e.id);
      else if (s === undefined) visit(e.to);
    }
    state.set(id, 'done');
  };
  const starts = input.initial ? [input.initial, ...ids] : ids;
  for (const id of starts) if (!state.has(id) && out.has(id)) visit(id);

  const ranks = new Map(ids.map((id) => [id, 0]));
  // Longest path over the acyclic graph: relax in topological order (Kahn).
  const forward = input.edges
    .filter((e) => e.from !== e.to && ranks.has(e.from) && ranks.has(e.to))
    .map((e) => (reversed.has(e.id) ? { from: e.to, to: e.from } : e));
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const e of forward) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  const queue = ids.filter((id) => indegree.get(id) === 0);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const e of forward) {
      if (e.from !== id) continue;
      ranks.set(e.to, Math.max(ranks.get(e.to) ?? 0, (ranks.get(id) ?? 0) + 1));
      indegree.set(e.to, (indegree.get(e.to) ?? 0) - 1);
      if (indegree.get(e.to) === 0) queue.push(e.to);
    }
  }
  return { ranks, reversed };
}

/** Swaps neighbours in a layer while that removes crossings. */
function transpose(layers: Vertex[][]) {
  for (let pass = 0, improved = true; improved && pass < 20; pass++) {
    improved = false;
    for (let l = 0; l < layers.length; l++) {
      const layer = layers[l] as Vertex[];
      for (let i = 0; i + 1 < layer.length; i++) {
        const a = layer[i] as Vertex;
        const b = layer[i + 1] as Vertex;
        const here =
          (layers[l - 1] ? crossings(layers[l - 1] as Vertex[], layer) : 0) +
          (layers[l + 1] ? crossings(layer, layers[l + 1] as Vertex[]) : 0);
        layer[i] = b;
        layer[i + 1] = a;
        const swapped =
          (layers[l - 1] ? crossings(layers[l - 1] as Vertex[], layer) : 0) +
          (layers[l + 1] ? crossings(layer, layers[l + 1] as Vertex[]) : 0);
        if (swapped < here) improved = true;
        else {
          layer[i] = a;
          layer[i + 1] = b;
        }
      }
    }
  }
}

function crossings(upper: Vertex[], lower: Vertex[]): number {
  const pos = new Map(lower.map((v, i) => [v, i]));
  const pairs: [number, number][] = [];
  upper.forEach((u, i) => u.down.forEach((d) => pairs.push([i, pos.get(d) ?? 0])));
  let n = 0;
  for (let a = 0; a < pairs.length; a++)
    for (let b = a + 1; b < pairs.length; b++) {
      const [a1, a2] = pairs[a] as [number, number];
      const [b1, b2] = pairs[b] as [number, number];
      if ((a1 - b1) * (a2 - b2) < 0) n++;
    }
  return n;
}

const totalCrossings = (layers: Vertex[][]) =>
  layers.slice(1).reduce((n, layer, i) => n + crossings(layers[i] as Vertex[], layer), 0);

/** Sorts a layer by the mean position of each vertex's neighbours; the rest stay put. */
function sortByBarycentre(
  layer: Vertex[],
  neighbours: (v: Vertex) => Vertex[],
  pos: Map<Vertex, number>,
) {
  const keyed = layer.map((v, i) => {
    const ns = neighbours(v);
    const bary = ns.length === 0 ? i : ns.reduce((s, n) => s + (pos.get(n) ?? 0), 0) / ns.length;
    return { v, bary, i };
  });
  keyed.sort((a, b) => a.bary - b.bary || a.i - b.i);
  return keyed.map((k) => k.v);
}

/**
 * Places one layer: as close as possible (least squares) to each vertex's target x while
 * keeping the order and the gaps. Pool adjacent violators on the gap-shifted targets.
 */
function placeLayer(layer: Vertex[], targets: number[], weights: number[]) {
  const offsets: number[] = [];
  let offset = 0;
  layer.forEach((v, i) => {
    if (i > 0) offset += separation(layer[i - 1] as Vertex, v);
    offsets.push(offset);
  });
  const blocks: { sum: number; weight: number; count: number }[] = [];
  layer.forEach((_, i) => {
    const w = weights[i] ?? 1;
    blocks.push({ sum: w * ((targets[i] ?? 0) - (offsets[i] ?? 0)), weight: w, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as (typeof blocks)[number];
      const prev = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (prev.sum / prev.weight <= last.sum / last.weight) break;
      blocks.pop();
      prev.sum += last.sum;
      prev.weight += last.weight;
      prev.count += last.count;
    }
  });
  let i = 0;
  for (const b of blocks)
    for (let k = 0; k < b.count; k++, i++)
      (layer[i] as Vertex).x = b.sum / b.weight + (offsets[i] ?? 0);
}

function separation(a: Vertex, b: Vertex): number {
  const gap = a.kind === 'dummy' || b.kind === 'dummy' ? LAYOUT.dummyGap : LAYOUT.gap;
  return (a.w + b.w) / 2 + gap;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layout(input: LayoutInput): Layout {
  const { ranks, reversed } = rank(input);
  const vertices = new Map<string, Vertex>();
  const make = (key: string, kind: Kind, layer: number, size: Size): Vertex => {
    const v: Vertex = { key, kind, layer, ...size, up: [], down: [], x: 0, y: 0 };
    vertices.set(key, v);
    return v;
  };
  for (const n of input.nodes) make(`n:${n.id}`, 'node', 2 * (ranks.get(n.id) ?? 0), n);

  const chains: Chain[] = [];
  for (const edge of input.edges) {
    const isReversed = reversed.has(edge.id);
    const top = vertices.get(`n:${isReversed ? edge.to : edge.from}`);
    const bottom = vertices.get(`n:${isReversed ? edge.from : edge.to}`);
    if (!top || !bottom || top === bottom) continue; // self-loops are not drawn
    const list = [top];
    for (let layer = top.layer + 1; layer < bottom.layer; layer++) {
      const isLabel = layer === top.layer + 1 && edge.label !== undefined;
      const vertex = make(
        `${isLabel ? 'l' : 'd'}:${edge.id}:${layer}`,
        isLabel ? 'label' : 'dummy',
        layer,
        {
          w: isLabel ? (edge.label?.w ?? 0) : 2,
          h: isLabel ? (edge.label?.h ?? 0) : 0,
        },
      );
      list.push(vertex);
    }
    list.push(bottom);
    for (let i = 1; i < list.length; i++) {
      (list[i - 1] as Vertex).down.push(list[i] as Vertex);
      (list[i] as Vertex).up.push(list[i - 1] as Vertex);
    }
    chains.push({ edge, vertices: list, reversed: isReversed });
  }

  // Initial order: first reached, depth first from the initial node, in the machine's order.
  const depth = Math.max(0, ...[...vertices.values()].map((v) => v.layer)) + 1;
  let layers: Vertex[][] = Array.from({ length: depth }, () => []);
  const seen = new Set<Vertex>();
  const walk = (v: Vertex) => {
    if (seen.has(v)) return;
    seen.add(v);
    (layers[v.layer] as Vertex[]).push(v);
    v.down.forEach(walk);
  };
  const initial = input.initial ? vertices.get(`n:${input.initial}`) : undefined;
  if (initial) walk(initial);
  for (const v of vertices.values()) if (v.up.length === 0) walk(v);
  for (const v of vertices.values()) walk(v);

  // Barycentre sweeps, down then up, keeping the best order seen.
  let best = layers.map((l) => [...l]);
  let fewest = totalCrossings(layers);
  for (let sweep = 0; sweep < LAYOUT.sweeps && fewest > 0; sweep++) {
    const down = sweep % 2 === 0;
    const order = down ? layers.keys() : [...layers.keys()].reverse();
    for (const i of order) {
      const next = down ? layers[i - 1] : layers[i + 1];
      if (!next) continue;
      const pos = new Map(next.map((v, k) => [v, k]));
      layers[i] = sortByBarycentre(layers[i] as Vertex[], (v) => (down ? v.up : v.down), pos);
    }
    transpose(layers);
    const n = totalCrossings(layers);
    if (n < fewest) {
      fewest = n;
      best = layers.map((l) => [...l]);
    }
  }
  layers = best;

  // x: start packed, then pull each vertex towards its neighbours, sweeping down and up.
  for (const layer of layers)
    placeLayer(
      layer,
      layer.map(() => 0),
      layer.map(() => 1),
    );
  const weight = (v: Vertex) => (v.kind === 'node' ? 1 : v.kind === 'label' ? 2 : 4);
  const mean = (vs: Vertex[], fallback: number) =>
    vs.length === 0 ? fallback : vs.reduce((s, n) => s + n.x, 0) / vs.length;
  for (let sweep = 0; sweep < 2 * LAYOUT.sweeps; sweep++) {
    const both = sweep >= 2 * LAYOUT.sweeps - 4;
    const down = sweep % 2 === 0;
    const order = down ? [...layers.keys()] : [...layers.keys()].reverse();
    for (const i of order) {
      const layer = layers[i] as Vertex[];
      const targets = layer.map((v) =>
        mean(both ? [...v.up, ...v.down] : down ? v.up : v.down, v.x),
      );
      placeLayer(layer, targets, layer.map(weight));
    }
  }

  // Long edges: put each run of dummies on one vertical line where its layers have room.
  const position = new Map<Vertex, { layer: Vertex[]; i: number }>();
  for (const layer of layers) layer.forEach((v, i) => position.set(v, { layer, i }));
  const fits = (v: Vertex, x: number) => {
    const { layer, i } = position.get(v) as { layer: Vertex[]; i: number };
    const left = layer[i - 1];
    const right = layer[i + 1];
    return (
      (!left || x - left.x >= separation(left, v)) &&
      (!right || right.x - x >= separation(v, right))
    );
  };
  for (const { vertices: list } of chains) {
    const run = list.filter((v) => v.kind === 'dummy');
    if (run.length < 2) continue;
    const candidates = [...new Set(run.map((v) => v.x))].sort(
      (a, b) =>
        run.reduce((s, v) => s + Math.abs(v.x - a), 0) -
          run.reduce((s, v) => s + Math.abs(v.x - b), 0) || a - b,
    );
    const x = candidates.find((c) => run.every((v) => fits(v, c)));
    if (x !== undefined) for (const v of run) v.x = x;
  }

  // Shift into view; then y, layer by layer.
  const all = [...vertices.values()];
  const left = Math.min(...all.map((v) => v.x - v.w / 2));
  for (const v of all) v.x = v.x - left + LAYOUT.margin;
  const tops: number[] = [];
  let y = LAYOUT.margin;
  for (const layer of layers) {
    const h = Math.max(0, ...layer.map((v) => v.h));
    tops.push(y);
    for (const v of layer) v.y = y + h / 2;
    y += h + (layers.indexOf(layer) % 2 === 0 ? LAYOUT.gapBelowNode : LAYOUT.gapAboveNode);
  }
  const layerBottom = (layer: number) =>
    (tops[layer] ?? 0) + Math.max(0, ...(layers[layer] ?? []).map((v) => v.h));

  // Ports: the edges leaving (or entering) a node spread over its bottom (or top) edge.
  const ports = new Map<string, number>();
  for (const v of all) {
    if (v.kind !== 'node') continue;
    for (const [side, list] of [
      ['b', chains.filter((c) => c.vertices[0] === v)],
      ['t', chains.filter((c) => c.vertices[c.vertices.length - 1] === v)],
    ] as const) {
      const neighbour = (c: Chain) =>
        (side === 'b' ? c.vertices[1] : c.vertices[c.vertices.length - 2]) as Vertex;
      const sorted = [...list].sort((a, b) => neighbour(a).x - neighbour(b).x);
      const step = sorted.length > 1 ? Math.min(14, (v.w * 0.6) / (sorted.length - 1)) : 0;
      sorted.forEach((c, i) =>
        ports.set(`${side}:${c.edge.id}`, v.x + (i - (sorted.length - 1) / 2) * step),
      );
    }
  }

  const edges: PlacedEdge[] = chains.map(({ edge, vertices: list, reversed: isReversed }) => {
    const first = list[0] as Vertex;
    const last = list[list.length - 1] as Vertex;
    // Points in pairs: where the line enters and leaves each vertex, top to bottom.
    const runs: [number, number, number][] = [
      [ports.get(`b:${edge.id}`) ?? first.x, first.y - first.h / 2, first.y + first.h / 2],
    ];
    for (const v of list.slice(1, -1)) runs.push([v.x, tops[v.layer] ?? 0, layerBottom(v.layer)]);
    runs.push([ports.get(`t:${edge.id}`) ?? last.x, last.y - last.h / 2, last.y + last.h / 2]);
    if (isReversed) runs.reverse();
    const gap = LAYOUT.arrow - 1;
    // The line ends short of the target so the arrowhead's tip is the end.
    let d = '';
    for (let i = 0; i < runs.length - 1; i++) {
      const [x1, top1, bottom1] = runs[i] as [number, number, number];
      const [x2, top2, bottom2] = runs[i + 1] as [number, number, number];
      const down = !isReversed;
      const y1 = down ? bottom1 : top1;
      const isLast = i === runs.length - 2;
      const y2 = (down ? top2 : bottom2) - (isLast ? (down ? gap : -gap) : 0);
      if (i === 0) d += `M${round(x1)} ${round(y1)}`;
      const mid = (y1 + y2) / 2;
      d += ` C${round(x1)} ${round(mid)} ${round(x2)} ${round(mid)} ${round(x2)} ${round(y2)}`;
      if (!isLast) d += ` L${round(x2)} ${round(down ? bottom2 : top2)}`;
    }
    const [tx, ttop, tbottom] = runs[runs.length - 1] as [number, number, number];
    const tip = isReversed ? tbottom : ttop;
    const back = isReversed ? tip + LAYOUT.arrow : tip - LAYOUT.arrow;
    const a = LAYOUT.arrow / 2 + 1;
    const arrow = `${round(tx - a)},${round(back)} ${round(tx + a)},${round(back)} ${round(tx)},${round(tip)}`;
    const labelVertex = list.find((v) => v.kind === 'label');
    return {
      id: edge.id,
      from: edge.from,
      to: edge.to,
      d,
      arrow,
      ...(labelVertex ? { label: toBox(edge.id, labelVertex) } : {}),
    };
  });

  const nodes = input.nodes.flatMap((n) => {
    const v = vertices.get(`n:${n.id}`);
    return v ? [toBox(n.id, v)] : [];
  });
  const width = Math.max(...all.map((v) => v.x + v.w / 2)) + LAYOUT.margin;
  const height = Math.max(...all.map((v) => v.y + v.h / 2)) + LAYOUT.margin;
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}

function toBox(id: string, v: Vertex): Box {
  return { id, x: round(v.x - v.w / 2), y: round(v.y - v.h / 2), w: v.w, h: v.h };
}
