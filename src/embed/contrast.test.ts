import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AA_CONTROL,
  AA_TEXT,
  BACKGROUND,
  DEFAULT_LINK,
  accentPalette,
  contrast,
  inkFor,
  luminance,
} from './contrast';

describe('contrast', () => {
  it('matches the WCAG definition at the ends and for known pairs', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('ffffff')).toBeCloseTo(1, 10);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    // Order doesn't matter.
    expect(contrast('#1d4ed8', '#ffffff')).toBeCloseTo(contrast('#ffffff', '#1d4ed8'), 10);
    // Published values: #777777 on white is 4.48:1, #767676 is 4.54:1.
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('refuses anything but six hex digits', () => {
    for (const bad of ['red', '#fff', '12345g', 'url(x)', '', '#1234567'])
      expect(() => luminance(bad)).toThrow();
  });

  it('picks black or white ink with at least 4.5:1 for every accent', () => {
    expect(inkFor('#ffffff')).toBe('#000000');
    expect(inkFor('#000000')).toBe('#ffffff');
    expect(inkFor('#ffcc00')).toBe('#000000');
    expect(inkFor('#00467f')).toBe('#ffffff');
    // Every grey, and a spread of colours: the better of black and white is always AA.
    for (let v = 0; v < 256; v += 5) {
      const hex = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      expect(contrast(hex, inkFor(hex))).toBeGreaterThanOrEqual(AA_TEXT);
    }
    for (let n = 0; n < 0xffffff; n += 0x0a1b2c) {
      const hex = `#${n.toString(16).padStart(6, '0')}`;
      expect(contrast(hex, inkFor(hex))).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('keeps the accent as link colour only where it reads at 4.5:1 on the background', () => {
    // A dark navy: fine on white, too dark on the dark background.
    const navy = accentPalette('00467F');
    expect(navy.link).toEqual({ light: '#00467f', dark: DEFAULT_LINK.dark });
    expect(navy.accent.light).toBe('#00467f');
    expect(navy.ink.light).toBe('#ffffff');
    // A light yellow: fine on the dark background, unreadable on white.
    const yellow = accentPalette('#ffcc00');
    expect(yellow.link).toEqual({ light: DEFAULT_LINK.light, dark: '#ffcc00' });
    expect(yellow.ink).toEqual({ light: '#000000', dark: '#000000' });
    // Whatever the accent, link text meets AA on both backgrounds.
    for (let n = 0; n < 0xffffff; n += 0x070b0d) {
      const { link } = accentPalette(n.toString(16).padStart(6, '0'));
      expect(contrast(link.light, BACKGROUND.light)).toBeGreaterThanOrEqual(AA_TEXT);
      expect(contrast(link.dark, BACKGROUND.dark)).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('keeps controls at 3:1 on the dark background: a dark accent is lightened, same hue', () => {
    // The case: #00467f on the dark background is about 1.8:1.
    expect(contrast('#00467f', BACKGROUND.dark)).toBeLessThan(AA_CONTROL);
    const navy = accentPalette('00467f');
    expect(navy.accent.dark).not.toBe('#00467f');
    expect(contrast(navy.accent.dark, BACKGROUND.dark)).toBeGreaterThanOrEqual(AA_CONTROL);
    // Lighter, not another colour: still more blue than red.
    const [r, , b] = [1, 3, 5].map((i) => Number.parseInt(navy.accent.dark.slice(i, i + 2), 16));
    expect(b).toBeGreaterThan(r as number);
    // An accent that already stands out is kept as it is.
    expect(accentPalette('ffcc00').accent).toEqual({ light: '#ffcc00', dark: '#ffcc00' });
    for (let n = 0; n < 0xffffff; n += 0x070b0d) {
      const { accent, ink } = accentPalette(n.toString(16).padStart(6, '0'));
      expect(contrast(accent.dark, BACKGROUND.dark)).toBeGreaterThanOrEqual(AA_CONTROL);
      // Text on the button stays AA in both schemes, as before.
      expect(contrast(accent.dark, ink.dark)).toBeGreaterThanOrEqual(AA_TEXT);
      expect(contrast(accent.light, ink.light)).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('uses the same background and link colours as the stylesheet', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../styles.css'), 'utf8');
    expect(css).toContain(`--bg: light-dark(${BACKGROUND.light}, ${BACKGROUND.dark})`);
    expect(css).toContain(`--link: light-dark(${DEFAULT_LINK.light}, ${DEFAULT_LINK.dark})`);
  });
});
