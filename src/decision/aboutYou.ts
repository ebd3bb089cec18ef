import type { AnswerKey, Answers } from './steps';

/**
 * What readers say about themselves: the same from one invitation to the next. Everything
 * else they answer is about the person who invited them, and is never kept for the next one.
 */
export const ABOUT_YOU_KEYS = ['objectives', 'body', 'rules'] as const satisfies AnswerKey[];

/** The answers about the reader alone, for a new decision about another person. */
export function aboutYou(answers: Answers): Answers {
  const kept: Answers = {};
  if (answers.objectives) kept.objectives = answers.objectives;
  if (answers.body) kept.body = answers.body;
  if (answers.rules) kept.rules = answers.rules;
  return kept;
}

/** True when two sets of answers say the same about the reader. */
export function sameAboutYou(a: Answers, b: Answers): boolean {
  return ABOUT_YOU_KEYS.every((key) => String(a[key] ?? '') === String(b[key] ?? ''));
}
