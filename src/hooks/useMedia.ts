import { useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches now, kept up to date as the window changes: for what is
 * not worth building at all when the stylesheet would hide it. `fallback` where there is no
 * matchMedia (tests) and on the server.
 */
export function useMedia(query: string, fallback = false): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => window.matchMedia?.(query).matches ?? fallback,
    () => fallback,
  );
}
