/**
 * Runs a generator in slices of a few milliseconds, giving the browser back the main thread
 * between slices (so a long computation never blocks a tap or a paint), then hands over its
 * result. Returns a cancel function, for an effect's clean-up.
 */
export function runInSlices<T>(
  steps: Generator<void, T, void>,
  done: (value: T) => void,
  // A phone's CPU can be four times slower than a laptop's: a 4 ms slice here stays well
  // under the 50 ms that makes a long task there.
  sliceMs = 4,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const slice = () => {
    const until = performance.now() + sliceMs;
    let r = steps.next();
    while (!r.done && performance.now() < until) r = steps.next();
    if (cancelled) return;
    if (r.done) done(r.value);
    else timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
