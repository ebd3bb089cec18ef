import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../app/afterNextPaint';
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
  useEffect(() => afterNextPaint(() => setReady(true)), []);
  return ready ? (
    <Suspense fallback={null}>
      <LoadErrorBoundary fallback={hideFailure ? 'nothing' : 'part'}>{children}</LoadErrorBoundary>
    </Suspense>
  ) : null;
}
