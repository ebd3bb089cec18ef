import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LINK, safeLink } from './safeLink';

describe('safeLink', () => {
  it('shows an address for mailto: and the host for https:', () => {
    expect(safeLink('mailto:risk@example.com')).toEqual({
      kind: 'email',
      href: 'mailto:risk@example.com',
      display: 'risk@example.com',
    });
    expect(safeLink('https://intranet.example.com/a?b=c#d')).toEqual({
      kind: 'web',
      href: 'https://intranet.example.com/a?b=c#d',
      display: 'intranet.example.com',
    });
  });

  it('returns a web address as the URL parser normalises it', () => {
    expect(safeLink('https://Intranet.Example/a%20b')?.href).toBe('https://intranet.example/a%20b');
    expect(safeLink('mailto:Risk@Example.COM')?.href).toBe('mailto:Risk@example.com');
  });

  it('refuses every other kind of link', () => {
    for (const href of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'http://example.com',
      '//example.com',
      '/relative',
      'https:example.com',
      'https://',
      'https://a\\b.com',
      'https://user:pass@intranet.example',
      'mailto:',
      'mailto:not-an-address',
      'mailto:a@localhost',
      'mailto:<script>@x.example',
      'mailto:a@b.example%0d%0aBcc:evil@x.example',
      'mailto:a@b.example,c@d.example',
      7,
      undefined,
    ])
      expect(safeLink(href), String(href)).toBeUndefined();
  });

  it.each([
    'mailto:help@firm.example?bcc=evil@x.example',
    'mailto:help@firm.example?cc=evil@x.example',
    'mailto:help@firm.example?subject=LinkedIn',
    'mailto:help@firm.example?body=Forward%20this',
    'mailto:help@firm.example#x',
    'mailto:help@firm.example%3Fbcc=evil@x.example',
    'MAILTO:help@firm.example?BCC=evil@x.example',
  ])('refuses %j: a mailto: is one bare address', (raw) => {
    expect(safeLink(raw)).toBeUndefined();
  });

  it('shows a mail domain or web host outside ASCII in its xn-- form, as browsers do', () => {
    // A Cyrillic о in place of the o (the embed's contact=mailto:risk@hartley-r%D0%BEwe.com).
    const mail = safeLink('mailto:risk@hartley-r\u043ewe.com');
    expect(mail?.display).toMatch(/^risk@xn--hartley-rwe-\w+\.com$/);
    expect(mail?.href).toBe(`mailto:${mail?.display}`);
    expect(safeLink('https://sm\u0456th.example/')?.display).toMatch(/^xn--smth-\w+\.example$/);
    expect(safeLink('https://smith-co-login.evil.example/ask')?.display).toBe(
      'smith-co-login.evil.example',
    );
    // The part before the @ has no such form: a letter from another script there is refused.
    expect(safeLink('mailto:r\u0456sk@example.com')).toBeUndefined();
  });

  it('shows a long host whole, and refuses one that is no real DNS name', () => {
    const host = `${Array.from({ length: 3 }, () => 'a'.repeat(60)).join('.')}.hartley-rowe.com`;
    expect(host.length).toBeGreaterThan(190);
    expect(safeLink(`https://${host}/`)?.display).toBe(host);
    expect(safeLink(`https://${'a'.repeat(64)}.example/`)).toBeUndefined();
    expect(safeLink(`mailto:a@${'a.'.repeat(127)}com`)).toBeUndefined();
  });

  it('refuses hidden characters anywhere in a link, and links longer than its limit', () => {
    for (const hidden of ['\u200b', '\u202e', '\u{E0041}', '\u3164', '\u2800', '\ud800'])
      for (const href of [`https://example.com/a${hidden}`, `mailto:risk@exa${hidden}mple.com`])
        expect(safeLink(href), JSON.stringify(href)).toBeUndefined();
    expect(safeLink(`https://x.example/${'a'.repeat(MAX_LINK)}`)).toBeUndefined();
  });

  it('never throws, and what it gives is an https: page or one bare address in ASCII (fast-check)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('@', '.', '?', '#', '%', '&', ':', '/', '\\', 'xn--', '\u043e', '\u{E0041}'),
    );
    const raw = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.webUrl(),
      fc.emailAddress().map((e) => `mailto:${e}`),
      fc.array(piece).map((p) => `mailto:${p.join('')}`),
      fc.array(piece).map((p) => `https://${p.join('')}`),
    );
    fc.assert(
      fc.property(raw, (href) => {
        const link = safeLink(href);
        if (!link) return;
        expect(link.display).toMatch(/^[\x21-\x7e]+$/);
        if (link.kind === 'email') {
          expect(link.href).toBe(`mailto:${link.display}`);
          expect(link.display).toMatch(/^[A-Za-z0-9._+'-]+@[a-z0-9_.-]+$/);
        } else {
          expect(new URL(link.href).protocol).toBe('https:');
          expect(new URL(link.href).hostname).toBe(link.display);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
