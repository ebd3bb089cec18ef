import {
  aloneIn,
  ANSWER_KEYS,
  OUTCOMES,
  STEPS,
  stepFor,
  type AnswerKey,
  type Answers,
  type OutcomeId,
} from '../decision/steps';
import { isPastDate } from './dates';

/**
 * The share link: `#/decision?v=1&objectives=clients,media&body=nzls…`, optionally with the
 * record keys `made=YYYY-MM-DD` and `was=<outcome id>`. Untrusted input: read against the step
 * table, never rendered, and only ever turned into answers that the machine then replays.
 */

export const FORMAT_VERSION = '1';
export const MAX_LINK_LENGTH = 2000;
/** The tool's first release: no link can have been made before it. */
export const FIRST_RELEASE = '2026-11-26';

/** When the decision was reached and what it recommended then. */
export interface LinkRecord {
  made?: string;
  was?: OutcomeId;
}

/**
 * What went wrong with one part of a link: `key` is the answer (or the version) it makes
 * untrustworthy. Words are the damaged-link screen's (./linkProblems.ts), fetched only with it.
 */
export type LinkProblem =
  | { kind: 'tooLong' | 'unknownPart' | 'badDate' | 'badWas'; key?: undefined }
  | { kind: 'noVersion' | 'unknownVersion'; key: 'v' }
  | { kind: 'repeated'; key?: AnswerKey | 'v'; part: AnswerKey | 'v' | 'made' | 'was' }
  | { kind: 'unknownAnswer' | 'repeatedAnswer' | 'notAlone'; key: AnswerKey };

export type ParsedLink =
  | { ok: true; answers: Answers; record: LinkRecord }
  | {
      ok: false;
      problems: LinkProblem[];
      /** the answers before the first damaged one */ answers: Answers;
    };

/**
 * One answer read against the step table, which is the link's schema: each id one the step
 * declares; a list step's ids comma-separated, none twice, and an id that stands alone alone.
 * (zod reads the nested files, the firm's settings and the embed's options; a flat key=value
 * checked against a table needs none of its code in a shared link's first load.)
 */
function readAnswer(
  key: AnswerKey,
  raw: string,
): { value: unknown } | { problem: 'unknownAnswer' | 'repeatedAnswer' | 'notAlone' } {
  const step = stepFor(key);
  const ids: readonly string[] = STEPS[step].values;
  if (!STEPS[step].multiple)
    return ids.includes(raw) ? { value: raw } : { problem: 'unknownAnswer' };
  const list = raw.split(',');
  if (!list.every((id) => ids.includes(id))) return { problem: 'unknownAnswer' };
  if (new Set(list).size !== list.length) return { problem: 'repeatedAnswer' };
  const alone = aloneIn(step);
  if (list.length > 1 && list.some((id) => alone.includes(id))) return { problem: 'notAlone' };
  return { value: list };
}

/** A `made` that could be true: a real day, from the first release to today. */
const isPossibleMade = (text: string, today: Date) =>
  isPastDate(text, today) && text >= FIRST_RELEASE;

const isAnswerKey = (key: string): key is AnswerKey => (ANSWER_KEYS as string[]).includes(key);

/** Reads the query part of a decision URL (with or without the leading `?`). */
export function parseLink(query: string, today = new Date()): ParsedLink {
  const search = query.startsWith('?') ? query.slice(1) : query;
  if (search.length > MAX_LINK_LENGTH)
    return { ok: false, problems: [{ kind: 'tooLong' }], answers: {} };

  const params = [...new URLSearchParams(search)];
  const problems: LinkProblem[] = [];
  const answers: Answers = {};
  const record: LinkRecord = {};
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (seen.has(key)) {
      const repeated = isAnswerKey(key) || key === 'v' || key === 'made' || key === 'was';
      problems.push(
        repeated
          ? { kind: 'repeated', key: isAnswerKey(key) || key === 'v' ? key : undefined, part: key }
          : { kind: 'unknownPart' },
      );
      if (isAnswerKey(key)) delete answers[key];
      continue;
    }
    seen.add(key);
    if (key === 'v') {
      if (raw !== FORMAT_VERSION) problems.push({ kind: 'unknownVersion', key: 'v' });
    } else if (key === 'made') {
      if (isPossibleMade(raw, today)) record.made = raw;
      else problems.push({ kind: 'badDate' });
    } else if (key === 'was') {
      if ((OUTCOMES as readonly string[]).includes(raw)) record.was = raw as OutcomeId;
      else problems.push({ kind: 'badWas' });
    } else if (isAnswerKey(key)) {
      const read = readAnswer(key, raw);
      if ('problem' in read) problems.push({ kind: read.problem, key });
      else Object.assign(answers, { [key]: read.value });
    } else {
      problems.push({ kind: 'unknownPart' });
    }
  }
  if (!seen.has('v') && params.length > 0) problems.push({ kind: 'noVersion', key: 'v' });

  if (problems.length === 0) return { ok: true, answers, record };
  // Another version's answers may mean something else: none of them can be trusted.
  if (problems.some((p) => p.key === 'v')) return { ok: false, problems, answers: {} };
  // Later answers may depend on a damaged one: keep only those before it, in step order.
  const firstBad = ANSWER_KEYS.findIndex((k) => problems.some((p) => p.key === k));
  if (firstBad >= 0) for (const k of ANSWER_KEYS.slice(firstBad)) delete answers[k];
  return { ok: false, problems, answers };
}

/** The canonical query: version first, answers in step order, lists in the table's order. */
export function formatLink(answers: Answers, record: LinkRecord = {}): string {
  const parts = [`v=${FORMAT_VERSION}`];
  for (const key of ANSWER_KEYS) {
    const value = answers[key];
    if (value === undefined) continue;
    const text = Array.isArray(value)
      ? STEPS[stepFor(key)].values.filter((v) => (value as string[]).includes(v)).join(',')
      : String(value);
    parts.push(`${key}=${text}`);
  }
  if (record.made) parts.push(`made=${record.made}`);
  if (record.was) parts.push(`was=${record.was}`);
  return parts.join('&');
}
