import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../app/afterNextPaint';

/**
 * Below-the-fold extras (the map, "What would change this?", the cautions): mounted once the
 * screen above them is on screen, each with its own empty Suspense fallback, so the first
 * paint of what the user came for never waits for their code or their work.
 */
export function AfterPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => afterNextPaint(() => setReady(true)), []);
  return ready ? <Suspense fallback={null}>{children}</Suspense> : null;
}
