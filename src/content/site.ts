import { andList } from './lists';

// Dates in words: the one way the app writes a day. Written out rather than with
// Intl.DateTimeFormat, whose first use took 50 to 180 ms in Chromium here (it loads the
// locale's data), on the render of an outcome.
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

/** `2026-12-01` as `1 December 2026`. */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/**
 * A label before what it introduces ("Reasons:"), written as the language writes it: French
 * puts a space before the colon. Components call it rather than add the colon themselves.
 */
export const labelled = (label: string): string => `${label}:`;

/** Words that are not tied to one question or outcome. */
export const SITE = {
  name: 'Should I connect?',
  /** The start page says what the tool does in two sentences. */
  intro: [
    'Someone you don’t know has invited you to connect on LinkedIn.',
    'Answer a few short questions, one at a time, and get a clear recommendation, the reasons for it and exactly what to do next.',
  ],
  privacy:
    'It takes about two minutes. Your answers stay in your browser and in the link you can share: nothing is sent to us or anyone else.',
  start: 'Start now',
  credit: 'Based on advice by Kirsten Hodgson, legal-marketing consultant.',
  disclaimer:
    'This tool gives general guidance, not legal advice. Your professional body’s own rules and guidance always come first.',
  howItWorks: 'How it works',
  sources: 'Our sources',
  embedLink: 'Embed this tool on your intranet',
  continue: 'Continue',
  back: 'Back',
  startAgain: 'Start again',
  question: (n: number) => `Question ${n}`,
  errorSummaryTitle: 'There is a problem',
  /** When part of the app's code can't be fetched (offline, or a new version deployed). */
  loadFailedTitle: 'This part of the page didn’t load',
  loadFailed:
    'Check your connection, then reload the page. Any answers you have given are kept in the page’s address, so reloading loses nothing.',
  loadFailedPart:
    'Part of this page didn’t load. Check your connection, then reload the page: your answers are kept.',
  reload: 'Reload the page',
  changedNote: (labels: string[]) =>
    `After your change, ${labels.length === 1 ? 'this answer no longer applies' : 'these answers no longer apply'}: ${andList(labels)}.`,
} as const;

export const OUTCOME_UI = {
  /** A phone number, beside the name of whom it reaches (a helpline), on screen and in text. */
  phone: (phone: string) => `phone ${phone}`,
  recommendation: 'Our recommendation',
  reasons: 'Why',
  nextSteps: 'What to do next on LinkedIn',
  cautions: 'Also bear in mind',
  checkAnswers: 'Check your answers',
  /** Where a narrow column folds them (the embed in a sidebar). */
  showAnswers: (n: number) => `Show your ${n} answers, to change one`,
  yourAnswers: 'Your answers',
  copyText: 'Copy as text',
  copyTextLabel: 'The decision as text',
  printedOn: (isoDate: string) => `Printed on ${longDate(isoDate)}.`,
  change: 'Change',
  share: 'Share this decision',
  shareHint:
    'Anyone with this link sees the same answers and recommendation; nothing is stored on a server.',
  shareLabel: 'Link to this decision',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Press Ctrl+C (or ⌘C) to copy what is selected.',
  reopen: 'Link to come back when they reply',
  guidance: 'Your professional body’s guidance',
  /** The rules question's folded guidance. */
  bodyGuidance: 'What we know of your body’s guidance',
  /** Before the one plain line on whether the body objects to connecting with strangers. */
  position: 'In short:',
  lastReviewed: (date: string) => `Guidance summaries last reviewed ${date}.`,
  ruleBehind: 'The rule behind this',
  askHelpline: 'Questions to ask',
  showQuestions: (n: number) => `Show the ${n} questions`,
  showNote: 'The note to send them, once your rules allow it',
  /** A red flag for a reader who is not regulated (body=none): never "no rules apply". */
  noRuleUnregulated:
    'Your firm’s rules and policy apply to you. Contact with a party, juror, witness or judge in one of your firm’s matters belongs with the lawyer running that matter: it can harm the case.',
  ourSuggestion: 'Our suggestion (not a rule)',
  secondaryNote:
    'Known to us from a secondary source, not the official text: check the official wording before relying on it.',
  /** Other jurisdictions' rules on a red flag: folded, and labelled as not the reader's own. */
  elsewhere: 'What the rules say elsewhere',
  elsewhereHint:
    'These are other jurisdictions’ rules, not yours: they show how others treat this, nothing more.',
  whomToTell: 'Whom to tell now',
  /** The matter question's fold: why not to open the person's profile (LOOK_UP). */
  whyNotLookUp: 'Why not open their profile?',
  /** A red flag reached without the body question (only people they know): never asked. */
  noBodyAsked:
    'You were not asked who regulates you. If you are regulated, check your own body’s rules on this, or ask its ethics helpline. Other jurisdictions’ rules are under “What the rules say elsewhere”.',
  whatItSays: (n: number) =>
    n === 1
      ? 'What its rules and guidance say: 1 point'
      : `What its rules and guidance say: ${n} points`,
  linkedInChecked: (date: string) => `LinkedIn’s help pages checked ${date}.`,
  otherBody:
    'We don’t hold guidance for your body. Look for its code of conduct and any social media guidance, and check with your compliance team.',
  source: 'Source',
  sources: 'Sources',
  tip: 'A tip',
  reopenHint:
    'Bookmark this link or send it to yourself. It opens this decision at the question about their reply.',
} as const;
