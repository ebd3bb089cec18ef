import { useEffect, useState } from 'react';
import type { FirmPack } from '../../firm/pack';

export type FirmView = typeof import('../../firm/view');

/** A firm's pack with the parts that show it, once loaded; undefined without a pack. */
export interface FirmOnOutcome extends FirmView {
  pack: FirmPack;
}

let loaded: FirmView | undefined;

/** The firm's parts for an outcome, fetched the first time a page has a firm file. */
export function useFirmView(pack: FirmPack | undefined): FirmOnOutcome | undefined {
  const [view, setView] = useState<FirmView | undefined>(loaded);
  useEffect(() => {
    if (!pack || view) return;
    let live = true;
    void import('../../firm/view').then((m) => {
      loaded = m;
      if (live) setView(m);
    });
    return () => {
      live = false;
    };
  }, [pack, view]);
  return pack && view ? { ...view, pack } : undefined;
}
