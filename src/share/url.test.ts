import { describe, expect, it } from 'vitest';
import { shareUrlFor, today } from './url';

const at = (href: string) => new URL(href) as unknown as Location;

describe('shareUrlFor', () => {
  it('points at the full page, with the answers in the fragment', () => {
    expect(shareUrlFor('v=1&objectives=known-only', at('https://tool.example/app/'))).toBe(
      'https://tool.example/app/#/decision?v=1&objectives=known-only',
    );
    expect(shareUrlFor('v=1', at('https://tool.example/app/embed.html?accent=004c97'))).toBe(
      'https://tool.example/app/#/decision?v=1',
    );
  });

  it('keeps ?pack=<id> before the #', () => {
    expect(shareUrlFor('v=1', at('https://tool.example/?pack=acme#/decision?v=1'))).toBe(
      'https://tool.example/?pack=acme#/decision?v=1',
    );
  });

  it('from the embed, keeps the firm’s name, contact and pack, and nothing else of its options', () => {
    const url = shareUrlFor(
      'v=1',
      at(
        'https://tool.example/embed.html?firm=Acme+%26+Co&accent=004c97&contact=mailto%3Arisk%40acme.example&pack=acme&frameId=x',
      ),
    );
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('/');
    expect([...parsed.searchParams]).toEqual([
      ['pack', 'acme'],
      ['firm', 'Acme & Co'],
      ['contact', 'mailto:risk@acme.example'],
    ]);
    expect(parsed.hash).toBe('#/decision?v=1');
  });

  it('drops an option given twice or empty', () => {
    expect(shareUrlFor('v=1', at('https://tool.example/?pack=a&pack=b&firm='))).toBe(
      'https://tool.example/#/decision?v=1',
    );
  });
});

describe('today', () => {
  it('is the local date as YYYY-MM-DD', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
