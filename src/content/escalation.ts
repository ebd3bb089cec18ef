import { longDate } from './site';

/**
 * The message a reader sends to the people a red flag says to tell: written for them, sent
 * by them from their own mail program (or pasted), never by the tool.
 */
export const ESCALATION_MESSAGE = {
  title: 'A message to send them',
  /** The link that opens the reader's mail program with the message; `label` is the firm's. */
  email: (label: string) => `Email ${label}`,
  emailHint:
    'This opens your own mail program with the message below written in. Nothing is sent until you send it.',
  copy: 'Copy the message',
  copyHint: 'Send it to those named under “Whom to tell now”. This tool sends nothing.',
  show: 'See the message',
  fieldLabel: 'The message to send',

  // The message itself.
  subject: (matter: string) => `A LinkedIn invitation to report: ${matter.toLowerCase()}`,
  intro:
    '“Should I connect?” flags this LinkedIn invitation as one to report. I have not accepted it.',
  date: (isoDate: string) => `Date: ${longDate(isoDate)}`,
  recommendation: (title: string) => `Recommendation: ${title}.`,
  tellTitle: 'Whom the tool says to tell:',
  /** Where some of those had to be cut short to keep the message short. */
  moreTell: 'The link shows whom to tell in full.',
  answersTitle: 'My answers:',
  /** Where answers had to be left out to keep the message short. */
  moreAnswers: 'All my answers are in the link below.',
  link: (url: string) => `The decision, with all my answers: ${url}`,
} as const;
