/**
 * Where this device keeps what the reader said about themselves (share/remembered.ts), and a
 * peek at whether it keeps anything: small enough for the decision's first screen, which
 * waits for the rest only when there is something to read.
 */
export const REMEMBERED_KEY = 'should-i-connect:about-you';

/** True when this device may remember the reader (storage that can't be read: false). */
export function mayRemember(): boolean {
  try {
    return window.localStorage.getItem(REMEMBERED_KEY) !== null;
  } catch {
    return false;
  }
}
