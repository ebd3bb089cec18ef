import { loadOnce } from '../../hooks/loadOnce';

type Guidance = typeof import('../../content/guidance');

// What every outcome may cite (the cautions, the red flags, the record's sections): copy that
// only some screens show, so a chunk of its own, fetched once one of them has been drawn.
const guidance = loadOnce((_: 'guidance') => import('../../content/guidance'));

/** The cited guidance, or undefined until it has arrived (a moment after the screen shows). */
export function useGuidance(): Guidance | undefined {
  return guidance.use('guidance');
}

/** Fetches the cited guidance now, for a screen that will need it (see loadOnce). */
export const loadGuidance = () => guidance.load('guidance');
