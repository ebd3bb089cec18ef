import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A map wider than the screen scrolls sideways (a phone shows it at full size, readable).
 * It opens scrolled to `startX` (the first question), so the map starts where its flow does.
 * Focusable, so it scrolls from the keyboard too.
 */
export function MapScroll({
  label,
  startX,
  className = '',
  children,
}: {
  label: string;
  startX: number;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el && el.scrollWidth > el.clientWidth)
      el.scrollLeft = Math.max(0, startX - el.clientWidth / 2);
  }, [startX]);
  return (
    <div
      ref={ref}
      className={`map-scroll ${className}`}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}

/** The x of a node's centre in the map (where MapScroll should open). */
export function centreOf(nodes: { id: string; x: number; w: number }[], id: string | undefined) {
  const n = nodes.find((b) => b.id === id);
  return n ? n.x + n.w / 2 : 0;
}
