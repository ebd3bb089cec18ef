import { useSyncExternalStore } from 'react';
import { useMedia } from './useMedia';

/**
 * Whether the page is being printed (or saved as PDF), for what only paper shows and is not
 * worth building before then.
 *
 * Printing from the browser fires `beforeprint` and lays the page out for paper as soon as
 * the listeners have run and their microtasks with them. A store read through
 * useSyncExternalStore re-renders in that microtask (React renders a store's change
 * synchronously), so what this switches on is in the page the printer gets; an ordinary
 * state update would wait for a later task and miss it. The print media query (useMedia, the
 * same kind of store) covers printing emulated without those events (tests, devtools).
 */
let printing = false;

function subscribe(onChange: () => void) {
  const set = (value: boolean) => () => {
    printing = value;
    onChange();
  };
  const before = set(true);
  const after = set(false);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

export function usePrinting(): boolean {
  const fromEvents = useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
  return useMedia('print') || fromEvents;
}
