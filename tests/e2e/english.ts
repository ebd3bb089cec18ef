import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The English catalogue as phrases to look for on a French page: every string the English
 * content modules hold (src/content/*.ts and the bodies in src/content/bodies/en/), cut at
 * the ends of its sentences and clauses, keeping the parts of four words or more. A phrase of
 * that length found as it is on a French page is English left untranslated, not a word that
 * the two languages share.
 *
 * Official names and titles are excepted, as the French pages keep them in their own language
 * (decision-tree.md "Languages"): a point's `source`, a body's `regulator`, its guidance and
 * helplines' names, the list of official domains, LinkedIn's help pages' titles, names quoted
 * “like this” (an interface's own), and any phrase that is part of one of them.
 */

const CONTENT = join(import.meta.dirname, '..', '..', 'src', 'content');

/** Where official names and titles sit in the catalogue (the last parts of a string's path). */
const OFFICIAL = [
  /\.source$/,
  /\.regulator$/,
  /\.url$/,
  /\.guidance\.label$/,
  /\.helplines\.\d+\.label$/,
  /^officialLinks\./,
  // The title of a LinkedIn help page we cite.
  /^linkedin\..*\.page$/,
];

/** Slots are filled with these, then cut out: what surrounds them is still the catalogue's. */
const SAMPLES = [987, 'xslotx', '2026-12-01'] as const;
const SLOTS = /xslotx|\b987\b|2026-12-01|1 december 2026|december 2026/;

function modules(): string[] {
  const top = readdirSync(CONTENT)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(CONTENT, f));
  const bodies = readdirSync(join(CONTENT, 'bodies', 'en'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(CONTENT, 'bodies', 'en', f));
  return [...top, ...bodies];
}

/** Every string a module holds, by its path; a function of copy called with the samples. */
function strings(value: unknown, path: string, out: [string, string][] = []) {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    try {
      const sample = (value as (...a: unknown[]) => unknown)(...SAMPLES);
      strings(sample, `${path}()`, out);
    } catch {
      /* not copy */
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

/** Text as compared: one kind of apostrophe and quote, single spaces, lower case. */
export const normalise = (text: string) =>
  text
    .replace(/[’‘]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const WORD = /\p{L}/u;
const words = (text: string) => text.split(' ').filter((w) => WORD.test(w)).length;

/** The English phrases of four words or more that no French page should show. */
export async function englishPhrases(): Promise<string[]> {
  const all: [string, string][] = [];
  for (const file of modules()) {
    const name = relative(CONTENT, file).replace(/\.ts$/, '').replace(/\//g, '.');
    const mod = (await import(file)) as Record<string, unknown>;
    strings(mod, name, all);
  }
  const official = all
    .filter(([path]) => OFFICIAL.some((re) => re.test(path)))
    .map(([, s]) => normalise(s))
    // A name in quotation marks is an interface's own (LinkedIn's, an intranet's): where its
    // French name is not confirmed, a French page quotes it in English too.
    .concat(all.flatMap(([, s]) => [...s.matchAll(/“([^”]+)”/g)].map((m) => normalise(m[1]!))));
  const phrases = new Set<string>();
  for (const [path, text] of all) {
    if (OFFICIAL.some((re) => re.test(path)) || /^https?:|^mailto:/.test(text)) continue;
    for (const part of normalise(text).split(new RegExp(`[.!?:;…()"]|${SLOTS.source}`))) {
      const phrase = part.replace(/^[\s,'-]+|[\s,'-]+$/g, '');
      if (words(phrase) >= 4 && !official.some((o) => o.includes(phrase))) phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** The phrases of `phrases` found in a page's text. */
export function foundIn(pageText: string, phrases: readonly string[]): string[] {
  const text = normalise(pageText);
  return phrases.filter((p) => text.includes(p));
}
