import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BODY_IDS } from '../decision/steps';
import { copy, VALID } from './fixtures';
import { isPlainText } from '../embed/plainText';
import { safeLink } from '../embed/safeLink';
import { today } from '../share/dates';
import { DISGUISES } from '../test/disguises';
import { checkFirmSettings, inLanguage, readFirmSettings, textIn, type FirmFile } from './settings';

type Edit = (file: Record<string, unknown>) => void;
const points = (f: Record<string, unknown>) => f.points as Record<string, unknown>[];
const contacts = (f: Record<string, unknown>) => f.contacts as Record<string, unknown>[];
const point = (f: Record<string, unknown>, i: number) => points(f)[i]!;
const contact = (f: Record<string, unknown>, i: number) => contacts(f)[i]!;

function refusal(edit: Edit): string {
  const file = copy();
  edit(file);
  const result = readFirmSettings(file);
  if (result.ok) throw new Error('the file was accepted');
  return result.problem;
}

describe('readFirmSettings', () => {
  it('accepts a valid file that uses every field, and returns it as it was', () => {
    expect(readFirmSettings(copy())).toEqual({ ok: true, settings: VALID });
  });

  it('accepts the smallest file: version, firm and revised', () => {
    const r = readFirmSettings({ version: 1, firm: 'A', revised: '2024-02-29' });
    expect(r.ok).toBe(true);
  });

  it('reads the example in docs/examples/firm.json', () => {
    const file: unknown = JSON.parse(readFileSync('docs/examples/firm.json', 'utf8'));
    const r = readFirmSettings(file);
    expect(r.ok ? 'ok' : r.problem).toBe('ok');
  });

  // Each case: what is wrong, and the words the message must contain (the field's path).
  const cases: [string, Edit, string][] = [
    ['an unknown field', (f) => (f.colour = 'red'), 'The firm file: “colour” is not a field'],
    ['a missing version', (f) => delete f.version, 'version: it is missing'],
    ['version 2', (f) => (f.version = 2), 'version: it should be 1'],
    ['version "1"', (f) => (f.version = '1'), 'version: it should be 1'],
    ['a missing firm', (f) => delete f.firm, 'firm: it is missing'],
    ['an empty firm', (f) => (f.firm = ''), 'firm: it is empty'],
    ['a blank firm', (f) => (f.firm = '   '), 'firm: it has no words'],
    ['a firm of 81 characters', (f) => (f.firm = 'x'.repeat(81)), 'firm: it is longer than 80'],
    ['a firm with a line break', (f) => (f.firm = 'A\nB'), 'firm: it contains a line break'],
    ['a firm with a bidi override', (f) => (f.firm = 'A\u202eB'), 'firm: it contains'],
    ['a firm with a lone surrogate', (f) => (f.firm = 'A\ud800'), 'firm: it contains'],
    [
      'a firm with tag characters (invisible, beyond the first 65,536 code points)',
      (f) => (f.firm = 'Hartley & Rowe\u{E0049}\u{E0054}'),
      'firm: it contains',
    ],
    ['a firm that is one Hangul filler (U+3164)', (f) => (f.firm = '\u3164'), 'firm: it contains'],
    ['a firm of blank Braille (U+2800)', (f) => (f.firm = '\u2800\u2800'), 'firm: it contains'],
    ['a firm of Hangul fillers (U+115F, U+1160)', (f) => (f.firm = '\u115f\u1160'), 'firm'],
    ['a firm with a halfwidth filler (U+FFA0)', (f) => (f.firm = 'A\uffa0'), 'firm: it contains'],
    [
      'a firm with stacked combining marks',
      (f) => (f.firm = `Hartley${'\u0301\u0300\u0302'.repeat(10)}`),
      'firm: it contains a line break, a tab, an invisible or unassigned character',
    ],
    ['a firm with a private-use character', (f) => (f.firm = 'A\u{F0000}'), 'firm: it contains'],
    ['a firm with an unassigned code point', (f) => (f.firm = 'A\u0378'), 'firm: it contains'],
    ['a firm that is a number', (f) => (f.firm = 7), 'firm: it should be text'],
    ['a missing revised', (f) => delete f.revised, 'revised: it is missing'],
    [
      'a revised date that is not a date',
      (f) => (f.revised = '1/12/2026'),
      'revised: it should be a real date',
    ],
    [
      'a revised date that does not exist',
      (f) => (f.revised = '2026-02-30'),
      'revised: it should be a real date',
    ],
    [
      'a revised date in the future',
      (f) => (f.revised = '9999-12-31'),
      'revised: it should be a real date written YYYY-MM-DD, such as 2026-12-01, and not in the future',
    ],
    [
      'a policyUrl with a zero-width space',
      (f) => (f.policyUrl = 'https://intranet.example.com/\u200bpolicy'),
      'policyUrl: it contains',
    ],
    [
      'a policyUrl on a host that is no DNS name',
      (f) => (f.policyUrl = `https://${'a'.repeat(64)}.example.com/`),
      'policyUrl: it should be a web address',
    ],
    [
      'a policyUrl on http',
      (f) => (f.policyUrl = 'http://example.com'),
      'policyUrl: it should be a web address starting https://',
    ],
    [
      'a policyUrl that is mailto',
      (f) => (f.policyUrl = 'mailto:a@example.com'),
      'policyUrl: it should be a web address',
    ],
    [
      'a javascript: policyUrl',
      (f) => (f.policyUrl = 'javascript:alert(1)'),
      'policyUrl: it should be a web address',
    ],
    [
      'a policyUrl with a user name',
      (f) => (f.policyUrl = 'https://me:pw@example.com/'),
      'policyUrl: it should be a web address',
    ],
    ['a policyUrl with a space', (f) => (f.policyUrl = 'https://example.com/a b'), 'policyUrl'],
    [
      'a policyUrl far too long',
      (f) => (f.policyUrl = `https://example.com/${'a'.repeat(500)}`),
      'policyUrl: it is longer than 500',
    ],
    ['contacts that are not a list', (f) => (f.contacts = {}), 'contacts: it should be a list'],
    [
      'no contacts in the list',
      (f) => {
        f.contacts = [];
        delete f.escalate;
        points(f).forEach((p) => delete p.contact);
      },
      'contacts: it is an empty list',
    ],
    [
      'seven contacts',
      (f) =>
        (f.contacts = Array.from({ length: 7 }, (_, i) => ({
          id: `c${i}`,
          label: 'C',
          href: 'mailto:c@example.com',
        }))),
      'contacts: it has more than 6',
    ],
    [
      'a contact with an unknown field',
      (f) => (contact(f, 1).phone = '123'),
      'contacts, number 2: “phone” is not a field',
    ],
    [
      'a contact without an id',
      (f) => delete contact(f, 0).id,
      'contacts, number 1, id: it is missing',
    ],
    [
      'a contact id with capitals',
      (f) => (contact(f, 0).id = 'Risk'),
      'contacts, number 1, id: it should be 1 to 20 lower-case',
    ],
    [
      'a contact id of 21 characters',
      (f) => (contact(f, 0).id = 'r'.repeat(21)),
      'contacts, number 1, id',
    ],
    [
      'two contacts with the same id',
      (f) => (contact(f, 1).id = 'risk'),
      'contacts, number 2, id: another contact already has this id',
    ],
    [
      'a contact label too long',
      (f) => (contact(f, 1).label = 'x'.repeat(81)),
      'contacts, number 2, label: it is longer than 80',
    ],
    [
      'a contact label with a tab',
      (f) => (contact(f, 1).label = 'a\tb'),
      'contacts, number 2, label: it contains',
    ],
    [
      'a javascript: contact',
      (f) => (contact(f, 1).href = 'javascript:alert(1)'),
      'contacts, number 2, href: it should be a web address starting https:// or an e-mail',
    ],
    [
      'a data: contact',
      (f) => (contact(f, 1).href = 'data:text/html,<script>alert(1)</script>'),
      'contacts, number 2, href',
    ],
    [
      'an http: contact',
      (f) => (contact(f, 1).href = 'http://example.com'),
      'contacts, number 2, href',
    ],
    [
      'an upper-case scheme',
      (f) => (contact(f, 1).href = 'HTTPS://example.com'),
      'contacts, number 2, href',
    ],
    [
      'a mailto with a subject',
      (f) => (contact(f, 0).href = 'mailto:risk@example.com?subject=Hi'),
      'contacts, number 1, href: a mailto: link must be a bare e-mail address',
    ],
    [
      'a mailto with a bcc',
      (f) => (contact(f, 0).href = 'mailto:risk@example.com?bcc=spy@evil.com'),
      'no cc, bcc, subject or body',
    ],
    [
      'a mailto with an encoded query',
      (f) => (contact(f, 0).href = 'mailto:risk@example.com%3Fcc=x@y.z'),
      'contacts, number 1, href: a mailto: link must be a bare',
    ],
    [
      'a mailto with two addresses',
      (f) => (contact(f, 0).href = 'mailto:a@example.com,b@example.com'),
      'contacts, number 1, href',
    ],
    [
      'a mailto with a letter from another script before the @',
      (f) => (contact(f, 0).href = 'mailto:r\u0456sk@example.com'),
      'contacts, number 1, href',
    ],
    [
      'a mailto without an address',
      (f) => (contact(f, 0).href = 'mailto:'),
      'contacts, number 1, href',
    ],
    [
      'an escalate that is not a contact',
      (f) => (f.escalate = 'partner'),
      'escalate: no contact in contacts has this id',
    ],
    [
      'an escalate without contacts',
      (f) => {
        delete f.contacts;
        points(f).forEach((p) => delete p.contact);
      },
      'escalate: no contact',
    ],
    [
      'an escalate that is not an id',
      (f) => (f.escalate = 'Risk team'),
      'escalate: it should be 1 to 20',
    ],
    ['an unknown body', (f) => (f.body = 'law-society'), 'body: it is not an id this tool knows'],
    ['points that are not a list', (f) => (f.points = 'be nice'), 'points: it should be a list'],
    [
      '21 points',
      (f) => (f.points = Array.from({ length: 21 }, () => ({ text: 'x' }))),
      'points: it has more than 20',
    ],
    [
      'a point with an unknown field',
      (f) => (point(f, 0).title = 'x'),
      'points, number 1: “title” is not a field',
    ],
    [
      'a point without text',
      (f) => delete point(f, 2).text,
      'points, number 3, text: it is missing',
    ],
    [
      'a point text of 301 characters',
      (f) => (point(f, 2).text = 'x'.repeat(301)),
      'The firm file’s points, number 3, text: it is longer than 300 characters.',
    ],
    [
      'a point text with a null character',
      (f) => (point(f, 0).text = 'a\u0000b'),
      'points, number 1, text: it contains',
    ],
    [
      'a point contact that is not defined',
      (f) => (point(f, 1).contact = 'hr'),
      'points, number 2, contact: no contact in contacts has this id',
    ],
    [
      'a when that is a list',
      (f) => (point(f, 1).when = ['media']),
      'points, number 2, when: it should be an object',
    ],
    [
      'a when with an unknown key',
      (f) => (point(f, 1).when = { colour: ['red'] }),
      'points, number 2, when: “colour” is not a field',
    ],
    [
      'a when with an unknown outcome',
      (f) => (point(f, 1).when = { outcome: ['maybe'] }),
      'points, number 2, when, outcome, number 1: it should be one of: accept, ignore',
    ],
    [
      'a when with an unknown objective',
      (f) => (point(f, 1).when = { objectives: ['fun'] }),
      'points, number 2, when, objectives, number 1',
    ],
    [
      'a when with an unknown body',
      (f) => (point(f, 1).when = { body: ['sra', 'xyz'] }),
      'points, number 2, when, body, number 2: it is not an id',
    ],
    [
      'a when with an unknown matter',
      (f) => (point(f, 1).when = { matter: ['client'] }),
      'when, matter, number 1',
    ],
    [
      'a when with an unknown rules value',
      (f) => (point(f, 1).when = { rules: ['yes'] }),
      'when, rules, number 1',
    ],
    [
      'a when with an unknown invite',
      (f) => (point(f, 1).when = { invite: ['x'] }),
      'when, invite, number 1',
    ],
    [
      'a when with an unknown profile',
      (f) => (point(f, 1).when = { profile: ['x'] }),
      'when, profile, number 1',
    ],
    [
      'a when with an unknown reply',
      (f) => (point(f, 1).when = { reply: ['x'] }),
      'when, reply, number 1',
    ],
    [
      'a when with an unknown spam value',
      (f) => (point(f, 1).when = { spam: ['x'] }),
      'when, spam, number 1',
    ],
    [
      'a when value that is not a list',
      (f) => (point(f, 1).when = { outcome: 'accept' }),
      'when, outcome: it should be a list',
    ],
    [
      'a when with an empty list',
      (f) => (point(f, 1).when = { outcome: [] }),
      'when, outcome: it is an empty list',
    ],
    [
      'a when that repeats an id',
      (f) => (point(f, 1).when = { outcome: ['accept', 'accept'] }),
      'when, outcome: it lists the same id more than once',
    ],
  ];

  it.each(cases)('refuses %s, naming the field', (_, edit, words) => {
    expect(refusal(edit)).toContain(words);
  });

  const twoLanguages: [string, Edit, string][] = [
    ['a firm of neither language', (f) => (f.firm = {}), 'firm: it has no words'],
    ['a firm with an empty French', (f) => (f.firm = { en: 'A', fr: '' }), 'firm, fr: it is empty'],
    ['a firm in a third language', (f) => (f.firm = { en: 'A', de: 'B' }), '“de” is not a field'],
    ['a firm as a number', (f) => (f.firm = 7), 'firm: it should be text'],
    ['a firm as a list of languages', (f) => (f.firm = ['A', 'B']), 'firm: it should be text'],
    [
      'a French label with a line break',
      (f) => (contact(f, 0).label = { en: 'Risk', fr: 'Risques\nConformité' }),
      'contacts, number 1, label, fr: it contains a line break',
    ],
    [
      'a French label with a zero-width space',
      (f) => (contact(f, 0).label = { fr: 'Risques\u200b' }),
      'label, fr: it contains',
    ],
    [
      'an English point text of 301 characters',
      (f) => (point(f, 0).text = { en: 'x'.repeat(301), fr: 'Court.' }),
      'points, number 1, text, en: it is longer than 300',
    ],
    [
      'a blank French point text',
      (f) => (point(f, 0).text = { en: 'Short.', fr: '  ' }),
      'text, fr: it has no words',
    ],
  ];

  it.each(twoLanguages)(
    'refuses text in two languages with %s, naming the field',
    (_, edit, words) => {
      expect(refusal(edit)).toContain(words);
    },
  );

  it('refuses what is not an object of settings', () => {
    for (const json of [null, [], 'firm', 1, true])
      expect(readFirmSettings(json)).toEqual({
        ok: false,
        problem: 'The firm file: it should be an object of settings, written { … }.',
      });
  });

  it('never throws, even on an object that throws when read', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    const r = readFirmSettings(hostile);
    expect(r.ok).toBe(false);
  });

  it('refuses __proto__ and constructor as fields, and changes no prototype', () => {
    const file = JSON.parse(
      '{"version":1,"firm":"A","revised":"2026-01-01","__proto__":{"polluted":true}}',
    ) as unknown;
    expect(readFirmSettings(file)).toEqual({
      ok: false,
      problem: 'The firm file: “__proto__” is not a field this tool knows.',
    });
    expect(readFirmSettings({ ...copy(), constructor: 'x' }).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('quotes an unknown field’s name only as safe, short text', () => {
    const problem = refusal((f) => (f[`<img src=x onerror=alert(1)>\n${'y'.repeat(50)}`] = 1));
    expect(problem).not.toContain('\n');
    expect(problem).toContain('“<img src=x onerror=alert(1)>yy');
    expect(problem).toContain('…”');
  });

  it('accepts every body id of the decision, as fixed body and in a when', () => {
    for (const body of BODY_IDS) {
      const f = copy();
      f.body = body;
      point(f, 0).when = { body: [body] };
      expect(readFirmSettings(f).ok).toBe(true);
    }
  });

  it('accepts a date of today or the past, and a day ahead (a time zone ahead of the reader)', () => {
    for (const revised of ['1999-01-01', today()])
      expect(readFirmSettings({ ...copy(), revised }).ok).toBe(true);
  });

  it('accepts a mail domain outside ASCII, which is shown and linked in its xn-- form', () => {
    const f = copy();
    contact(f, 0).href = 'mailto:risk@hartley-r\u043ewe.com';
    const r = readFirmSettings(f);
    expect(r.ok).toBe(true);
    if (r.ok) expect(safeLink(r.settings.contacts?.[0]?.href)?.display).toMatch(/^risk@xn--/);
  });

  it('accepts text with markup in it (it is shown as text), emoji and accents', () => {
    const f = copy();
    f.firm = 'Müller <b>&</b> Søn 📞 Tiếng Việt';
    point(f, 0).text = '<script>alert(1)</script> <img src=x onerror=alert(1)>';
    expect(readFirmSettings(f).ok).toBe(true);
  });

  it('accepts each text as one text, or in English, French or both', () => {
    for (const firm of ['Hartley', { en: 'Hartley' }, { fr: 'Hartley' }, { en: 'H', fr: 'H' }]) {
      const f = copy();
      f.firm = firm;
      contact(f, 0).label = firm;
      point(f, 0).text = firm;
      const r = readFirmSettings(f);
      expect(r.ok ? r.settings.firm : r.problem).toEqual(firm);
    }
  });

  it('lists every problem for the builder, each with its path', () => {
    const f = copy();
    f.firm = '';
    point(f, 2).text = 'x'.repeat(301);
    const r = checkFirmSettings(f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual([['firm'], ['points', 2, 'text']]);
  });
});

describe('a firm’s text in two languages', () => {
  const both = { en: 'Risk and Compliance', fr: 'Risques et conformité' };

  it('is shown in the reader’s language', () => {
    expect(textIn(both, 'en')).toBe('Risk and Compliance');
    expect(textIn(both, 'fr')).toBe('Risques et conformité');
  });

  it('is shown in the other language when the file has only that one', () => {
    expect(textIn({ en: 'Risk' }, 'fr')).toBe('Risk');
    expect(textIn({ fr: 'Risques' }, 'en')).toBe('Risques');
  });

  it('is one text for every page when written as one', () => {
    expect(textIn('Risk', 'fr')).toBe('Risk');
  });

  it('is given to the parts that show it in the page’s language, everything else as it is', () => {
    const file: FirmFile = {
      ...VALID,
      firm: { en: 'Hartley & Rowe LLP', fr: 'Hartley & Rowe S.E.N.C.R.L.' },
      contacts: [{ id: 'risk', label: both, href: 'mailto:risk@example.com' }],
      points: [{ text: { fr: 'Signalez tout contact d’un juré.' }, contact: 'risk', first: true }],
    };
    expect(inLanguage(file, 'fr')).toEqual({
      ...file,
      firm: 'Hartley & Rowe S.E.N.C.R.L.',
      contacts: [{ id: 'risk', label: 'Risques et conformité', href: 'mailto:risk@example.com' }],
      points: [{ text: 'Signalez tout contact d’un juré.', contact: 'risk', first: true }],
    });
    expect(inLanguage(file, 'en')).toMatchObject({
      firm: 'Hartley & Rowe LLP',
      contacts: [{ label: 'Risk and Compliance' }],
      points: [{ text: 'Signalez tout contact d’un juré.' }],
    });
    expect(inLanguage(VALID, 'fr')).toEqual(VALID);
  });
});

/** Every link the settings hold. */
function linksOf(settings: FirmFile): string[] {
  return [settings.policyUrl, ...(settings.contacts ?? []).map((c) => c.href)].filter(
    (h): h is string => h !== undefined,
  );
}

/** Every text the settings hold, in each of its languages, hides nothing. */
function expectPlainText(settings: FirmFile) {
  const texts = [
    settings.firm,
    ...(settings.contacts ?? []).map((c) => c.label),
    ...(settings.points ?? []).map((p) => p.text),
  ].flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const text of texts) expect(isPlainText(text), JSON.stringify(text)).toBe(true);
}

function expectSafeLinks(settings: FirmFile) {
  for (const href of linksOf(settings)) {
    const url = new URL(href);
    expect(['https:', 'mailto:']).toContain(url.protocol);
    if (url.protocol === 'mailto:') expect(href).not.toMatch(/[?#%&]/);
    expect(safeLink(href)).toBeDefined();
  }
}

describe('readFirmSettings on any input (fast-check)', () => {
  it('never throws on arbitrary JSON, and what it accepts has only safe links', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const r = readFirmSettings(json);
        if (r.ok) expectSafeLinks(r.settings);
        else expect(typeof r.problem).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  const hiding = fc.constantFrom(...DISGUISES);
  const text = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.array(fc.oneof(hiding, fc.string({ maxLength: 3 }))).map((parts) => parts.join('')),
  );
  // Changes that keep the file's shape, so that many of them reach the finer checks.
  const link = fc.oneof(
    fc.constantFrom(
      'javascript:alert(1)',
      'mailto:a@b.co?cc=c@d.co',
      'mailto:a@b.co%3Fbcc=x',
      'https://ok.example.com/',
      'mailto:ok@example.com',
      'http://example.com',
      'data:,x',
      ' https://example.com',
      'https://example.com\u2028',
    ),
    fc.webUrl(),
    fc.emailAddress().map((e) => `mailto:${e}`),
    fc.string().map((s) => `mailto:${s}`),
    fc.string().map((s) => `https://${s}`),
    fc.string(),
    fc.string({ unit: 'binary' }),
    hiding.map((h) => `mailto:risk@exa${h}mple.com`),
    hiding.map((h) => `https://exa${h}mple.com/`),
  );
  const paths = ['policyUrl', 'contacts.0.href', 'contacts.1.href'];
  // A text in two languages, each as hostile as any text.
  const languages = fc.record({ en: text, fr: text, de: fc.string() }, { requiredKeys: [] });
  const anyValue = fc.oneof(fc.jsonValue(), link, text, languages);

  it('never throws on mutations of a valid file, and never lets a bad link through', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(...paths),
              fc.constantFrom(
                'version',
                'firm',
                'revised',
                'escalate',
                'body',
                'contacts',
                'points',
                'contacts.0.id',
                'contacts.1.label',
                'points.0.text',
                'points.1.text',
                'contacts.0.label',
                'points.1.when',
                'points.1.when.outcome',
                'points.2.contact',
                'extra',
              ),
            ),
            fc.oneof(link, anyValue),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        (edits) => {
          const f = copy();
          for (const [path, value] of edits) set(f, path, value);
          const r = readFirmSettings(f);
          if (r.ok) expectSafeLinks(r.settings);
          if (r.ok) expectPlainText(r.settings);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** Sets a value at a dotted path, where the path still exists. */
function set(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let at: unknown = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return;
    at = (at as Record<string, unknown>)[key];
  }
  if (typeof at === 'object' && at !== null) (at as Record<string, unknown>)[keys.at(-1)!] = value;
}

describe('docs/firm-settings.md', () => {
  it('shows the same full example as docs/examples/firm.json', () => {
    const doc = readFileSync('docs/firm-settings.md', 'utf8');
    const example = /## A full example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(JSON.parse(example ?? '')).toEqual(
      JSON.parse(readFileSync('docs/examples/firm.json', 'utf8')),
    );
  });
});
