import { lazy, type ComponentType } from 'react';

/**
 * A lazily imported module behind one shared promise, marked fulfilled the way React's
 * `use()` reads it: a screen that renders after the chunk arrived gets it at once instead of
 * suspending for a tick (which would blank the page around it). Call it early to preload.
 */
export function preloadable<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const promise = load();
      promise.then(
        (value) => Object.assign(promise, { status: 'fulfilled', value }),
        // Offline, say: the screen that needs it reports it (LoadErrorBoundary), and the next call
        // tries again instead of handing back the same failure. A preload that fails
        // is not an uncaught error.
        () => {
          if (pending === promise) pending = undefined;
        },
      );
      pending = promise;
    }
    return pending;
  };
}

/**
 * React.lazy over a preloadable module: a screen whose chunk has already arrived renders in
 * the same pass (React.lazy would otherwise suspend once, for a tick, blanking the page
 * around it); one still on its way suspends as usual.
 */
export function lazyPreloaded<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
) {
  return lazy(() => {
    const promise = load() as Promise<M> & { status?: string; value?: M };
    if (promise.status === 'fulfilled') {
      const ready = { default: pick(promise.value as M) };
      // A thenable that answers at once: lazy() then resolves without suspending.
      return { then: (resolve: (m: typeof ready) => void) => resolve(ready) } as Promise<
        typeof ready
      >;
    }
    return promise.then((m) => ({ default: pick(m) }));
  });
}
