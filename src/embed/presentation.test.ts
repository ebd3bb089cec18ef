import { describe, expect, it } from 'vitest';
import { applyPresentation } from './presentation';

const props = (root: HTMLElement) =>
  ['--accent', '--accent-ink', '--link'].map((p) => root.style.getPropertyValue(p));

describe('applyPresentation', () => {
  it('gives a dark accent a lighter shade in dark mode, for buttons and checked options', () => {
    const root = document.createElement('div');
    applyPresentation({ theme: 'dark', accent: '00467f' }, root);
    const [accent, ink, link] = props(root);
    expect(root.dataset.theme).toBe('dark');
    expect(accent).toMatch(/^light-dark\(#00467f, #[0-9a-f]{6}\)$/);
    expect(accent).not.toBe('light-dark(#00467f, #00467f)');
    expect(ink).toMatch(/^(#ffffff|light-dark\(#ffffff, #000000\))$/);
    expect(link).toBe('light-dark(#00467f, #93c5fd)');
  });

  it('sets one colour where both schemes take the same', () => {
    const root = document.createElement('div');
    applyPresentation({ theme: 'auto', accent: 'ffcc00' }, root);
    expect(props(root).slice(0, 2)).toEqual(['#ffcc00', '#000000']);
    expect(root.dataset.theme).toBeUndefined();
  });
});
