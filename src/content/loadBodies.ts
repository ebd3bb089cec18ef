type Bodies = typeof import('./bodies');

/**
 * The professional bodies' guidance (sources, dates, links) is the largest piece of copy
 * and only some screens show it, so it is a chunk of its own, preloaded when the decision
 * opens. One shared promise, marked fulfilled the way React's `use()` reads it, so a
 * screen shown after the chunk arrived renders at once instead of suspending for a tick.
 */
let pending: Promise<Bodies> | undefined;
export function loadBodies(): Promise<Bodies> {
  if (!pending) {
    const promise = import('./bodies');
    void promise.then((value) => Object.assign(promise, { status: 'fulfilled', value }));
    pending = promise;
  }
  return pending;
}
