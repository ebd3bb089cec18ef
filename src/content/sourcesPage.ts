import type { RedFlag } from '../decision/steps';
import { longDate } from './site';

/** The sources page (`#/sources`): what a firm's risk team reviews and signs. */
export const SOURCES_PAGE = {
  title: 'Our sources',
  intro: [
    'Every statement this tool can show about a professional body’s rules, grouped by body, with its source, its date, how we checked it and the official page where there is one. General points and what we say about LinkedIn itself are at the end.',
    'It is made from the same content the recommendations show, so nothing a reader sees is missing here. A firm’s risk or compliance team can review it, print it to annotate, and record its approval in the firm’s settings.',
  ],
  version: (isoDate: string) => `Our advice is as of ${longDate(isoDate)}.`,
  levelsTitle: 'How we checked each statement',
  levels: {
    V: 'V: seen in the official source (the regulator’s, bar’s, court’s or legislature’s own text, or a verbatim copy of it).',
    V2: 'V2: known to us only from a secondary source that reports the official text (a law firm’s or bar journal’s article, for example). Check the official wording before relying on it.',
  },
  contents: 'Contents',
  generalTitle: 'General points and LinkedIn',
  generalIntro:
    'Shown to readers whatever their professional body: the rules we found elsewhere behind each red flag, the conduct cautions, and what LinkedIn’s own help says.',
  covers: (who: string) => `Who it covers: ${who}.`,
  // Group headings within a body.
  position: 'In short: its position on connecting with people you have not met',
  points: 'What its rules and guidance say',
  redFlag: (who: string) => `The rule behind a red flag: ${who}`,
  /** Who the person is to the matter, in each red flag's heading. */
  flags: {
    'opposing-party': 'they are on the other side',
    juror: 'they are a juror or a possible juror',
    witness: 'they are a witness',
    judge: 'they are a judge or tribunal member',
  } satisfies Record<RedFlag, string>,
  caution: (title: string) => `Caution: ${title}`,
  pagesTitle: 'Its guidance page and ethics helplines',
  notVerifiedTitle: 'What we could not verify',
  nothingUnverified: 'Nothing beyond what is marked V2 above.',
  // Groups in the general section.
  generalRedFlag: (who: string) => `A red flag, elsewhere than the reader’s own body: ${who}`,
  court: 'About telling the court',
  judge: 'About judges',
  suggestion: 'Our suggestion (not a rule):',
  linkedInTitle: 'What LinkedIn’s help says',
  // A statement's details.
  source: 'Source:',
  date: 'Date:',
  level: 'Checked:',
  noLink: 'no official page seen',
  seen: (seen: string) => `How we saw it: ${seen}`,
  checked: (isoDate: string) => `checked ${longDate(isoDate)}`,
  secondary: 'Known to us only from a secondary source: the official wording was not seen.',
  // The dated changes.
  changesTitle: 'What changed in our advice, and when',
  changeLine: (isoDate: string, text: string) => `${longDate(isoDate)}: ${text}`,
  // A firm's sign-off, on a page that loaded its settings.
  approved: (firm: string, by: string, on: string, advice: string) =>
    `${by} approved this tool for ${firm} on ${longDate(on)}, having reviewed this page as it was for the advice as of ${longDate(advice)}.`,
  changedSince: (count: number) =>
    count === 1
      ? 'Our advice has changed once since then. The change is listed here, and marked in the list of changes below:'
      : `Our advice has changed ${count} times since then. The changes are listed here, and marked in the list of changes below:`,
  upToDate: 'Our advice has not changed since then.',
  newSince: 'New since your firm’s review',
} as const;
