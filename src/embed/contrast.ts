/**
 * WCAG 2 contrast, for a firm's accent colour. Colours are `#rrggbb` or `rrggbb`, already
 * validated (see options.ts): nothing here ever sees a raw query-string value.
 */

/** The page backgrounds of src/styles.css (`--bg`), light and dark. */
export const BACKGROUND = { light: '#ffffff', dark: '#111827' } as const;
/** The default link colours of src/styles.css (`--link`), kept where an accent is too faint. */
export const DEFAULT_LINK = { light: '#1d4ed8', dark: '#93c5fd' } as const;

/** WCAG AA for normal text. */
export const AA_TEXT = 4.5;
/** WCAG 1.4.11: a control's boundary (a button's fill, a checked option's outline). */
export const AA_CONTROL = 3;

const channel = (value: number): number => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance (WCAG 2.x definition), 0 for black to 1 for white. */
export function luminance(hex: string): number {
  const digits = hex.replace(/^#/, '');
  if (!/^[0-9a-fA-F]{6}$/.test(digits)) throw new Error('expected six hex digits');
  const n = Number.parseInt(digits, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(channel) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 (none) to 21 (black on white). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Black or white, whichever reads better on `background`. One of the two always reaches
 * at least 4.58:1 (the square root of 21), so text on an accent button is always AA.
 */
export function inkFor(background: string): '#000000' | '#ffffff' {
  return contrast(background, '#000000') >= contrast(background, '#ffffff') ? '#000000' : '#ffffff';
}

const toHex = (rgb: number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * `hex` mixed with white in small steps until it stands out from the dark background by
 * `ratio`: the same hue, only lighter, so the firm's colour is still recognisable.
 */
export function lightenFor(hex: string, background: string, ratio: number): string {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  for (let step = 0; step <= 20; step++) {
    const mixed = toHex(rgb.map((c) => c + ((255 - c) * step) / 20));
    if (contrast(mixed, background) >= ratio) return mixed;
  }
  return '#ffffff';
}

/**
 * The colours an accent gives the page. Buttons and checked options take the accent (with
 * black or white text) where it stands out from the background by 3:1; on the dark
 * background a darker accent is lightened until it does (on white, an accent that is too
 * pale is the firm's choice for its own light page). Links and other text take the accent
 * only where it keeps 4.5:1 on that scheme's background; elsewhere the default link colour.
 */
export function accentPalette(accent: string) {
  const hex = `#${accent.replace(/^#/, '').toLowerCase()}`;
  const linkFor = (scheme: 'light' | 'dark') =>
    contrast(hex, BACKGROUND[scheme]) >= AA_TEXT ? hex : DEFAULT_LINK[scheme];
  const dark = lightenFor(hex, BACKGROUND.dark, AA_CONTROL);
  return {
    accent: { light: hex, dark },
    ink: { light: inkFor(hex), dark: inkFor(dark) },
    link: { light: linkFor('light'), dark: linkFor('dark') },
  };
}
