import { useEffect, useState } from 'react';

type Guidance = typeof import('../../content/guidance');

// What we cite (the bodies' rules, the cautions) is the largest piece of copy and only some
// screens show it: a chunk of its own, fetched as soon as the decision's code runs.
const loading = import('../../content/guidance');
let loaded: Guidance | undefined;
let failed = false;
loading.then(
  (m) => (loaded = m),
  () => (failed = true),
);

/**
 * The cited guidance, or undefined until it has arrived (a moment after the decision opens,
 * so rarely seen). If it can't be fetched, the error is thrown for LoadErrorBoundary to say so.
 */
export function useGuidance(): Guidance | undefined {
  const [, arrived] = useState(false);
  useEffect(() => {
    // Runs after the module's own callback above, whenever the chunk arrives (even before this
    // effect): the screen renders again with it.
    void loading.then(
      () => arrived(true),
      () => arrived(true),
    );
  }, []);
  if (failed) throw new Error('The cited guidance could not be fetched.');
  return loaded;
}
