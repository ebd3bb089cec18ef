/**
 * Words for a firm's own settings (the firm file, `firm.json`): the problems that refuse a
 * file, the notice readers see when a file is refused, and the firm's section on an outcome.
 * Field names stay as the file spells them: the people who fix a file read these messages
 * with the file open. The builder's form has its words in firmForm.ts, and what a page needs
 * before any file is read (the loader's problems, the notice) is in firmNotice.ts: neither
 * weighs on a reader's first load.
 */
import { longDate } from './site';
import { LOAD_PROBLEMS } from './firmNotice';

export { FIRM_NOTICE } from './firmNotice';

/** Why a firm file (or one of its fields) was refused. */
export const FIRM_PROBLEMS = {
  /** `where` is the path to the field, such as "points, number 3, text"; empty for the file. */
  problem: (where: string, what: string) =>
    where ? `The firm file’s ${where}: ${what}.` : `The firm file: ${what}.`,
  item: (n: number) => `number ${n}`,
  missing: 'it is missing',
  notObject: 'it should be an object of settings, written { … }',
  notList: 'it should be a list, written [ … ]',
  notText: 'it should be text in quotes',
  notNumber: 'it should be a number',
  wrongType: 'it is the wrong kind of value',
  version: 'it should be 1',
  empty: 'it is empty',
  emptyList: 'it is an empty list: leave the field out instead',
  tooLong: (max: number) => `it is longer than ${max} characters`,
  tooMany: (max: number) => `it has more than ${max} entries`,
  oneOf: (values: readonly string[]) => `it should be one of: ${values.join(', ')}`,
  unknownId: 'it is not an id this tool knows (see firm.schema.json)',
  unknownField: (name: string) => `“${name}” is not a field this tool knows`,
  blank: 'it has no words in it',
  plain:
    'it contains a line break, a tab, an invisible or unassigned character (such as a zero-width space or a blank filler), or more than two marks stacked on one letter',
  id: 'it should be 1 to 20 lower-case letters, digits or hyphens, such as risk-team',
  date: 'it should be a real date written YYYY-MM-DD, such as 2026-12-01, and not in the future',
  link: 'it should be a web address starting https:// or an e-mail address starting mailto:',
  https: 'it should be a web address starting https://',
  mailtoQuery:
    'a mailto: link must be a bare e-mail address, with no ? part (no cc, bcc, subject or body)',
  duplicateId: 'another contact already has this id',
  noContact: 'no contact in contacts has this id',
  repeated: 'it lists the same id more than once',
  unreadable: 'it could not be read',
  ...LOAD_PROBLEMS,
} as const;

/** The firm's own section on an outcome. */
export const FIRM_SECTION = {
  title: (firm: string) => `${firm}: your firm’s policy`,
  intro:
    'Your firm asks this of you. It is your firm’s own policy: not your professional body’s rules, and not our suggestion.',
  revised: (isoDate: string) => `Last reviewed by your firm on ${longDate(isoDate)}.`,
  contact: 'Contact:',
  /** Before a point the firm asks to be done before anything else, in its own section. */
  first: 'Before anything else:',
  /** The same point as the first of the outcome's next steps. */
  firstStep: (firm: string) => `${firm}’s policy, before anything else:`,
  policy: 'Read your firm’s social media policy',
  newTab: '(opens in a new tab)',
  /** The firm's lines in the decision as text (copy as text, print). */
  recordTitle: (firm: string, isoDate: string) =>
    `${firm}: your firm’s policy (reviewed by your firm on ${longDate(isoDate)})`,
  recordContact: (label: string, where: string) => `Contact: ${label}, ${where}`,
  recordPolicy: (url: string) => `Your firm’s social media policy: ${url}`,
  /** Before the escalation contact, among those to tell now on a red flag. */
  escalate: 'Tell your firm’s named contact now:',
} as const;

/** The firm's sign-off (`approved` in its file), on every outcome and on the sources page. */
export const FIRM_APPROVAL = {
  approved: (firm: string, by: string, on: string, advice: string) =>
    `${by} approved this tool for ${firm} on ${longDate(on)}, having reviewed its advice as of ${longDate(advice)}.`,
  changedTitle: (by: string) => `Our advice has changed since ${by} reviewed it`,
  changed: 'These changes came after your firm’s review, and your firm has not yet approved them:',
  changeLine: (date: string, text: string) => `${longDate(date)}: ${text}`,
  /** The record's line (copy as text, print). */
  recordApproved: (by: string, on: string, advice: string) =>
    `Approved for your firm by ${by} on ${longDate(on)} (advice as of ${longDate(advice)}).`,
  recordChanged: (advice: string) =>
    `Our advice has changed since the version your firm approved (${longDate(advice)}).`,
} as const;
