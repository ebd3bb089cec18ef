import { startTransition, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { LoadErrorBoundary } from './LoadErrorBoundary';

/** How far beyond the viewport counts as near: a screen's height above and below. */
const NEAR = '100% 0px';

/**
 * What sits below the fold and costs a phone real work (the map, "What would change this?"):
 * rendered once the reader comes within a screen of it, or the page is printed. A reader who
 * stops at the recommendation never pays for it, and one who scrolls finds it drawn already.
 * In a frame (the embed, whose height follows its content) and where there is no
 * IntersectionObserver, at once.
 */
export function Later({ children }: { children: ReactNode }) {
  const [near, setNear] = useState(false);
  const marker = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const show = () => startTransition(() => setNear(true));
    const element = marker.current;
    if (!element || window.self !== window.top || typeof IntersectionObserver !== 'function') {
      show();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) show();
      },
      { rootMargin: NEAR },
    );
    observer.observe(element);
    // The browser lays the page out for paper as soon as `beforeprint`'s listeners return.
    const showNow = () => flushSync(() => setNear(true));
    const print = window.matchMedia?.('print');
    window.addEventListener('beforeprint', showNow);
    print?.addEventListener('change', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', showNow);
      print?.removeEventListener('change', show);
    };
  }, []);
  // No height and no margin (mb-0 beats a parent's space-y): it moves nothing.
  if (!near)
    return <div ref={marker} className="mb-0 [overflow-anchor:none]" data-extra-marker="" />;
  return (
    <Suspense fallback={null}>
      <LoadErrorBoundary fallback="part">{children}</LoadErrorBoundary>
    </Suspense>
  );
}
