import { inFrame } from './afterShown';

/** How far beyond the viewport an element counts as near: a screen's height above and below. */
export const NEAR_MARGIN = '100% 0px';

/**
 * Runs `task` once `element` comes within a screen's height of the viewport. For what sits
 * below the fold and costs a phone real work (the decision map, "What would change this?"):
 * a reader who stops at the recommendation never pays for it, and one who scrolls finds it
 * already there, since it starts a screen ahead of them.
 *
 * At once in a frame (the embed grows to fit its content, so its host page would jump as the
 * reader scrolled) and where IntersectionObserver is missing.
 *
 * Returns a cancel function for an effect's clean-up.
 */
export function whenNear(element: Element, task: () => void): () => void {
  if (inFrame() || typeof IntersectionObserver !== 'function') {
    task();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      task();
    },
    { rootMargin: NEAR_MARGIN },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
