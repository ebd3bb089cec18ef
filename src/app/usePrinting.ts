import { useSyncExternalStore } from 'react';

/**
 * Whether the page is being printed (or saved as PDF), for what only paper shows and is not
 * worth building before then.
 *
 * Printing from the browser fires `beforeprint` and lays the page out for paper as soon as
 * the listeners have run and their microtasks with them. A store read through
 * useSyncExternalStore re-renders in that microtask (React renders a store's change
 * synchronously), so what this switches on is in the page the printer gets; an ordinary
 * state update would wait for a later task and miss it. The print media query covers
 * printing emulated without those events (tests, devtools).
 */
let printing = false;
const PRINT = 'print';

function subscribe(onChange: () => void) {
  const before = () => {
    printing = true;
    onChange();
  };
  const after = () => {
    printing = false;
    onChange();
  };
  const media = window.matchMedia?.(PRINT);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media?.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', onChange);
  };
}

const snapshot = () => printing || (window.matchMedia?.(PRINT).matches ?? false);

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
