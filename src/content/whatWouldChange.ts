import { orList } from './lists';

// "What would change this?" on an outcome: its own module, loaded with that section once
// the outcome is on screen.

/** “A”, “B” or “C” */
const quotedOr = (items: string[]): string => orList(items.map((i) => `“${i}”`));

const CHANGE_THIS = 'Change this answer';

export const WHAT_WOULD_CHANGE = {
  title: 'What would change this?',
  hint: 'Each of these answers, changed on its own with the others kept, would lead to a different recommendation, or to a question you haven’t been asked yet.',
  none: 'No single answer, changed on its own, would lead to a different recommendation.',
  show: (n: number) =>
    n === 1 ? 'Show the answer that would' : `Show the ${n} answers that would`,
  /** `answers`: the other answers that each lead there, as the user saw them. */
  whatIf: (question: string, answers: string[], outcome: string) =>
    `If “${question}” were ${quotedOr(answers)}: ${outcome.charAt(0).toLowerCase()}${outcome.slice(1)}.`,
  whatIfAsks: (question: string, answers: string[], next: string) =>
    `If “${question}” were ${quotedOr(answers)}: you’d be asked “${next}” before we could recommend anything.`,
  changeThis: CHANGE_THIS,
  /** The same button for a screen reader, which hears it out of its sentence. */
  changeThisLabel: (question: string, answers: string[]) =>
    `${CHANGE_THIS}: ${question.toLowerCase()}, to ${orList(answers)}`,
} as const;
