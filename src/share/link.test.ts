import { getSimplePaths } from '@xstate/graph';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_KEY, ANSWER_VALUES, type StepId } from '../decision/answers';
import { decisionMachine, outcomeOf, type AnswerEvent } from '../decision/machine';
import { pathAnswers, replay } from '../decision/replay';
import { formatLink, parseLink } from './link';

describe('parseLink', () => {
  it('reads the example link from the spec', () => {
    const parsed = parseLink(
      '?v=1&objectives=clients,media&body=nzls&rules=allowed&matter=none&invite=standard&profile=relevant',
    );
    expect(parsed).toEqual({
      ok: true,
      answers: {
        objectives: ['clients', 'media'],
        body: 'nzls',
        rules: 'allowed',
        matter: 'none',
        invite: 'standard',
        profile: 'relevant',
      },
    });
  });

  it.each([
    ['v=2&objectives=clients', 'version of the tool'],
    ['objectives=clients', 'does not say which version'],
    ['v=1&objectives=clients&body=mars', 'professional body is not one'],
    ['v=1&objectives=clients,', 'not one this tool knows'],
    ['v=1&objectives=known-only,clients', 'only people I know'],
    ['v=1&objectives=clients,clients', 'repeats'],
    ['v=1&objectives=clients&objectives=media', 'more than once'],
    ['v=1&colour=red', 'does not recognise'],
    [`v=1&objectives=${'a'.repeat(2001)}`, 'far longer'],
  ])('names what is wrong with %s', (query, words) => {
    const parsed = parseLink(query);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.message).join(' ')).toContain(words);
  });

  it('keeps the answers before the first damaged one', () => {
    const parsed = parseLink('v=1&objectives=clients&body=sra&rules=maybe&matter=none');
    expect(parsed.ok).toBe(false);
    expect(parsed.answers).toEqual({ objectives: ['clients'], body: 'sra' });
  });

  it('never returns markup from the link in a message', () => {
    const parsed = parseLink('v=1&body=<img src=x onerror=alert(1)>');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) for (const p of parsed.problems) expect(p.message).not.toContain('<');
  });

  it('parses an address once however often it is asked, and a new one afresh', () => {
    const first = parseLink('v=1&objectives=clients&body=sra');
    expect(parseLink('v=1&objectives=clients&body=sra')).toBe(first);
    const other = parseLink('v=1&objectives=clients&body=aba');
    expect(other).not.toBe(first);
    expect(other.answers).toEqual({ objectives: ['clients'], body: 'aba' });
    // Back to the first address: the right answers, whether kept or parsed again.
    expect(parseLink('v=1&objectives=clients&body=sra').answers).toEqual(first.answers);
  });
});

describe('formatLink', () => {
  it('is canonical: version first, step order, objectives in a fixed order', () => {
    expect(formatLink({ profile: 'relevant', objectives: ['media', 'clients'], body: 'aba' })).toBe(
      'v=1&objectives=clients,media&body=aba&profile=relevant',
    );
  });
});

const OBJECTIVE_SETS = [
  ['known-only'],
  ['careers'],
  ['clients', 'community'],
  ['clients', 'media', 'community', 'careers'],
];
const paths = getSimplePaths(decisionMachine, {
  input: {},
  events: (s) => {
    if (outcomeOf(s)) return [];
    const key = ANSWER_KEY[s.value as StepId];
    const values = key === 'objectives' ? OBJECTIVE_SETS : ANSWER_VALUES[key];
    return values.map((value) => ({ type: 'ANSWER', key, value }) as AnswerEvent);
  },
  serializeState: (s) => JSON.stringify([s.value, s.context.history, s.context.answers]),
});

describe('share link round trip', () => {
  it('every path (finished or not) reopens exactly where it was', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), (path) => {
        const link = formatLink(pathAnswers(path.state));
        const parsed = parseLink(link);
        expect(parsed.ok).toBe(true);
        const reopened = replay({ answers: parsed.answers });
        expect(reopened.value).toEqual(path.state.value);
        expect(formatLink(pathAnswers(reopened))).toBe(link);
      }),
      { numRuns: Math.min(paths.length, 2000) },
    );
  });

  it('arbitrary strings never throw and give answers or described problems', () => {
    const keyish = fc.constantFrom(
      'v',
      'objectives',
      'body',
      'rules',
      'matter',
      'invite',
      'profile',
      'reply',
      'spam',
      'x',
      '',
    );
    const query = fc.oneof(
      fc.string({ maxLength: 3000 }),
      fc
        .array(fc.tuple(keyish, fc.string({ maxLength: 40 })), { maxLength: 12 })
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(query, (q) => {
        const parsed = parseLink(q);
        if (parsed.ok) {
          const snapshot = replay({ answers: parsed.answers });
          expect(snapshot.status).toBe('active');
        } else {
          expect(parsed.problems.length).toBeGreaterThan(0);
          for (const p of parsed.problems) expect(p.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
