import { longDate } from './site';

/** YYYY-MM-DD: the day a change to our guidance went live, and what changed. */
export interface GuidanceChange {
  date: string;
  text: string;
}

/**
 * The version of our advice: the date of its latest change (changeList.ts; a test holds the
 * two together). The sources page shows it, and a firm's sign-off (`approved.advice` in its
 * settings) names the version it reviewed. The list itself is a chunk of its own: few pages
 * show it.
 */
export const ADVICE_AS_OF = '2026-12-07';

/**
 * The words for a decision opened from a shared link, and for one whose recommendation
 * changed. Each says what the link says, not what happened: anyone can write a date and an
 * outcome into a link, and nothing in it can prove them.
 */
export const RECORD = {
  shared: (made: string | undefined) =>
    made
      ? `This decision was shared with you through a link. The link says it was made on ${longDate(made)}, with the answers shown here.`
      : 'This decision was shared with you through a link, with the answers shown here.',
  wasTitle: 'This link says the recommendation was different',
  was: (oldTitle: string, made: string | undefined) =>
    `${made ? `This link says that on ${longDate(made)} the same answers led to` : 'This link says that the same answers led to'} “${oldTitle}”. If so, our guidance has changed since: the recommendation below is today’s.`,
  changesTitle: 'What changed in our guidance',
  noChanges: 'We have no dated change on record after that day.',
  changeLine: (date: string, text: string) => `${longDate(date)}: ${text}`,
} as const;

/** The record's own lines in "Copy as text" and on paper. */
export const RECORD_TEXT = {
  madeOn: (date: string) => `Decision made on ${longDate(date)}.`,
  source: (source: string, date: string, url: string | undefined) =>
    `${source}, ${date}${url ? `: ${url}` : ''}`,
} as const;
