/**
 * Runs `task` in a task of its own once the browser has produced its next frame: the
 * animation-frame callback runs just before that frame is painted, and a timeout set there
 * runs after it. A bare timeout after a commit is not enough: when the browser holds the
 * first paint of a new page (Chromium keeps the previous page on screen until the new one
 * is ready, "paint holding"), the timeout fires before anything is on screen and the work
 * meant for later competes with the first paint.
 *
 * In a frame (the embed) it is a bare timeout: nothing holds a frame's first paint, and a
 * frame below the fold gets no animation frames until it is scrolled into view, so work
 * that changes its height would wait and then move the host page under the reader.
 *
 * Returns a cancel function for an effect's clean-up.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (window.self !== window.top) {
    timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
