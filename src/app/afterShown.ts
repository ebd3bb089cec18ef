/** The `elementtiming` name of each screen's heading: its first showing is what we wait for. */
export const SCREEN_SHOWN = 'screen';

/** How long to wait for a heading that may never be shown (scrolled away, say). */
const GIVE_UP_MS = 3000;

/** Framed in another page (the embed): its own rules for when extras may mount. */
export const inFrame = () => window.self !== window.top;

/** Element Timing entries (Chromium); not in TypeScript's DOM types yet. */
interface ElementTiming extends PerformanceEntry {
  element: Element | null;
}

const hasElementTiming = () =>
  typeof PerformanceObserver === 'function' &&
  typeof IntersectionObserver === 'function' &&
  (PerformanceObserver.supportedEntryTypes ?? []).includes('element');

/**
 * Runs `task` once the screen now in the document is on screen: for work that must never
 * compete with what the user came for (the outcome's extras, fetching the next screen's code).
 *
 * "On screen" is when the browser reports the screen's heading shown (Element Timing, in
 * Chromium). The end of the frame's main-thread work comes earlier: the frame is still being
 * drawn (tens of milliseconds later on a slow phone, seconds later while Chromium holds the
 * first paint of a new page), and work started then delays it. Where Element Timing is missing,
 * a task after the next animation frame is the nearest we can tell.
 *
 * In a frame (the embed) it is a bare timeout: a frame below the fold is not drawn until it is
 * scrolled into view, and work that changes its height should be done by then, not start then.
 *
 * Returns a cancel function for an effect's clean-up.
 */
export function afterShown(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let observer: PerformanceObserver | undefined;
  let visibility: IntersectionObserver | undefined;
  let done = false;
  const cancel = () => {
    done = true;
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    observer?.disconnect();
    visibility?.disconnect();
  };
  const run = () => {
    if (done) return;
    cancel();
    task();
  };
  // From an observer: in a task of its own. The browser reports the heading to every
  // observer in one task, so the extras waiting for it would otherwise all run in that one
  // task, a long one on a slow phone; apart, a tap can come between them.
  // Stops waiting at once; the returned cancel still clears the task's timer.
  const runSoon = () => {
    if (done) return;
    cancel();
    timer = setTimeout(task, 0);
  };

  if (inFrame()) {
    timer = setTimeout(run, 0);
    return cancel;
  }
  const heading = document.querySelector(`[elementtiming="${SCREEN_SHOWN}"]`);
  if (heading && hasElementTiming()) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => (e as ElementTiming).element === heading)) runSoon();
    });
    // Buffered: a heading shown before this call (a prerendered start page) counts at once.
    observer.observe({ type: 'element', buffered: true });
    // A heading out of view (a page reloaded further down) isn't drawn until scrolled to:
    // then the frame is enough. Asked of an IntersectionObserver, which answers from the
    // frame's own layout (reading the heading's position here would force that layout into
    // this task, and on a slow phone make it a long one).
    visibility = new IntersectionObserver(([entry]) => {
      visibility?.disconnect();
      if (entry && !entry.isIntersecting) runSoon();
    });
    visibility.observe(heading);
    frame = requestAnimationFrame(() => {
      timer = setTimeout(run, GIVE_UP_MS);
    });
    return cancel;
  }
  frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return cancel;
}
