import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../decision/replay';
import { PATHS } from '../test/paths';
import { LINK_PROBLEMS } from '../content/link';
import { FIRST_RELEASE, formatLink, parseLink } from './link';
import { problemText } from './linkProblems';

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
      record: {},
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
    if (!parsed.ok) expect(parsed.problems.map(problemText).join(' ')).toContain(words);
  });

  it('keeps the answers before the first damaged one', () => {
    const parsed = parseLink('v=1&objectives=clients&body=sra&rules=maybe&matter=none');
    expect(parsed.ok).toBe(false);
    expect(parsed.answers).toEqual({ objectives: ['clients'], body: 'sra' });
  });

  it('never returns markup from the link in a message', () => {
    const parsed = parseLink('v=1&body=<img src=x onerror=alert(1)>');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) for (const p of parsed.problems) expect(problemText(p)).not.toContain('<');
  });

  it('a repeated version is a repeated key, not an unknown version', () => {
    const parsed = parseLink('v=1&v=1&objectives=clients');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems.map(problemText)).toEqual([
        'The link gives the tool’s version more than once.',
      ]);
  });

  it('reads the record keys: the day it was made and the recommendation then', () => {
    const today = new Date('2026-12-06T12:00:00Z');
    expect(parseLink('v=1&objectives=known-only&made=2026-11-30&was=accept', today)).toEqual({
      ok: true,
      answers: { objectives: ['known-only'] },
      record: { made: '2026-11-30', was: 'accept' },
    });
    for (const bad of ['made=2026-02-30', 'made=2027-01-01', 'made=yesterday', 'was=maybe'])
      expect(parseLink(`v=1&${bad}`, today).ok, bad).toBe(false);
  });

  it('takes a made date no earlier than the first release, which no link can predate', () => {
    const today = new Date('2026-12-06T12:00:00Z');
    expect(parseLink(`v=1&made=${FIRST_RELEASE}`, today).ok).toBe(true);
    for (const made of ['0001-01-01', '2026-01-02', '2026-11-25']) {
      const link = parseLink(`v=1&objectives=known-only&made=${made}&was=accept`, today);
      expect(link.ok, made).toBe(false);
      if (!link.ok) expect(link.problems.map(problemText)).toEqual([LINK_PROBLEMS.badDate]);
    }
  });

  it('never throws on a made that is no date at all', () => {
    for (const made of ['2026-13-01', '2026-00-10', '9999-99-99'])
      expect(parseLink(`v=1&made=${made}`).ok, made).toBe(false);
  });
});

describe('formatLink', () => {
  it('is canonical: version first, step order, objectives in a fixed order', () => {
    expect(formatLink({ profile: 'relevant', objectives: ['media', 'clients'], body: 'aba' })).toBe(
      'v=1&objectives=clients,media&body=aba&profile=relevant',
    );
  });
});

describe('share link round trip', () => {
  it('every path (finished or not) reopens exactly where it was', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), (path) => {
        const link = formatLink(path.state.context.answers);
        const parsed = parseLink(link);
        expect(parsed.ok).toBe(true);
        const reopened = replay(parsed.answers);
        expect(reopened.value).toEqual(path.state.value);
        expect(formatLink(reopened.context.answers)).toBe(link);
      }),
      { numRuns: Math.min(PATHS.length, 2000) },
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
      'made',
      'was',
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
          const snapshot = replay(parsed.answers);
          expect(snapshot.status).toBe('active');
        } else {
          expect(parsed.problems.length).toBeGreaterThan(0);
          for (const p of parsed.problems) expect(problemText(p).length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
