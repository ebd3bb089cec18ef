import { startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import { afterShown } from '../app/afterShown';
import { LoadErrorBoundary } from './LoadErrorBoundary';

/**
 * Below-the-fold extras (the map, "What would change this?", the cautions): mounted once the
 * screen above them is on screen, each with its own empty Suspense fallback, so the first
 * paint of what the user came for never waits for their code or their work.
 */
export function AfterPaint({
  children,
  hideFailure = false,
}: {
  children: ReactNode;
  /** For what only shows on paper: if it can't load, the page goes without it, silently. */
  hideFailure?: boolean;
}) {
  const [ready, setReady] = useState(false);
  // As a transition: React renders the extras in slices, yielding between them, so a tap
  // on what is already on screen is never kept waiting behind the map.
  useEffect(() => afterShown(() => startTransition(() => setReady(true))), []);
  return ready ? (
    <Suspense fallback={null}>
      <LoadErrorBoundary fallback={hideFailure ? 'nothing' : 'part'}>{children}</LoadErrorBoundary>
    </Suspense>
  ) : null;
}
