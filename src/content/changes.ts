import { longDate } from './site';

/**
 * What changed in our guidance, and when: a shared link records the day its decision was made
 * (`made`), and a reader whose link now reaches another recommendation is told what changed
 * since that day. Newest last; add an entry whenever a change could alter a recommendation or
 * what an outcome cites.
 */
export interface GuidanceChange {
  /** YYYY-MM-DD: the day the change went live. */
  date: string;
  text: string;
}

export const GUIDANCE_CHANGES: readonly GuidanceChange[] = [
  {
    date: '2026-12-06',
    text: 'Rules and guidance are now cited from the regulators’ official pages; points we knew only from secondary sources are marked as such.',
  },
  {
    date: '2026-12-06',
    text: 'A contact linked to a matter (a party, juror, witness or judge) is now a red flag to report to the person responsible, with the rule behind it.',
  },
  {
    date: '2026-12-06',
    text: 'Ten more professional bodies were added, each with its own guidance and cautions.',
  },
  {
    date: '2026-12-06',
    text: 'The question about a matter is now asked of everyone, also of those who connect only with people they know.',
  },
  {
    date: '2026-12-06',
    text: 'Answering “not sure” about your rules now goes on to the invitation and the profile, and says what we would recommend once your rules allow it.',
  },
  {
    date: '2026-12-07',
    text: 'A red flag now says to keep a copy of the invitation first, then tell someone now (for a juror, before the court next sits), and only then ignore it; not to open the person’s profile; and what your own jurisdiction’s rules say, with other jurisdictions’ rules folded apart.',
  },
  {
    date: '2026-12-07',
    text: 'Where we haven’t reviewed your body’s rules on a red flag we now say so, instead of saying we found none; a duty to tell the court is stated only where it is verified for your body.',
  },
  {
    date: '2026-12-07',
    text: 'Australian rules are cited as amended (from 1 April 2022; in Queensland from 27 September 2024); every helpline we hold is shown; LinkedIn’s help pages are cited with their dates (2015–2016).',
  },
];

/**
 * The version of our advice: the date of its latest change. The sources page shows it, and a
 * firm's sign-off (`approved.advice` in its settings) names the version it reviewed.
 */
export const ADVICE_AS_OF: string = GUIDANCE_CHANGES.reduce(
  (latest, c) => (c.date > latest ? c.date : latest),
  '',
);

/** The changes made after the version `advice` (that day's are part of it), oldest first. */
export function changesAfter(advice: string): GuidanceChange[] {
  return GUIDANCE_CHANGES.filter((c) => c.date > advice);
}

/**
 * The changes after `made` (all of them when the day is unknown), oldest first. Changes made
 * on the day itself count: we cannot tell whether the link came before or after them.
 */
export function changesSince(made: string | undefined): GuidanceChange[] {
  return GUIDANCE_CHANGES.filter((c) => made === undefined || c.date >= made);
}

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
