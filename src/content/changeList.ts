import type { GuidanceChange } from './changes';

/**
 * What changed in our guidance, and when: a shared link records the day its decision was made
 * (`made`), and a reader whose link now reaches another recommendation is told what changed
 * since that day. Newest last; add an entry whenever a change could alter a recommendation or
 * what an outcome cites.
 */
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
