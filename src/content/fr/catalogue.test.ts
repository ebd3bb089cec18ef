import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The French catalogue beside the English one (docs/decisions/016-languages.md): every name
 * there, spelled as Québec French, and one file a translator reviews (docs/translations.md,
 * rewritten by `npm run strings`).
 */

const english = {
  ...import.meta.glob(['../*.ts', '!../*.test.ts'], { eager: true }),
  ...import.meta.glob('../bodies/en/**/*.ts', { eager: true }),
};
const french = {
  ...import.meta.glob(['./*.ts', '!./*.test.ts', '!./complete.ts'], { eager: true }),
  ...import.meta.glob('../bodies/fr/**/*.ts', { eager: true }),
};
/** A module's name: `message`, or for a body file `bodies/uk`, `bodies/us/texas`. */
function name(file: string): string {
  const body = /\/bodies\/(?:en|fr)\/(.+)\.ts$/.exec(file)?.[1];
  return body ? `bodies/${body}` : file.replace(/^.*\//, '').replace(/\.ts$/, '');
}
const pairs = Object.entries(french).map(([file, fr]) => {
  const en = Object.entries(english).find(([f]) => name(f) === name(file))?.[1];
  return {
    module: name(file),
    en: en as Record<string, unknown>,
    fr: fr as Record<string, unknown>,
  };
});

/** Every string a catalogue holds, keyed by where it sits; copy with slots called with samples. */
function strings(value: unknown, path: string, out = new Map<string, string>()) {
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    try {
      const sample = (value as (...a: unknown[]) => unknown)(3, '«x»', '2026-12-01');
      if (typeof sample === 'string') out.set(`${path}()`, sample);
      else if (sample && typeof sample === 'object') strings(sample, `${path}()`, out);
    } catch {
      /* not copy */
    }
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TABLE = join(ROOT, 'docs', 'translations.md');
const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(): string {
  const lines = [
    '# Every string in English and French',
    '',
    'Written by `npm run strings` from src/content/ and src/content/fr/ (decision 016): review',
    'the French here, change it in src/content/fr/. A French string equal to the English one is',
    'data that does not change with the language (a name, a link).',
    '',
  ];
  for (const { module, en, fr } of pairs) {
    const enStrings = strings(en, module);
    const frStrings = strings(fr, module);
    lines.push(`## ${module}`, '', '| Where | English | Français |', '| --- | --- | --- |');
    for (const [path, text] of enStrings)
      lines.push(`| ${cell(path)} | ${cell(text)} | ${cell(frStrings.get(path))} |`);
    lines.push('');
  }
  return lines.join('\n');
}

const frenchText = () => pairs.flatMap(({ module, fr }) => [...strings(fr, module)]);

/**
 * Where a string is data that does not change with the language, not words: a body's sources
 * keep their official titles and language, links, ids, statuses, regions, phone numbers and
 * addresses stay as they are, and a caution's `when` holds answer ids.
 */
const DATA = /\.(source|url|id|status|region|phone|email)$|\.when\./;

/** The French words to spell: not data, and not a name or title kept as the English has it. */
const frenchWords = () =>
  pairs.flatMap(({ module, en, fr }) => {
    const enStrings = strings(en, module);
    return [...strings(fr, module)].filter(
      ([path, text]) => !DATA.test(path) && enStrings.get(path) !== text,
    );
  });

describe('the French catalogue', () => {
  it('has every name its English module exports', () => {
    for (const { module, en, fr } of pairs) {
      expect(en, `${module}: no English module`).toBeDefined();
      expect(Object.keys(fr).sort(), module).toEqual(Object.keys(en).sort());
    }
  });

  it('is in docs/translations.md as it is now (npm run strings rewrites it)', () => {
    const text = table();
    if (process.env.UPDATE_STRINGS) writeFileSync(TABLE, text);
    expect(existsSync(TABLE) ? readFileSync(TABLE, 'utf8') : '').toBe(text);
  });

  it('uses curly apostrophes and quotes', () => {
    const straight = frenchText().filter(([, s]) => /['"]/.test(s));
    expect(straight.map(([p, s]) => `${p}: ${s}`)).toEqual([]);
  });

  it('is spelled as Québec French (hunspell fr_CA), names aside', () => {
    const allowed = new Set(
      readFileSync(join(import.meta.dirname, 'spelling-names.txt'), 'utf8')
        .split('\n')
        .map((line) => line.replace(/#.*/, '').trim())
        .filter(Boolean),
    );
    const text = frenchWords()
      .map(([, s]) => s.replace(/https?:\/\/\S+|\S+@\S+/g, ' ').replace(/[.…:;,!?«»()“”]/g, ' '))
      .join('\n');
    const unknown = execFileSync('hunspell', ['-d', 'fr_CA', '-l'], {
      input: text,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((word) => word && !allowed.has(word));
    expect([...new Set(unknown)]).toEqual([]);
  });
});
