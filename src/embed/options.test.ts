import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_OPTIONS, MAX_QUERY_LENGTH, parseEmbedOptions } from './options';
import { isPlainText } from './plainText';
import { DISGUISES } from '../test/disguises';

/** The options as a page framed by an intranet page reads them (unless `framed` is false). */
const parse = (query: string, framed = true) => {
  const warn = vi.fn<(message: string) => void>();
  const options = parseEmbedOptions(query, { framed }, warn);
  return { options, warnings: warn.mock.calls.map(([m]) => m) };
};

describe('parseEmbedOptions', () => {
  it('gives the defaults for no options', () => {
    expect(parse('')).toEqual({ options: DEFAULT_OPTIONS, warnings: [] });
    expect(parse('?').options).toEqual(DEFAULT_OPTIONS);
  });

  it('reads every option in the spec’s table', () => {
    const { options, warnings } = parse(
      '?firm=Smith+%26+Co&accent=00467F&theme=dark&body=nzls&contact=https%3A%2F%2Fintranet.smith.example%2Fask&title=0&frameId=sic-1_A&events=1',
    );
    expect(warnings).toEqual([]);
    expect(options).toEqual({
      firm: 'Smith & Co',
      accent: '00467f',
      theme: 'dark',
      body: 'nzls',
      contact: {
        href: 'https://intranet.smith.example/ask',
        kind: 'web',
        display: 'intranet.smith.example',
      },
      showTitle: false,
      frameId: 'sic-1_A',
      events: true,
    });
  });

  it('takes pack=<id>, the firm file to read, without a warning; a bad name is ignored with one', () => {
    expect(parse('pack=acme-2')).toEqual({
      options: { ...DEFAULT_OPTIONS, pack: 'acme-2' },
      warnings: [],
    });
    const bad = parse('pack=..%2Fsecret');
    expect(bad.options.pack).toBeUndefined();
    expect(bad.warnings).toEqual([expect.stringContaining('"pack"')]);
  });

  it('accepts mailto: contacts and every body id, and tidies a firm’s spaces', () => {
    expect(parse('contact=mailto:knowledge@smith.example').options.contact).toEqual({
      href: 'mailto:knowledge@smith.example',
      kind: 'email',
      display: 'knowledge@smith.example',
    });
    for (const body of ['sra', 'bsb', 'au-solicitors', 'ca-flsc', 'other', 'none'])
      expect(parse(`body=${body}`).options.body).toBe(body);
    expect(parse('firm=%20%20Smith%20%20%26%20%20Co%20').options.firm).toBe('Smith & Co');
    expect(parse('firm=Müller+%26+Søn+(Zürich)').options.firm).toBe('Müller & Søn (Zürich)');
  });

  it('takes a name with markup characters as the text it is (it is never read as markup)', () => {
    expect(parse('firm=Smith+%26+Co+%3CLegal%3E').options.firm).toBe('Smith & Co <Legal>');
  });

  it.each([
    ['firm', 'x'.repeat(81)],
    ['firm', '   '],
    ['firm', 'Smith\nCo'],
    ['firm', 'Smith\u202eoC'],
    ['firm', 'Smith\u200bCo'],
    ['firm', 'Smith\u{E0041}\u{E0042}Co'],
    ['firm', '\u3164'],
    ['firm', '\u2800\u2800'],
    ['firm', 'Smith\u0301\u0301\u0301'],
    ['accent', 'red;background:url(https://evil.example/x.png)'],
    ['accent', 'red'],
    ['accent', '#00467f'],
    ['accent', '00467'],
    ['accent', '00467f;'],
    ['accent', 'expression(alert(1))'],
    ['accent', 'var(--x)'],
    ['theme', 'dark"><script>alert(1)</script>'],
    ['theme', 'DARK'],
    ['body', 'mars'],
    ['body', 'sra,bsb'],
    ['contact', 'javascript:alert(1)'],
    ['contact', 'JavaScript:alert(1)'],
    ['contact', 'java\tscript:alert(1)'],
    ['contact', ' javascript:alert(1)'],
    ['contact', 'data:text/html,<script>alert(1)</script>'],
    ['contact', 'vbscript:msgbox(1)'],
    ['contact', 'http://intranet.example'],
    ['contact', 'https://user:pass@intranet.example'],
    ['contact', '//evil.example'],
    ['contact', '/relative'],
    ['contact', 'mailto:'],
    ['contact', 'mailto:not-an-address'],
    ['contact', 'mailto:a@b.example%0d%0aBcc:evil@x.example'],
    ['contact', 'mailto:<script>@x.example'],
    ['contact', `https://x.example/${'a'.repeat(500)}`],
    ['contact', `https://${'a'.repeat(64)}.example/`],
    ['title', '<b>'],
    ['title', 'yes'],
    ['events', 'true'],
    ['frameId', '"><svg onload=alert(1)>'],
    ['frameId', 'x'.repeat(33)],
    ['frameId', ''],
  ])('ignores %s=%j with a warning that does not repeat the value', (key, value) => {
    const { options, warnings } = parse(new URLSearchParams({ [key]: value }).toString());
    expect(options).toEqual(DEFAULT_OPTIONS);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`"${key}"`);
    // The same words whatever the value: the value itself is never echoed.
    const other = parse(new URLSearchParams({ [key]: '\u0000?' }).toString()).warnings;
    expect(warnings).toEqual(other);
  });

  it('keeps the good options when others are bad', () => {
    const { options, warnings } = parse(
      'firm=%E2%80%AEoC&accent=00467f&contact=javascript:alert(1)&theme=light',
    );
    expect(options).toEqual({ ...DEFAULT_OPTIONS, accent: '00467f', theme: 'light' });
    expect(warnings).toHaveLength(2);
  });

  it('ignores repeated and unknown options, and an absurdly long query', () => {
    const repeated = parse('theme=dark&theme=light');
    expect(repeated.options.theme).toBe('auto');
    expect(repeated.warnings).toEqual([expect.stringContaining('more than once')]);
    const unknown = parse('locale=fr&onload=alert(1)');
    expect(unknown.options).toEqual(DEFAULT_OPTIONS);
    expect(unknown.warnings).toHaveLength(2);
    const long = parse(`firm=ok&x=${'a'.repeat(MAX_QUERY_LENGTH)}`);
    expect(long.options).toEqual(DEFAULT_OPTIONS);
    expect(long.warnings).toHaveLength(1);
  });

  it('takes the language as en or fr, and drops any other', () => {
    expect(parse('lang=fr').options).toEqual({ ...DEFAULT_OPTIONS, lang: 'fr' });
    expect(parse('lang=en').options.lang).toBe('en');
    const other = parse('lang=de');
    expect(other.options).toEqual(DEFAULT_OPTIONS);
    expect(other.warnings).toEqual([expect.stringContaining('en or fr')]);
  });

  it('never throws, and lets nothing through that could be a style or a script URL', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('firm', 'accent', 'theme', 'body', 'contact', 'title', 'frameId', 'x'),
          fc.oneof(
            fc.string(),
            fc.constantFrom('<', '>', 'javascript:', ';', 'url(', '"', "'", '\u202e'),
          ),
        ),
        (dict) => {
          const { options } = parse(new URLSearchParams(dict).toString());
          if (options.firm !== undefined) expect(options.firm).not.toMatch(/[\p{Cc}\p{Cf}]/u);
          if (options.accent !== undefined) expect(options.accent).toMatch(/^[0-9a-f]{6}$/);
          if (options.contact) expect(options.contact.href).toMatch(/^(https:\/\/|mailto:)/);
          if (options.contact?.kind === 'email') expect(options.contact.href).not.toMatch(/[?#]/);
          if (options.frameId !== undefined)
            expect(options.frameId).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
          expect(['light', 'dark', 'auto']).toContain(options.theme);
        },
      ),
    );
  });
});

