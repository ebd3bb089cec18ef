import { loadOnce } from '../../hooks/loadOnce';

type RepeatParts = typeof import('./repeatParts');

const parts = loadOnce((_: 'repeat') => import('./repeatParts'));

/**
 * "About you" and "Next invitation", once `wanted` (fetched from then on), or undefined until
 * they have arrived.
 */
export function useRepeatParts(wanted: boolean): RepeatParts | undefined {
  return parts.use(wanted ? 'repeat' : undefined);
}
