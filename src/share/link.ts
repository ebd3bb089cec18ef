import * as z from 'zod/mini';
import { keepLast } from '../app/keepLast';
import {
  ANSWER_KEY,
  ANSWER_VALUES,
  OBJECTIVES,
  STEPS,
  type AnswerKey,
  type Answers,
} from '../decision/answers';

/**
 * The share link: `#/decision?v=1&objectives=clients,media&body=nzls…`.
 * Untrusted input: parsed with a schema, never rendered as HTML, and only ever
 * turned into answers that the machine then replays.
 */

export const FORMAT_VERSION = '1';
export const MAX_LINK_LENGTH = 2000;

const ANSWER_KEYS = STEPS.map((s) => ANSWER_KEY[s]);

/** What went wrong with one part of a link, in words a user can act on. */
export interface LinkProblem {
  key?: AnswerKey | 'v';
  message: string;
}

export type ParsedLink =
  | { ok: true; answers: Answers }
  | { ok: false; problems: LinkProblem[]; /** the answers that were fine */ answers: Answers };

// Built once per key when first needed: making a schema costs more than using it.
const singles = new Map<AnswerKey, z.ZodMiniEnum<Record<string, string>>>();
function single(key: Exclude<AnswerKey, 'objectives'>) {
  let schema = singles.get(key);
  if (!schema) {
    schema = z.enum(ANSWER_VALUES[key] as [string, ...string[]]);
    singles.set(key, schema);
  }
  return schema;
}

const objectivesSchema = z.array(z.enum(OBJECTIVES)).check(
  z.minLength(1),
  z.refine((list) => new Set(list).size === list.length, 'repeated'),
  z.refine((list) => !(list.includes('known-only') && list.length > 1), 'known-only-alone'),
);

const LABELS: Record<AnswerKey, string> = {
  objectives: 'what you use LinkedIn for',
  body: 'your professional body',
  rules: 'what your rules allow',
  matter: 'whether they are linked to a matter',
  invite: 'the invitation',
  profile: 'their profile',
  reply: 'their reply',
  spam: 'whether it is spam',
};

function parseValue(key: AnswerKey, raw: string): { value?: unknown; problem?: string } {
  if (key === 'objectives') {
    const result = objectivesSchema.safeParse(raw.split(','));
    if (result.success) return { value: result.data };
    const issue = result.error.issues[0];
    if (issue?.message === 'known-only-alone')
      return {
        problem: `The answer for ${LABELS[key]} mixes “only people I know” with other reasons.`,
      };
    if (issue?.message === 'repeated')
      return { problem: `The answer for ${LABELS[key]} repeats the same reason.` };
    return { problem: `The answer for ${LABELS[key]} is not one this tool knows.` };
  }
  const result = single(key).safeParse(raw);
  return result.success
    ? { value: result.data }
    : { problem: `The answer for ${LABELS[key]} is not one this tool knows.` };
}

/**
 * Parses the query part of a decision URL (with or without the leading `?`). The last
 * result is kept: a route renders more than once for the same address (while its screens
 * load, and on every answer), and the result is only read, never changed.
 */
export const parseLink = keepLast((query: string) => query, parseQuery);

function parseQuery(query: string): ParsedLink {
  const search = query.startsWith('?') ? query.slice(1) : query;
  if (search.length > MAX_LINK_LENGTH) {
    return {
      ok: false,
      problems: [
        { message: 'The link is far longer than any real decision, so it was not opened.' },
      ],
      answers: {},
    };
  }
  const params = new URLSearchParams(search);
  const problems: LinkProblem[] = [];
  const answers: Answers = {};
  const seen = new Set<string>();

  const versions = params.getAll('v');
  if (versions.length === 0 && [...params.keys()].length > 0) {
    problems.push({
      key: 'v',
      message: 'The link does not say which version of the tool made it.',
    });
  } else if (versions.length > 1 || (versions.length === 1 && versions[0] !== FORMAT_VERSION)) {
    problems.push({
      key: 'v',
      message: 'The link was made by a version of the tool that this one does not know.',
    });
  }

  for (const [key, raw] of params) {
    if (key === 'v') continue;
    if (!(ANSWER_KEYS as string[]).includes(key)) {
      problems.push({ message: 'The link contains a part this tool does not recognise.' });
      continue;
    }
    const answerKey = key as AnswerKey;
    if (seen.has(key)) {
      problems.push({
        key: answerKey,
        message: `The link gives ${LABELS[answerKey]} more than once.`,
      });
      delete answers[answerKey];
      continue;
    }
    seen.add(key);
    const { value, problem } = parseValue(answerKey, raw);
    if (problem) problems.push({ key: answerKey, message: problem });
    else Object.assign(answers, { [answerKey]: value });
  }
  // Keep only answers before the first damaged one in step order: later ones may depend on it.
  if (problems.length > 0) {
    // An unknown version means none of the answers can be trusted to mean the same thing.
    if (problems.some((p) => p.key === 'v')) return { ok: false, problems, answers: {} };
    const firstBad = ANSWER_KEYS.findIndex((k) => problems.some((p) => p.key === k));
    if (firstBad >= 0) for (const k of ANSWER_KEYS.slice(firstBad)) delete answers[k];
    return { ok: false, problems, answers };
  }
  return { ok: true, answers };
}

/** The canonical query for a set of answers: version first, keys in step order, lists sorted. */
export function formatLink(answers: Answers): string {
  const parts = [`v=${FORMAT_VERSION}`];
  for (const key of ANSWER_KEYS) {
    const value = answers[key];
    if (value === undefined) continue;
    const text = Array.isArray(value)
      ? OBJECTIVES.filter((o) => value.includes(o)).join(',')
      : String(value);
    parts.push(`${key}=${text}`);
  }
  return parts.join('&');
}
