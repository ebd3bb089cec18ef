import { describe, expect, it } from 'vitest';

/** Every string the content modules hold, with where it sits (module › key › key…). */
function strings(value: unknown, path: string, out: [string, string][] = []) {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    // Copy with a slot ("{n} left"): called with a sample so its words are checked too.
    try {
      const sample = (value as (...a: unknown[]) => unknown)(3, 'x', new Date(0));
      if (typeof sample === 'string') out.push([`${path}()`, sample]);
    } catch {
      /* not copy */
    }
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path} › ${k}`, out);
  return out;
}

const modules = import.meta.glob(['./*.ts', '!./*.test.ts'], { eager: true });

describe('copy typography', () => {
  it('uses curly apostrophes and quotes, as the rest of the copy does', () => {
    const straight = Object.entries(modules).flatMap(([file, mod]) =>
      strings(mod, file).filter(([, s]) => /['"]/.test(s)),
    );
    expect(straight.map(([p, s]) => `${p}: ${s}`)).toEqual([]);
  });
});
