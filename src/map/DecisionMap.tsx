import { useId } from 'react';
import './map.css';
import type { MapPath } from './graph';
import { TEXT, type MapModel } from './model';

interface Props {
  model: MapModel;
  /** Highlights this path and dims the rest. */
  path?: MapPath;
  title: string;
  desc: string;
  className?: string;
}

/**
 * The decision as an SVG flow chart. Colours come from classes (src/styles.css), positions
 * from presentation attributes: nothing here needs an inline style (the CSP forbids them).
 * As role="img" it is one image to assistive technology, named by its title and described
 * by its desc; the page gives the same content as a list.
 */
export function DecisionMap({ model, path, title, desc, className = '' }: Props) {
  const id = useId();
  const { layout, graph, nodeLines, edgeLines } = model;
  const onNodes = new Set(path?.nodes ?? []);
  const onEdges = new Set(path?.edges ?? []);
  const state = (on: boolean) => (path ? (on ? 'is-on' : 'is-off') : '');
  const kinds = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  // Highlighted edges last, so nothing dimmed is drawn over them.
  const edges = [...layout.edges].sort((a, b) => +onEdges.has(a.id) - +onEdges.has(b.id));

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className={`map-svg ${className}`}
      data-map={path ? 'path' : 'full'}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <g>
        {edges.map((e) => (
          <g
            key={e.id}
            className={`map-edge ${state(onEdges.has(e.id))}`}
            data-edge={e.id}
            data-from={e.from}
            data-to={e.to}
          >
            <path d={e.d} fill="none" className="map-edge-line" />
            <polygon points={e.arrow} className="map-arrow" />
          </g>
        ))}
      </g>
      <g>
        {edges.map((e) =>
          e.label ? (
            <g key={e.id} className={`map-label ${state(onEdges.has(e.id))}`} data-label={e.id}>
              <rect
                x={e.label.x}
                y={e.label.y}
                width={e.label.w}
                height={e.label.h}
                rx={3}
                className="map-label-box"
              />
              <Lines
                lines={edgeLines.get(e.id) ?? []}
                x={e.label.x + e.label.w / 2}
                y={e.label.y + TEXT.label.padY}
                text={TEXT.label}
              />
            </g>
          ) : null,
        )}
      </g>
      <g>
        {layout.nodes.map((n) => {
          const kind = kinds.get(n.id) ?? 'step';
          return (
            <g
              key={n.id}
              className={`map-node map-${kind} ${state(onNodes.has(n.id))}`}
              data-node={n.id}
            >
              <rect
                x={n.x}
                y={n.y}
                width={n.w}
                height={n.h}
                rx={kind === 'outcome' ? Math.min(n.h / 2, 18) : 6}
                className="map-node-box"
              />
              <Lines
                lines={nodeLines.get(n.id) ?? []}
                x={n.x + n.w / 2}
                y={n.y + TEXT.node.padY}
                text={TEXT.node}
              />
            </g>
          );
        })}
      </g>
    </svg>
  );
}

function Lines({
  lines,
  x,
  y,
  text,
}: {
  lines: string[];
  x: number;
  y: number;
  text: { size: number; line: number };
}) {
  return (
    <text x={x} fontSize={text.size} textAnchor="middle" className="map-text">
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={Math.round((y + i * text.line + text.line * 0.76) * 10) / 10}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
