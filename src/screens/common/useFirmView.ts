import type { FirmSettings } from '../../firm/settings';
import { loadOnce } from '../../hooks/loadOnce';

export type FirmView = typeof import('../../firm/view');

/** A firm's settings with the parts that show them, once loaded; undefined without settings. */
export interface FirmOnOutcome extends FirmView {
  settings: FirmSettings;
}

// Only a page with firm settings pays for the parts that show them.
const view = loadOnce((_: 'view') => import('../../firm/view'));

/** The firm's parts for an outcome, fetched the first time a page has firm settings. */
export function useFirmView(settings: FirmSettings | undefined): FirmOnOutcome | undefined {
  const parts = view.use(settings ? 'view' : undefined);
  return settings && parts ? { ...parts, settings } : undefined;
}
