import type { AnswerKey } from '../decision/steps';

/** The screen for a damaged share link, and the problems it names. */
export const INVALID_LINK = {
  title: 'This link is damaged or out of date',
  intro:
    'We could not open the decision in this link, so nothing from it has been used. What we found:',
  resume: 'Continue from the last valid step',
  startAgain: 'Start again',
} as const;

/** Each answer as a link problem names it. */
const ANSWER_NAMES: Record<AnswerKey, string> = {
  objectives: 'what you use LinkedIn for',
  body: 'your professional body',
  rules: 'what your rules allow',
  matter: 'whether they are linked to a matter',
  invite: 'the invitation',
  profile: 'their profile',
  reply: 'their reply',
  spam: 'whether it is spam',
};

/** What can be wrong with a link, in words a reader can act on. */
export const LINK_PROBLEMS = {
  tooLong: 'The link is far longer than any real decision, so it was not opened.',
  noVersion: 'The link does not say which version of the tool made it.',
  unknownVersion: 'The link was made by a version of the tool that this one does not know.',
  unknownPart: 'The link contains a part this tool does not recognise.',
  repeated: (key: AnswerKey | 'v' | 'made' | 'was') =>
    key === 'v'
      ? 'The link gives the tool’s version more than once.'
      : key === 'made' || key === 'was'
        ? 'The link gives its date or its recommendation more than once.'
        : `The link gives ${ANSWER_NAMES[key]} more than once.`,
  unknownAnswer: (key: AnswerKey) =>
    `The answer for ${ANSWER_NAMES[key]} is not one this tool knows.`,
  repeatedAnswer: (key: AnswerKey) =>
    `The answer for ${ANSWER_NAMES[key]} repeats the same reason.`,
  notAlone: (key: AnswerKey) =>
    `The answer for ${ANSWER_NAMES[key]} mixes “only people I know” with other reasons.`,
  badDate:
    'The date the link says it was made is not a real date, is in the future, or comes before the tool was first released.',
  badWas: 'The recommendation the link records is not one this tool knows.',
};
