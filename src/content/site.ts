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
  continue: 'Continue',
  back: 'Back',
  startAgain: 'Start again',
  question: (n: number) => `Question ${n}`,
  errorSummaryTitle: 'There is a problem',
  changedNote: (labels: string[]) =>
    `After your change, ${labels.length === 1 ? 'this answer no longer applies' : 'these answers no longer apply'}: ${labels.join(', ')}.`,
} as const;

/** “A”, “B” or “C” */
function quotedOr(items: string[]): string {
  const q = items.map((i) => `“${i}”`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

export const OUTCOME_UI = {
  recommendation: 'Our recommendation',
  reasons: 'Why',
  nextSteps: 'What to do next on LinkedIn',
  cautions: 'Also bear in mind',
  checkAnswers: 'Check your answers',
  yourAnswers: 'Your answers',
  whatWouldChange: 'What would change this?',
  whatWouldChangeHint:
    'Each of these answers, changed on its own with the others kept, would lead to a different recommendation, or to a question you haven’t been asked yet.',
  whatWouldChangeNone:
    'No single answer, changed on its own, would lead to a different recommendation.',
  /** `answers`: the other answers that each lead there, as the user saw them. */
  whatIf: (question: string, answers: string[], outcome: string) =>
    `If “${question}” were ${quotedOr(answers)}: ${outcome.charAt(0).toLowerCase()}${outcome.slice(1)}.`,
  whatIfAsks: (question: string, answers: string[], next: string) =>
    `If “${question}” were ${quotedOr(answers)}: you’d be asked “${next}” before we could recommend anything.`,
  changeThis: 'Change this answer',
  copyText: 'Copy as text',
  copyTextLabel: 'The decision as text',
  // Written out rather than with Intl: its first use costs a phone tens of milliseconds
  // while the outcome renders, for a line that only shows on paper.
  printedOn: (d: Date) => `Printed on ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}.`,
  change: 'Change',
  share: 'Share this decision',
  shareHint:
    'Anyone with this link sees the same answers and recommendation. The answers are in the link itself; nothing is stored on a server.',
  shareLabel: 'Link to this decision',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Press Ctrl+C (or ⌘C) to copy what is selected.',
  messageToSend: 'The note to send',
  copyNote: 'Copy note',
  reopen: 'Link to come back when they reply',
  guidance: 'Your professional body’s guidance',
  lastReviewed: (date: string) => `Guidance summaries last reviewed ${date}.`,
  ruleBehind: 'The rule behind this',
  askHelpline: 'Questions to ask',
  noRuleKnown:
    'We have no checked source for this rule in your jurisdiction, so check your own professional body’s rules; treat the contact as off-limits until you have.',
  noRuleUnregulated:
    'Even without a professional body, contact with someone on the other side of a case, a juror, a witness or a judge can harm the case and may break the law. Leave it to the lawyers running the matter.',
  otherBody:
    'We don’t hold guidance for your body. Look for its code of conduct and any social media guidance, and check with your compliance team.',
  source: 'Source',
  sources: 'Sources',
  tip: 'A tip',
  reopenHint:
    'Bookmark this link or send it to yourself. It opens this decision at the question about their reply.',
  noteLabel: 'Your note (edit it if you like)',
  noteVariants: 'Choose a version of the note',
  noteCount: (n: number, limit: number) => `${n} of ${limit} characters`,
  noteTooLong: ': too long for a LinkedIn note, please shorten it',
} as const;

export const INVALID_LINK = {
  title: 'This link is damaged or out of date',
  intro:
    'We could not open the decision in this link, so nothing from it has been used. What we found:',
  resume: 'Continue from the last valid step',
  startAgain: 'Start again',
} as const;
