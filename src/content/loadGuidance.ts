type Guidance = typeof import('./guidance');

/**
 * What we cite (the professional bodies' guidance and the conduct cautions, with sources,
 * dates and links) is the largest piece of copy and only some screens show it, so it is a
 * chunk of its own, preloaded when the decision opens. One shared promise, marked
 * fulfilled the way React's `use()` reads it, so a screen shown after the chunk arrived
 * renders at once instead of suspending for a tick.
 */
let pending: Promise<Guidance> | undefined;
export function loadGuidance(): Promise<Guidance> {
  if (!pending) {
    const promise = import('./guidance');
    void promise.then((value) => Object.assign(promise, { status: 'fulfilled', value }));
    pending = promise;
  }
  return pending;
}
