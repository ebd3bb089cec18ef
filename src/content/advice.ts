import { longDate } from './site';

/** The outcome's note on the advice itself: its version, its sources, the firm's sign-off. */
export const ABOUT_ADVICE = {
  title: 'About this advice',
  asOf: (isoDate: string) => `Our advice is as of ${longDate(isoDate)}.`,
  sources: 'Our sources, with their dates and how we checked them',
} as const;
