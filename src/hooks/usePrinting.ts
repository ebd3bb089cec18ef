import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True once the page is being printed (or laid out for print media), and from then on: for
 * what exists only on paper and would repeat the screen's words if it were always in the page.
 * `beforeprint` renders at once, as the browser lays the page out for paper when its
 * listeners return.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const print = window.matchMedia?.('print');
    const now = () => flushSync(() => setPrinting(true));
    const change = () => {
      if (print?.matches) setPrinting(true);
    };
    change();
    window.addEventListener('beforeprint', now);
    print?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', now);
      print?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
