// What the browser fetches before the first screen renders, from the build itself.
// Used by the bench (scripts/bench.mjs) and the bundle-size test (tests/e2e/locked-down.spec.ts).
// `node scripts/first-load.mjs` after a build prints it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '..', 'dist');
/**
 * What each page may load, gzip, before its first screen shows. The embed's first screen also
 * reads its options (zod, which a shared link no longer needs: docs/decisions/004).
 */
export const BUDGETS = { start: 100 * 1024, sharedLink: 125 * 1024, embed: 130 * 1024 };

/**
 * A file's bytes as served: raw, and the gzip and Brotli files the build wrote beside it
 * (build/compress-plugin.ts), which the server sends as they are. Where the build wrote none
 * (it would have been no smaller), the file goes as it is.
 */
export function sizes(file) {
  const size = (name) => statSync(join(DIST, name)).size;
  const raw = size(file);
  const served = (suffix) => (existsSync(join(DIST, file + suffix)) ? size(file + suffix) : raw);
  return { file, raw, gzip: served('.gz'), br: served('.br') };
}

/** Raw, gzip and Brotli bytes added up. */
function total(list) {
  return {
    raw: list.reduce((n, f) => n + f.raw, 0),
    gzip: list.reduce((n, f) => n + f.gzip, 0),
    br: list.reduce((n, f) => n + f.br, 0),
  };
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
  return { files: list, ...total(list) };
}

/**
 * The decision route's chunks. The cited guidance (src/content/bodies.ts, cautions.ts) is
 * fetched once they run, beside the first screen rather than before it.
 */
export const DECISION_KEYS = ['src/screens/question/DecisionRoute.tsx'];

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
  const load = (files) => {
    const list = files.map(sizes);
    return { files: list, ...total(list) };
  };
  return {
    start: load(start),
    sharedLink: load([...start, ...decision]),
    lazy: load(lazy),
    // The embed opens on the first question.
    embed: entryLoad('embed.html', DECISION_KEYS),
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The first-load tables as Markdown lines (also the bench's). */
export function firstLoadReport() {
  const load = firstLoad();
  const lines = [];
  const within = (l, budget) =>
    `gzip budget ${kb(budget)}: ${l.gzip <= budget ? 'within' : 'OVER'}`;
  const table = (files) => {
    lines.push('| file | Brotli | gzip | raw |', '|---|---:|---:|---:|');
    for (const f of files) lines.push(`| ${f.file} | ${kb(f.br)} | ${kb(f.gzip)} | ${kb(f.raw)} |`);
  };
  for (const [name, l, budget] of [
    ['Start page', load.start, BUDGETS.start],
    ['Shared decision link', load.sharedLink, BUDGETS.sharedLink],
  ]) {
    lines.push(
      '',
      `${name}: ${kb(l.br)} Brotli, ${kb(l.gzip)} gzip, ${kb(l.raw)} raw (${within(l, budget)})`,
    );
    table(l.files);
  }
  const loader = sizes('embed.js');
  lines.push(
    '',
    `Embed loader (embed.js, for host pages): ${kb(loader.br)} Brotli, ${kb(loader.gzip)} gzip, ${kb(loader.raw)} raw`,
    `Embed page (embed.html and what it loads first): ${kb(load.embed.br)} Brotli, ${kb(load.embed.gzip)} gzip (${load.embed.files.length} files; ${within(load.embed, BUDGETS.embed)})`,
    '',
    `Lazy chunks (loaded when first needed): ${kb(load.lazy.br)} Brotli, ${kb(load.lazy.gzip)} gzip in ${load.lazy.files.length} files`,
  );
  table(load.lazy.files);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('## First load (as served: Brotli or gzip, whichever the browser takes)');
  for (const line of firstLoadReport()) console.log(line);
}
