import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainText, MAX_NAME, plainName } from './plainText';

describe('isPlainText', () => {
  it('takes the text of any language, markup characters and emoji', () => {
    for (const text of [
      'Müller <b>&</b> Søn',
      'Cabinet Lévesque-Côté s.e.n.c.r.l.',
      'Tiếng Việt',
      '日本の法律事務所',
      'שלום',
      'Call Risk 📞 today',
      '𝒜 mathematical letter',
    ])
      expect(isPlainText(text), text).toBe(true);
  });

  it.each([
    ['a tag character (U+E0041), invisible, in the plane beyond 65,536', 'Hartley\u{E0041}'],
    ['the last tag character', 'x\u{E007F}'],
    ['a line break', 'a\nb'],
    ['a tab', 'a\tb'],
    ['a right-to-left override', 'a\u202eb'],
    ['a zero-width space', 'a\u200bb'],
    ['a zero-width joiner', 'a\u200db'],
    ['a soft hyphen', 'a\u00adb'],
    ['a byte-order mark', '\ufeffa'],
    ['the Hangul filler U+3164', '\u3164'],
    ['the blank Braille pattern U+2800', '\u2800'],
    ['the Hangul choseong filler U+115F', 'a\u115f'],
    ['the Hangul jungseong filler U+1160', 'a\u1160'],
    ['the halfwidth Hangul filler U+FFA0', 'a\uffa0'],
    ['a private-use character', 'a\ue000'],
    ['a private-use character beyond the first plane', 'a\u{F0000}'],
    ['an unassigned code point', 'a\u0378'],
    ['a non-character', 'a\uffff'],
    ['a lone surrogate', 'a\ud800'],
    ['three combining marks in a row', 'Z\u0301\u0302\u0303'],
    ['a line separator', 'a\u2028b'],
  ])('refuses %s', (_, text) => {
    expect(isPlainText(text)).toBe(false);
  });

  it('takes two combining marks on a letter (as Vietnamese writes ệ), not three', () => {
    expect(isPlainText('e\u0323\u0302')).toBe(true);
    expect(isPlainText('e\u0323\u0302\u0301')).toBe(false);
  });

  it('refuses any text holding a character it refuses alone (fast-check)', () => {
    const hidden = fc.constantFrom(
      '\u{E0020}',
      '\u3164',
      '\u2800',
      '\u200b',
      '\u{10FFFD}',
      '\u0378',
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        hidden,
        fc.string({ unit: 'binary' }),
        (a, h, b) => {
          expect(isPlainText(a + h + b)).toBe(false);
        },
      ),
    );
  });
});

describe('plainName', () => {
  it('trims a name and makes each run of spaces one', () => {
    expect(plainName('  Smith  &  Co ')).toBe('Smith & Co');
  });

  it('refuses a name that is blank once its spaces are gone, or hides anything', () => {
    for (const raw of ['', '   ', '\u3164', '\u2800\u2800', '\u3000', 'Smith\u{E0041}'])
      expect(plainName(raw), JSON.stringify(raw)).toBeUndefined();
  });

  it(`takes at most ${MAX_NAME} characters`, () => {
    expect(plainName('x'.repeat(MAX_NAME))).toBe('x'.repeat(MAX_NAME));
    expect(plainName('x'.repeat(MAX_NAME + 1))).toBeUndefined();
  });
});
