/**
 * Runs `then` once `drawn()` says the screen is there (its heading, usually), checking each
 * frame for about five seconds and then running it all the same. A screen that arrives as a
 * chunk of its own draws its heading a moment after the code that asked for it. Returns a
 * function that cancels it.
 */
export function whenDrawn(drawn: () => boolean, then: () => void) {
  let frame = 0;
  let left = 300;
  const check = () => {
    if (!drawn() && left-- > 0) return void (frame = requestAnimationFrame(check));
    then();
  };
  check();
  return () => cancelAnimationFrame(frame);
}
