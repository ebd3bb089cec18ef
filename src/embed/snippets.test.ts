import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BODY_IDS } from '../decision/steps';
import {
  checkChoices,
  contactUrl,
  DEFAULT_CHOICES,
  embedBaseFor,
  escapeAttribute,
  iframeSnippet,
  loaderSnippet,
} from './snippets';

const BASE = 'https://tools.example/connect/embed.html';

describe('embed builder snippets', () => {
  it('the defaults give bare snippets', () => {
    const checked = checkChoices(DEFAULT_CHOICES);
    expect(checked).toEqual({ options: [], height: 720, invalid: [] });
    expect(iframeSnippet(BASE, checked)).toBe(
      [
        `<iframe src="${BASE}"`,
        '  title="Should I connect? A LinkedIn invitation guide"',
        '  width="100%" height="720" style="border:0;max-width:100%"',
        '  loading="lazy" allow="clipboard-write" referrerpolicy="strict-origin"></iframe>',
      ].join('\n'),
    );
    expect(loaderSnippet(BASE, checked)).toBe(
      [
        `<div data-should-i-connect`,
        `     data-src="${BASE}"></div>`,
        '<script src="https://tools.example/connect/embed.js" async></script>',
      ].join('\n'),
    );
  });

  it('puts every valid choice in, escaped for HTML', () => {
    const checked = checkChoices({
      firm: ' Smith & "Co" ',
      accent: '#00467F',
      theme: 'dark',
      body: 'nzls',
      contact: 'knowledge@smith.example',
      showTitle: false,
      events: true,
      height: '900',
    });
    expect(checked.invalid).toEqual([]);
    const iframe = iframeSnippet(BASE, checked);
    expect(iframe).toContain(
      `src="${BASE}?firm=Smith+%26+%22Co%22&amp;accent=00467f&amp;theme=dark&amp;body=nzls&amp;contact=mailto%3Aknowledge%40smith.example&amp;title=0"`,
    );
    expect(iframe).toContain('height="900"');
    // events only mean something to the loader.
    expect(iframe).not.toContain('events');
    // Who the tool speaks for goes on the script tag, which a comment on the page can't add;
    // the look of the embed on its element.
    expect(loaderSnippet(BASE, checked)).toBe(
      [
        '<div data-should-i-connect',
        `     data-src="${BASE}"`,
        '     data-accent="00467f"',
        '     data-theme="dark"',
        '     data-body="nzls"',
        '     data-title="0"',
        '     data-events="1"></div>',
        '<script src="https://tools.example/connect/embed.js"',
        '        data-firm="Smith &amp; &quot;Co&quot;"',
        '        data-contact="mailto:knowledge@smith.example"',
        '        async></script>',
      ].join('\n'),
    );
  });

  it('in French: the French embed page with lang=fr, the loader’s data-lang, one loader at the root', () => {
    const checked = checkChoices({ ...DEFAULT_CHOICES, lang: 'fr' });
    const french = 'https://tools.example/connect/fr/embed.html';
    expect(checked.options).toEqual([['lang', 'fr']]);
    expect(iframeSnippet(BASE, checked)).toContain(`<iframe src="${french}?lang=fr"`);
    expect(loaderSnippet(BASE, checked)).toBe(
      [
        '<div data-should-i-connect',
        `     data-src="${french}"`,
        '     data-lang="fr"></div>',
        '<script src="https://tools.example/connect/embed.js" async></script>',
      ].join('\n'),
    );
    // English is the root's page and needs no option.
    expect(checkChoices({ ...DEFAULT_CHOICES, lang: 'en' }).options).toEqual([]);
  });

  it('finds the English embed at the site’s root from the builder’s page', () => {
    const at = (href: string) => embedBaseFor(new URL(href) as unknown as Location);
    expect(at('https://tools.example/connect/?pack=acme#/embed')).toBe(BASE);
  });

  it('leaves out what the embed would refuse, and says which', () => {
    const checked = checkChoices({
      ...DEFAULT_CHOICES,
      firm: 'Smith\u3164\u{E0041}',
      accent: 'red;background:url(x)',
      contact: 'javascript:alert(1)',
      height: '50',
    });
    expect(checked.invalid).toEqual(['firm', 'accent', 'contact', 'height']);
    expect(checked.options).toEqual([]);
    expect(checked.height).toBe(720);
  });

  it('turns an e-mail address into mailto: and keeps only https pages', () => {
    expect(contactUrl('ask@firm.example')).toBe('mailto:ask@firm.example');
    expect(contactUrl('https://firm.example/ask us')).toBe('https://firm.example/ask%20us');
    expect(contactUrl('http://firm.example')).toBeUndefined();
    expect(contactUrl('firm.example')).toBeUndefined();
  });

  it('never makes a mailto: with hidden recipients, a subject or a body', () => {
    for (const typed of [
      'ask@firm.example?bcc=evil@x.example',
      'ask@firm.example?subject=LinkedIn',
      'mailto:ask@firm.example?cc=evil@x.example',
      'mailto:ask@firm.example?body=hi',
    ])
      expect(contactUrl(typed), typed).toBeUndefined();
    const checked = checkChoices({
      ...DEFAULT_CHOICES,
      contact: 'ask@firm.example?bcc=e@x.example',
    });
    expect(checked.invalid).toEqual(['contact']);
    expect(checked.options).toEqual([]);
  });

  it('escapes attribute text', () => {
    expect(escapeAttribute(`a&b"c<d>e'`)).toBe(`a&amp;b&quot;c&lt;d&gt;e'`);
  });
});

describe('docs/embedding.md', () => {
  it('lists every professional-body id the body option takes', () => {
    const doc = readFileSync('docs/embedding.md', 'utf8');
    const row = /^\| `body` \|(.*)$/m.exec(doc)?.[1] ?? '';
    const listed = [...row.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
    expect(listed).toEqual([...BODY_IDS]);
  });
});
