import type { DecisionGraph } from './graph';
import { edgeLabel, nodeName } from './labels';
import type { Layout, LayoutInput } from './geometry';

/**
 * Text sizes for the map. Widths are estimated from character counts (generous, so the
 * widest system fonts still fit): the layout never depends on a browser measuring text,
 * so it is the same everywhere, in tests and on paper.
 */
export const TEXT = {
  node: { size: 13, line: 16, maxChars: 17, charWidth: 8, padX: 10, padY: 8 },
  label: { size: 12, line: 14, maxChars: 17, charWidth: 7, padX: 4, padY: 2 },
} as const;

/** Greedy word wrap to lines of at most `max` characters (a longer word gets a line). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function box(lines: string[], t: (typeof TEXT)[keyof typeof TEXT], minChars = 0) {
  const chars = Math.max(minChars, ...lines.map((l) => l.length));
  return {
    w: Math.ceil(chars * t.charWidth + 2 * t.padX),
    h: lines.length * t.line + 2 * t.padY,
  };
}

export interface MapModel {
  graph: DecisionGraph;
  layout: Layout;
  nodeLines: Map<string, string[]>;
  edgeLines: Map<string, string[]>;
}

/**
 * The graph in words, wrapped and laid out by `place`: everything the SVG needs. The whole
 * map is placed by src/map/layout.ts at build time, a path by src/map/column.ts. `labels`
 * replaces the words of some edges (the path labels each arrow with the answer given).
 */
export function mapModel(
  graph: DecisionGraph,
  place: (input: LayoutInput) => Layout,
  labels?: Map<string, string>,
): MapModel {
  const nodeLines = new Map(
    graph.nodes.map((n) => [n.id, wrap(nodeName(n.id), TEXT.node.maxChars)]),
  );
  const edgeLines = new Map(
    graph.edges.map((e) => [e.id, wrap(labels?.get(e.id) || edgeLabel(e), TEXT.label.maxChars)]),
  );
  return {
    graph,
    nodeLines,
    edgeLines,
    layout: place({
      nodes: graph.nodes.map((n) => ({
        id: n.id,
        ...box(nodeLines.get(n.id) ?? [], TEXT.node, 8),
      })),
      edges: graph.edges.map((e) => ({
        id: e.id,
        from: e.from,
        to: e.to,
        label: box(edgeLines.get(e.id) ?? [], TEXT.label),
      })),
    }),
  };
}