describe('the firm’s name and contact from an address', () => {
  const query = new URLSearchParams({
    firm: 'Hartley & Rowe LLP Risk Team',
    contact: 'https://hartley-rowe.sso-login.example/verify',
    accent: '00467f',
  }).toString();

  it('count only in a frame: a page opened on its own ignores them, with a warning', () => {
    const alone = parse(query, false);
    expect(alone.options).toEqual({ ...DEFAULT_OPTIONS, accent: '00467f' });
    expect(alone.warnings).toEqual([
      expect.stringContaining('"firm" ignored: it is used only in a frame'),
      expect.stringContaining('"contact" ignored: it is used only in a frame'),
    ]);
    const framed = parse(query);
    expect(framed.options.firm).toBe('Hartley & Rowe LLP Risk Team');
    expect(framed.options.contact?.display).toBe('hartley-rowe.sso-login.example');
    expect(framed.warnings).toEqual([]);
  });

  it('a look-alike letter in a mail domain shows in the xn-- form', () => {
    // contact=mailto:risk@hartley-r%D0%BEwe.com: a Cyrillic о in place of the o.
    const { options } = parse('contact=mailto:risk@hartley-r%D0%BEwe.com');
    expect(options.contact?.display).toMatch(/^risk@xn--hartley-rwe-\w+\.com$/);
    expect(options.contact?.href).toBe(`mailto:${options.contact?.display}`);
  });
});

describe('options on any input (fast-check)', () => {
  // And what a link's parts must refuse besides.
  const hiding = fc.constantFrom(...DISGUISES, '<', 'javascript:');
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.array(fc.oneof(hiding, fc.string({ maxLength: 3 }))).map((parts) => parts.join('')),
    fc
      .array(fc.oneof(hiding, fc.constantFrom('a', '.', '-', 'example')))
      .map((parts) => `mailto:risk@${parts.join('')}.com`),
    fc.array(fc.oneof(hiding, fc.constantFrom('a', '.', '-'))).map((p) => `https://${p.join('')}/`),
  );

  it('lets through only plain text and honest links, and nothing from an address outside a frame', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('firm', 'accent', 'theme', 'body', 'contact', 'title', 'frameId', 'x'),
          value,
        ),
        fc.boolean(),
        (dict, framed) => {
          const { options } = parse(new URLSearchParams(dict).toString(), framed);
          if (!framed) expect(options.firm ?? options.contact).toBeUndefined();
          if (options.firm !== undefined) expect(isPlainText(options.firm)).toBe(true);
          if (options.contact) {
            expect(options.contact.href).toMatch(/^(https:\/\/|mailto:)/);
            // What the link says is ASCII: a letter from another script can't pass for ours.
            expect(options.contact.display).toMatch(/^[\x21-\x7e]+$/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
