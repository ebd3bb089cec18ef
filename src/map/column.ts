import { drawEdge, round, SPACING, type Box, type Layout, type LayoutInput } from './geometry';

/**
 * A path through the decision as one column, top to bottom in the order given: each node,
 * then the label of the edge leaving it, then the next node, all centred on one line, each
 * edge straight down through its label. Small enough to run in the browser (the whole map is
 * laid out at build time: src/map/layout.ts).
 */
export function columnLayout(input: LayoutInput): Layout {
  const leaving = new Map(input.edges.map((e) => [e.from, e]));
  const width =
    Math.max(0, ...input.nodes.map((n) => n.w), ...input.edges.map((e) => e.label.w)) +
    2 * SPACING.margin;
  const centre = width / 2;
  const at = (id: string, w: number, h: number, y: number): Box => ({
    id,
    x: round(centre - w / 2),
    y,
    w,
    h,
  });

  const nodes: Box[] = [];
  const labels = new Map<string, Box>();
  let y = SPACING.margin;
  for (const n of input.nodes) {
    nodes.push(at(n.id, n.w, n.h, y));
    y += n.h;
    const edge = leaving.get(n.id);
    if (!edge) continue;
    labels.set(edge.id, at(edge.id, edge.label.w, edge.label.h, y + SPACING.gapBelowNode));
    y += SPACING.gapBelowNode + edge.label.h + SPACING.gapAboveNode;
  }

  const box = new Map(nodes.map((b) => [b.id, b]));
  const edges = input.edges.flatMap((e) => {
    const from = box.get(e.from);
    const to = box.get(e.to);
    const placed = labels.get(e.id);
    if (!from || !to || !placed || to.y <= from.y) return [];
    const line = drawEdge([
      { x: centre, y: from.y + from.h },
      { x: centre, y: to.y },
    ]);
    return [{ id: e.id, from: e.from, to: e.to, ...line, label: placed }];
  });
  return { width: Math.ceil(width), height: Math.ceil(y + SPACING.margin), nodes, edges };
}
