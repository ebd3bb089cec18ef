import type { RefObject } from 'react';

/**
 * Runs `then` once `ref`'s element is in the page, checking each frame for about five seconds
 * and then running it all the same. A screen that arrives as a chunk of its own draws its
 * heading a moment after the code that asked for it. Returns a function that cancels it.
 */
export function whenDrawn(ref: RefObject<Element | null>, then: () => void) {
  let frame = 0;
  let left = 300;
  const check = () => {
    if (!ref.current && left-- > 0) return void (frame = requestAnimationFrame(check));
    then();
  };
  check();
  return () => cancelAnimationFrame(frame);
}
