// What the browser fetches before the first screen renders, from the build itself.
// Used by the bench (scripts/bench.mjs) and the bundle-size test (tests/e2e/budget.spec.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = resolve(import.meta.dirname, '..', 'dist');
/** What each page may load, gzip, before its first screen shows. */
export const BUDGETS = { start: 100 * 1024, sharedLink: 125 * 1024, embed: 125 * 1024 };

/** gzip as our server sends it (level 9). */
export function sizes(file) {
  const raw = readFileSync(join(DIST, file));
  return { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

function manifest() {
  return JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
}

/** A chunk with everything it statically imports, and their stylesheets. */
function closure(m, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of m[key]?.imports ?? []) closure(m, dep, seen);
  return seen;
}

function filesOf(m, keys) {
  const files = new Set();
  for (const key of keys) {
    const chunk = m[key];
    if (!chunk) continue;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
  }
  return [...files];
}

/** Files the HTML page itself makes the browser fetch: scripts, stylesheets, modulepreloads. */
export function htmlAssets(html = 'index.html') {
  const text = readFileSync(join(DIST, html), 'utf8');
  const refs = [
    ...text.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="(?:stylesheet|modulepreload)"[^>]*\shref)="\.?\/?([^"]+)"/g,
    ),
  ].map((x) => x[1]);
  return [html, ...refs];
}

/**
 * Everything an HTML entry loads before its first screen: the entry chunk's static closure
 * and that of the lazy chunks (manifest keys) its first screen waits for.
 */
export function entryLoad(html, lazyKeys = []) {
  const m = manifest();
  const keys = new Set();
  for (const key of [html, ...lazyKeys]) closure(m, key, keys);
  const files = [html, ...filesOf(m, keys)];
  for (const ref of htmlAssets(html)) if (!files.includes(ref)) files.push(ref);
  const list = files.map(sizes);
  return {
    files: list,
    raw: list.reduce((n, f) => n + f.raw, 0),
    gzip: list.reduce((n, f) => n + f.gzip, 0),
  };
}

/**
 * The decision route's chunks. The cited guidance (src/content/bodies.ts, cautions.ts) is
 * fetched once they run, beside the first screen rather than before it.
 */
export const DECISION_KEYS = ['src/screens/DecisionRoute.tsx'];

/**
 * First load of the start page, and of a shared decision link (which also needs the
 * decision route's chunks before its first screen renders).
 */
export function firstLoad() {
  const m = manifest();
  const start = htmlAssets('index.html');
  const keys = new Set();
  for (const key of DECISION_KEYS) closure(m, key, keys);
  const decision = filesOf(m, keys).filter((f) => !start.includes(f));
  const lazy = readdirSync(join(DIST, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => !start.includes(f) && /\.(js|css)$/.test(f));
  const total = (files) =>
    files
      .map(sizes)
      .reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  return {
    start: { files: start.map(sizes), ...total(start) },
    sharedLink: { files: [...start, ...decision].map(sizes), ...total([...start, ...decision]) },
    lazy: { files: lazy.map(sizes), ...total(lazy) },
    // The embed opens on the first question.
    embed: entryLoad('embed.html', DECISION_KEYS),
  };
}
