/**
 * Characters that hide or disguise text, from every plane, and a look-alike letter: what the
 * one plain-text rule must refuse wherever untrusted text comes in (firm settings, embed
 * options), for the property tests to mix into their input.
 */
export const DISGUISES = [
  '\u{E0041}',
  '\u{E007F}',
  '\u3164',
  '\u2800',
  '\u115f',
  '\u1160',
  '\uffa0',
  '\u200b',
  '\u202e',
  '\u0301\u0301\u0301',
  '\ud800',
  '\u{F0000}',
  '\u0378',
  '\u043e',
];
