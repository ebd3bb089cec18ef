/**
 * Words for a firm's own settings (the firm file, `firm.json`): the problems that refuse a
 * file, the notice readers see when a file is refused, the firm's section on an outcome and
 * the builder's form. Field names stay as the file spells them: the people who fix a file
 * read these messages with the file open.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-12-01` as `1 December 2026` (without Intl: see OUTCOME_UI.printedOn). */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

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
    'it contains a line break, a tab, another control character or an invisible formatting mark',
  id: 'it should be 1 to 20 lower-case letters, digits or hyphens, such as risk-team',
  date: 'it should be a real date written YYYY-MM-DD, such as 2026-12-01',
  link: 'it should be a web address starting https:// or an e-mail address starting mailto:',
  https: 'it should be a web address starting https://',
  mailtoQuery:
    'a mailto: link must be a bare e-mail address, with no ? part (no cc, bcc, subject or body)',
  duplicateId: 'another contact already has this id',
  noContact: 'no contact in contacts has this id',
  repeated: 'it lists the same id more than once',
  unreadable: 'it could not be read',
  // Loading the file (src/firm/loadPack.ts).
  notJson: 'The firm file is not valid JSON: check for a missing comma, quote or bracket.',
  tooBig: (kb: number) => `The firm file is larger than ${kb} KB.`,
  notFound: (path: string) => `The firm file ${path} was not found.`,
  httpError: (path: string, status: number) =>
    `The firm file ${path} could not be loaded (the server answered ${status}).`,
  network: (path: string) => `The firm file ${path} could not be loaded (a network error).`,
  badPackName:
    'The firm settings named in the page address (pack=…) are not a valid name: use 1 to 40 lower-case letters, digits or hyphens.',
} as const;

/** The notice shown when a firm's settings could not be used. */
export const FIRM_NOTICE = {
  title: 'Your firm’s settings are not in use',
  after:
    'The tool works as usual without them. Please tell whoever looks after this page on your intranet.',
} as const;

/** The firm's own section on an outcome. */
export const FIRM_SECTION = {
  title: (firm: string) => `${firm}: your firm’s policy`,
  intro:
    'Your firm asks this of you. It is your firm’s own policy: not your professional body’s rules, and not our suggestion.',
  revised: (isoDate: string) => `Last reviewed by your firm on ${longDate(isoDate)}.`,
  contact: 'Contact:',
  policy: 'Read your firm’s social media policy',
  newTab: '(opens in a new tab)',
  /** Before the escalation contact, among those to tell now on a red flag. */
  escalate: 'Tell your firm’s named contact now:',
} as const;

/** The builder's form for the firm file. */
export const FIRM_FORM = {
  title: 'Your firm’s settings file (optional)',
  intro: [
    'Add your firm’s own policy to each recommendation: points to follow, who to contact, and your social media policy. Fill in the form, check the preview, then download the file and put it beside the tool as firm.json.',
    'Everything in the file is shown as plain text. If the file has a mistake, the tool shows a short notice and works without it.',
  ],
  firm: {
    label: 'Firm name',
    hint: 'Shown above your points. Plain text, up to 80 characters.',
  },
  revised: {
    label: 'Date you last reviewed these settings',
    hint: 'Written YYYY-MM-DD, such as 2026-12-01. Shown in the record a lawyer keeps of a decision.',
  },
  policyUrl: {
    label: 'Link to your social media policy (optional)',
    hint: 'A web address starting https://, such as a page on your intranet.',
  },
  contacts: {
    legend: 'Contacts',
    hint: 'Up to 6 people or teams that your points and red flags can name.',
    item: (n: number) => `Contact ${n}`,
    id: 'Short id',
    idHint: 'Used inside the file only: lower-case letters, digits and hyphens, such as risk.',
    label: 'Name shown to readers',
    labelHint: 'Such as Risk and Compliance.',
    href: 'E-mail or web address',
    hrefHint:
      'mailto: and an address (such as mailto:risk@example.com), or a page starting https://.',
    add: 'Add a contact',
    addAnother: 'Add another contact',
    remove: (n: number) => `Remove contact ${n}`,
    max: 'You have added the most contacts a file can hold (6).',
  },
  escalate: {
    label: 'Who to tell when there is a red flag (optional)',
    hint: 'Named on every “Don’t accept” recommendation as someone to tell now.',
    none: 'Nobody in particular',
  },
  body: {
    label: 'Professional body (optional)',
    hint: 'Choose one if everyone at your firm answers to the same body: the tool then skips that question.',
    askEach: 'Ask each reader',
  },
  points: {
    legend: 'Your points',
    hint: 'Up to 20 short points. Each shows on the recommendations where its conditions hold.',
    item: (n: number) => `Point ${n}`,
    text: 'What to do',
    textHint: 'Plain text, up to 300 characters.',
    contact: 'Contact for this point (optional)',
    noContact: 'No contact',
    conditions: 'When to show it',
    conditionsHint:
      'Leave every box unticked to show the point on every recommendation. Ticks in one group: any of them. Ticks in several groups: all groups must match.',
    outcome: 'Recommendation',
    everywhere: 'Shown on every recommendation.',
    onlyWhen: (groups: string[]) => `Shown only when these match: ${groups.join('; ')}.`,
    add: 'Add a point',
    addAnother: 'Add another point',
    remove: (n: number) => `Remove point ${n}`,
    max: 'You have added the most points a file can hold (20).',
  },
  json: {
    label: 'Your firm.json',
    hint: 'This is the file. You can also copy it from here.',
  },
  download: 'Download firm.json',
  invalid: (n: number) =>
    n === 1
      ? 'There is 1 problem to fix before you can download the file.'
      : `There are ${n} problems to fix before you can download the file.`,
  showProblems: 'Show the problems',
  errorPrefix: 'Error:',
} as const;
