/**
 * What a map layout is (boxes and lines in SVG units) and how an edge is drawn, for both
 * layouts: the whole map's, made at build time (src/map/layout.ts), and the path's column,
 * made at run time (src/map/column.ts).
 */

export interface Size {
  w: number;
  h: number;
}

export interface LayoutInput {
  /** In the machine's order. */
  nodes: ({ id: string } & Size)[];
  edges: { id: string; from: string; to: string; label: Size }[];
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
  label: Box;
}

export interface Layout {
  width: number;
  height: number;
  nodes: Box[];
  edges: PlacedEdge[];
}

export const SPACING = {
  margin: 8,
  /** Horizontal room between boxes side by side. */
  gap: 14,
  /** Horizontal room next to a point a long edge passes through. */
  dummyGap: 10,
  /** Vertical room between a node and the labels of the edges leaving it. */
  gapBelowNode: 12,
  /** Vertical room above a node, where the edges coming in curve towards it. */
  gapAboveNode: 30,
  arrow: 7,
} as const;

export const round = (n: number) => Math.round(n * 10) / 10;

export interface Point {
  x: number;
  y: number;
}

/**
 * An edge through its points, from where it leaves its source to the tip of its arrow: a
 * smooth curve that leaves and enters each point vertically, and an arrowhead pointing along
 * the last stretch (down, or up for an edge drawn against the flow). The line stops short of
 * the tip, so the arrowhead's point is the end.
 */
export function drawEdge(points: Point[]): Pick<PlacedEdge, 'd' | 'arrow'> {
  const first = points[0] as Point;
  const tip = points[points.length - 1] as Point;
  const before = points[points.length - 2] ?? first;
  const dir = tip.y >= before.y ? 1 : -1;
  const line = [...points.slice(0, -1), { x: tip.x, y: tip.y - dir * (SPACING.arrow - 1) }];
  let d = `M${round(first.x)} ${round(first.y)}`;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    const mid = round((a.y + b.y) / 2);
    d += ` C${round(a.x)} ${mid} ${round(b.x)} ${mid} ${round(b.x)} ${round(b.y)}`;
  }
  const back = tip.y - dir * SPACING.arrow;
  const half = SPACING.arrow / 2 + 1;
  const arrow = `${round(tip.x - half)},${round(back)} ${round(tip.x + half)},${round(back)} ${round(tip.x)},${round(tip.y)}`;
  return { d, arrow };
}
