import { useEffect, useState } from 'react';

type RepeatParts = typeof import('./repeatParts');

const loading = import('./repeatParts');
let loaded: RepeatParts | undefined;
let failed = false;
loading.then(
  (m) => (loaded = m),
  () => (failed = true),
);

/**
 * "About you" and "Next invitation", or undefined until they have arrived (a moment after the
 * decision opens, so rarely seen). If they can't be fetched, the error is thrown for
 * LoadErrorBoundary to say so.
 */
export function useRepeatParts(): RepeatParts | undefined {
  const [, arrived] = useState(false);
  useEffect(() => {
    void loading.then(
      () => arrived(true),
      () => arrived(true),
    );
  }, []);
  if (failed) throw new Error('Part of the decision could not be fetched.');
  return loaded;
}
