import { describe, expect, it } from 'vitest';
import { shareUrlFor } from './url';

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

  it('points at the full page from /embed, as Cloudflare Pages serves embed.html', () => {
    expect(shareUrlFor('v=1', at('https://tool.example/app/embed?accent=004c97'))).toBe(
      'https://tool.example/app/#/decision?v=1',
    );
    expect(shareUrlFor('v=1', at('https://tool.example/embed'))).toBe(
      'https://tool.example/#/decision?v=1',
    );
    // Only a page named embed: not one whose name ends so.
    expect(shareUrlFor('v=1', at('https://tool.example/myembed'))).toBe(
      'https://tool.example/myembed#/decision?v=1',
    );
  });

  it('keeps ?pack=<id> before the #', () => {
    expect(shareUrlFor('v=1', at('https://tool.example/?pack=acme#/decision?v=1'))).toBe(
      'https://tool.example/?pack=acme#/decision?v=1',
    );
  });

  it('never carries a firm’s name or contact from the address, nor any other option', () => {
    const url = shareUrlFor(
      'v=1',
      at(
        'https://tool.example/embed.html?firm=Hartley+%26+Rowe+LLP+Risk+Team&accent=004c97&contact=https%3A%2F%2Fhartley-rowe.sso-login.example%2Fverify&pack=acme&frameId=x',
      ),
    );
    expect(url).toBe('https://tool.example/?pack=acme#/decision?v=1');
  });

  it('drops a pack given twice, empty or not a valid name', () => {
    for (const search of ['?pack=a&pack=b', '?pack=', '?pack=..%2Fsecret', '?pack=Acme'])
      expect(shareUrlFor('v=1', at(`https://tool.example/${search}`)), search).toBe(
        'https://tool.example/#/decision?v=1',
      );
  });
});
