import { accentPalette } from './contrast';
import type { EmbedOptions } from './options';

/**
 * Applies a firm's theme and accent to the page. Only validated values arrive here, and
 * they go in through the CSSOM (`style.setProperty` of known custom properties), never
 * as a style attribute or stylesheet text: the app runs under `style-src 'self'`.
 */
export function applyPresentation(
  options: Pick<EmbedOptions, 'theme' | 'accent'>,
  root: HTMLElement = document.documentElement,
): void {
  if (options.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = options.theme;
  if (!options.accent) return;
  const palette = accentPalette(options.accent);
  root.style.setProperty('--accent', perScheme(palette.accent));
  root.style.setProperty('--accent-ink', perScheme(palette.ink));
  root.style.setProperty('--link', perScheme(palette.link));
}

/** One colour where both schemes take the same, else `light-dark()` (the page's color-scheme). */
function perScheme({ light, dark }: { light: string; dark: string }): string {
  return light === dark ? light : `light-dark(${light}, ${dark})`;
}
