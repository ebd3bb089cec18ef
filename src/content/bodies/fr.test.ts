import { describe, expect, it } from 'vitest';
import { BODY_NAMES } from '../fr/bodyNames';
import type { BodyContent } from '../types';

/**
 * The French bodies beside the English ones (docs/decisions/016-languages.md): a French build
 * answers each file of `en/` with its sibling in `fr/`, so every sibling must exist and hold the
 * same bodies, points, sources and links: only the words may differ.
 */

type Module = Record<string, unknown>;
const english = import.meta.glob<Module>('./en/**/*.ts', { eager: true });
const french = import.meta.glob<Module>('./fr/**/*.ts', { eager: true });
const files = Object.keys(english).map((file) => file.replace(/^\.\/en\//, ''));
const frenchOf = (file: string) => french[`./fr/${file}`];

/** Keys whose strings are words, translated; every other string is data kept as it is. */
const WORDS = new Set([
  'text',
  'date',
  'label',
  'regulator',
  'note',
  'checkYourself',
  'title',
  'rule',
  'suggestion',
]);
/** Words that are always sentences of ours, never an official title or a bare year. */
const SENTENCES = new Set(['text', 'note', 'checkYourself', 'title', 'rule', 'suggestion']);

const isWords = (key: string) => WORDS.has(key) || /_DATE$/.test(key);

/**
 * What a function exported for the bodies makes (the solicitation caution), called with the
 * same samples in both languages: only what it adds of its own is compared.
 */
const SAMPLE = /^\(sample \d+\)$/;
const made = (fn: (...args: unknown[]) => unknown) =>
  fn(...Array.from({ length: fn.length }, (_, i) => `(sample ${i})`));

/**
 * Bodies whose official texts are French: on French pages they cite and link those texts
 * (decision-tree.md, Languages), so their sources and links may differ from the English ones.
 */
const FRENCH_OFFICIAL = new Set(['barreau-qc']);

/** The module with its words blanked: ids, points, sources, links, statuses and numbers remain. */
function skeleton(value: unknown, key = '', frenchOfficial = false): unknown {
  if (typeof value === 'string') {
    if (frenchOfficial && (key === 'source' || key === 'url')) return '(its official text)';
    // A phone number's digits are data; the words around them ("in California") are not.
    if (key === 'phone') return value.replace(/\D/g, '');
    return isWords(key) ? '(words)' : value;
  }
  if (typeof value === 'function') return skeleton(made(value as never), key, frenchOfficial);
  if (Array.isArray(value)) return value.map((item) => skeleton(item, '', frenchOfficial));
  if (value && typeof value === 'object') {
    const inFrench = frenchOfficial || FRENCH_OFFICIAL.has((value as { id?: string }).id ?? '');
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v, k, inFrench)]));
  }
  return value;
}

/** Every sentence of ours in the module, keyed by where it sits. */
function sentences(value: unknown, path: string, out = new Map<string, string>()) {
  if (typeof value === 'function') sentences(made(value as never), `${path}()`, out);
  else if (Array.isArray(value)) value.forEach((item, i) => sentences(item, `${path}.${i}`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && SENTENCES.has(k) && !SAMPLE.test(v)) out.set(`${path}.${k}`, v);
      else sentences(v, `${path}.${k}`, out);
    }
  return out;
}

const isBody = (value: unknown): value is BodyContent =>
  !!value && typeof value === 'object' && 'points' in value && 'regulator' in value;

/** The bodies a jurisdiction's file exports (shared.ts exports points only). */
const bodiesIn = (module: Module) =>
  Object.values(module).flatMap((value) =>
    value && typeof value === 'object' ? Object.values(value).filter(isBody) : [],
  );

describe.each(files)('bodies/fr/%s', (file) => {
  const en = english[`./en/${file}`] ?? {};

  it('exists beside its English file, exporting the same names', () => {
    expect(frenchOf(file), `src/content/bodies/fr/${file} is missing`).toBeDefined();
    expect(Object.keys(frenchOf(file) ?? {}).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps every id, point, source, date’s place, link and status: only the words differ', () => {
    expect(skeleton({ ...frenchOf(file) })).toEqual(skeleton({ ...en }));
  });

  it('says every sentence in French, none left as the English', () => {
    const fr = sentences({ ...frenchOf(file) }, file);
    const left = [...sentences({ ...en }, file)].filter(
      ([path, text]) => (fr.get(path) ?? text) === text,
    );
    expect(left.map(([path]) => path)).toEqual([]);
  });

  it('names each body with its French names', () => {
    const bodies = bodiesIn(frenchOf(file) ?? {});
    expect(bodies.map((b) => b.id)).toEqual(bodiesIn(en).map((b) => b.id));
    for (const body of bodies) {
      const { label, regulator } = BODY_NAMES[body.id];
      expect({ label: body.label, regulator: body.regulator }).toEqual({ label, regulator });
    }
  });
});
