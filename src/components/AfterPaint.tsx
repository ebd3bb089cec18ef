import { startTransition, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { afterShown } from '../app/afterShown';
import { whenNear } from '../app/whenNear';
import { LoadErrorBoundary } from './LoadErrorBoundary';

/**
 * Below-the-fold extras (the map, "What would change this?", the cautions): mounted once the
 * screen above them is on screen, each with its own empty Suspense fallback, so the first
 * paint of what the user came for never waits for their code or their work. With `near`,
 * not until the reader has come within a screen of them either (`whenNear`): until then an
 * empty marker holds their place.
 */
export function AfterPaint({
  children,
  hideFailure = false,
  near = false,
}: {
  children: ReactNode;
  /** For what only shows on paper: if it can't load, the page goes without it, silently. */
  hideFailure?: boolean;
  /** Wait for the reader to come near as well (for extras that cost real work). */
  near?: boolean;
}) {
  const [ready, setReady] = useState(false);
  const marker = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // As a transition: React renders the extras in slices, yielding between them, so a tap
    // on what is already on screen is never kept waiting behind the map.
    const show = () => startTransition(() => setReady(true));
    let cancelNear = () => {};
    const cancelShown = afterShown(() => {
      if (near && marker.current) cancelNear = whenNear(marker.current, show);
      else show();
    });
    return () => {
      cancelShown();
      cancelNear();
    };
  }, [near]);
  if (ready)
    return (
      <Suspense fallback={null}>
        <LoadErrorBoundary fallback={hideFailure ? 'nothing' : 'part'}>
          {children}
        </LoadErrorBoundary>
      </Suspense>
    );
  // No height and no margin (mb-0 beats the parent's space-y), so it moves nothing.
  return near ? (
    <div ref={marker} className="mb-0 [overflow-anchor:none]" data-extra-marker="" />
  ) : null;
}
