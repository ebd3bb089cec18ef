/**
 * Words for repeat use: the next invitation, what is kept about the reader ("About you"), and
 * remembering it on this device.
 */
export const REPEAT = {
  aboutYou: 'About you',
  change: 'Change',
  changeWhat: 'what you told us about you',
  rememberedHere: 'This device remembers these answers.',
  forget: 'Forget',
  forgetWhat: 'what this device remembers about you',
  forgotten: 'Forgotten: this device no longer remembers anything about you.',
  forgetFailed:
    'Your browser would not let us clear its storage. Clear this site’s data to forget.',
  nextTitle: 'Another invitation?',
  nextHint: 'It starts at the questions about the person and keeps only your answers about you.',
  next: 'Next invitation',
  remember: 'Remember about me on this device',
  rememberHint: 'Only your answers about you, never anything about the people who invite you.',
  rememberedNow:
    'Remembered. Next time you start, you go straight to the questions about the person.',
  rememberFailed:
    'Your browser would not let us remember this: its storage is blocked or full. Everything else works as before.',
} as const;
