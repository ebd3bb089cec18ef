import { loadOnce } from '../../hooks/loadOnce';

type RepeatParts = typeof import('./repeatParts');

const parts = loadOnce((_: 'repeat') => import('./repeatParts'));

/** "About you" and "Next invitation", or undefined until they have arrived. */
export function useRepeatParts(): RepeatParts | undefined {
  return parts.use('repeat');
}
