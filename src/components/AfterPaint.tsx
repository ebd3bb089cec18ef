import { Suspense, useEffect, useState, type ReactNode } from 'react';

/**
 * Below-the-fold extras (the map, "What would change this?", the cautions): mounted once the
 * screen above them has committed, each with its own empty Suspense fallback, so the first
 * paint of what the user came for never waits for their code or their work.
 */
export function AfterPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // A task after the commit: the browser paints the screen first.
    const id = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(id);
  }, []);
  return ready ? <Suspense fallback={null}>{children}</Suspense> : null;
}
