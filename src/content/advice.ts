import { longDate } from './site';

/** The outcome's note on the advice itself: its version, its sources, the firm's sign-off. */
export const ABOUT_ADVICE = {
  title: 'About this advice',
  asOf: (isoDate: string) => `Our advice is as of ${longDate(isoDate)}.`,
  sources: 'Every source behind it, with its date and how we checked it',
} as const;
