import { useEffect, useRef, type RefObject } from 'react';
import { useMode } from './mode';
import { whenDrawn } from './whenDrawn';

/**
 * Moves focus to the new screen's heading whenever `key` changes, so screen-reader and
 * keyboard users start at the question, with the top of the page in view (the header and
 * "Question N" sit above the heading, so focusing it alone can leave them scrolled off).
 * Not on a fresh page load (the user hasn't acted yet), and in an iframe never scrolls the
 * host page.
 */
export function useStepFocus(ref: RefObject<HTMLElement | null>, key: string): void {
  const { embed } = useMode();
  const first = useRef(true);
  useEffect(() => {
    const isFirst = first.current;
    first.current = false;
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (isFirst && (embed || idx === 0)) return;
    return whenDrawn(
      () => ref.current !== null,
      () => {
        ref.current?.focus({ preventScroll: true });
        if (!embed) window.scrollTo(0, 0);
      },
    );
  }, [key, embed, ref]);
}
