import { describe, expect, it } from 'vitest';
import { readersRegion } from './regions';

describe('the reader’s own country, for the body question', () => {
  it.each([
    ['en-US', 'us'],
    ['en-GB', 'uk'],
    ['en-IE', 'ireland'],
    ['en-AU', 'australia'],
    ['en-NZ', 'new-zealand'],
    ['en-CA', 'canada'],
    ['fr-CA', 'canada'],
    ['en-Latn-GB', 'uk'],
  ])('from the browser’s language %s: %s', (tag, region) => {
    expect(readersRegion([], [tag])).toBe(region);
  });

  it('takes the first language that names a country it covers', () => {
    expect(readersRegion([], ['fr-FR', 'en', 'en-NZ', 'en-GB'])).toBe('new-zealand');
    expect(readersRegion([], ['de-DE', 'fr'])).toBeUndefined();
  });

  it('a body given, remembered or fixed comes before the language; another body or none does not', () => {
    expect(readersRegion([undefined, 'barreau-qc'], ['en-GB'])).toBe('canada');
    expect(readersRegion(['none', 'other'], ['en-IE'])).toBe('ireland');
  });
});
