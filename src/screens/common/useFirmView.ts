import type { FirmPack } from '../../firm/pack';
import { loadOnce } from '../../hooks/loadOnce';

export type FirmView = typeof import('../../firm/view');

/** A firm's settings with the parts that show them, once loaded; undefined without settings. */
export interface FirmOnOutcome extends FirmView {
  pack: FirmPack;
}

// Only a page with firm settings pays for the parts that show them.
const view = loadOnce((_: 'view') => import('../../firm/view'));

/** The firm's parts for an outcome, fetched the first time a page has firm settings. */
export function useFirmView(pack: FirmPack | undefined): FirmOnOutcome | undefined {
  const parts = view.use(pack ? 'view' : undefined);
  return pack && parts ? { ...parts, pack } : undefined;
}
