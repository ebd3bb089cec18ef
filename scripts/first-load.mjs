// What the browser fetches before each page's first screen shows, measured in Chromium.
// Used by the bench (scripts/bench.mjs) and the budget test (tests/e2e/locked-down.spec.ts);
// `node scripts/first-load.mjs <origin>` prints it for a build being served there.
//
// How: each page is opened twice in a fresh browser context (nothing cached, service workers
// blocked), once asking for gzip only (`Accept-Encoding: gzip`) and once for Brotli only
// (`Accept-Encoding: br`). A script in the page notes the moment its first screen shows: the
// page's own scripts have run (DOMContentLoaded) and the first screen's element is in the
// document. Every response the page requested before that moment is counted (the HTML, then
// the Resource Timing entries that started earlier), by the bytes of its body as they came
// over the wire (`encodedBodySize`: compressed if the server compressed it; headers are left
// out, as they depend on the host and HTTP/2 compresses them). Each response's
// Content-Encoding is checked against what was asked for, so a server that ignored the
// header can't pass for a small page.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '..', 'dist');

const KB = 1024;
/** What each page may fetch before its first screen shows (bytes). */
export const BUDGETS = {
  start: { gzip: 100 * KB },
  sharedLink: { gzip: 125 * KB, br: 110 * KB },
  embed: { gzip: 120 * KB },
  // The French pages (dist/fr/, decision 016) hold the same budgets.
  frStart: { gzip: 100 * KB },
  frSharedLink: { gzip: 125 * KB, br: 110 * KB },
  frEmbed: { gzip: 120 * KB },
};

/** The shared outcome link the bench and the budget test open (an accept, with a body). */
export const SHARED =
  'v=1&objectives=clients,media&body=nzls&rules=allowed&matter=none&invite=personal&profile=relevant';

/**
 * Each page, and the element that says its first screen is there: the start page's "Start
 * now", a shared link's outcome, the embed's first question.
 */
export const PAGES = {
  start: { path: '', css: '[role="button"], button', text: 'Start now' },
  sharedLink: { path: `#/decision?${SHARED}`, css: '[data-outcome]' },
  embed: { path: 'embed.html', css: 'fieldset' },
  // The French start page's button, whatever its words.
  frStart: { path: 'fr/', css: '[role="button"], button' },
  frSharedLink: { path: `fr/#/decision?${SHARED}`, css: '[data-outcome]' },
  frEmbed: { path: 'fr/embed.html', css: 'fieldset' },
};

/** Runs in the page before its own scripts: notes when the first screen shows. */
function watchFirstScreen({ css, text }) {
  let loaded = false;
  const check = () => {
    if (!loaded || window.__firstScreenAt !== undefined) return;
    const found = [...document.querySelectorAll(css)].some(
      (el) => text === undefined || el.textContent?.trim() === text,
    );
    if (found) window.__firstScreenAt = performance.now();
  };
  document.addEventListener('DOMContentLoaded', () => {
    loaded = true;
    check();
  });
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/**
 * One page (a key of PAGES), one encoding: each response fetched before its first screen
 * showed, `{ file, bytes, raw }`, in the order they were asked for.
 */
export async function firstLoad(browser, origin, page, encoding) {
  const { path, ...ready } = PAGES[page];
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    serviceWorkers: 'block',
    extraHTTPHeaders: { 'Accept-Encoding': encoding },
  });
  try {
    const tab = await context.newPage();
    const encodings = new Map();
    tab.on('response', (r) => encodings.set(r.url(), r.headers()['content-encoding']));
    await tab.addInitScript(watchFirstScreen, ready);
    await tab.goto(new URL(path, origin).href);
    await tab.waitForFunction(() => window.__firstScreenAt !== undefined);
    // Resource Timing lists a response once it has finished: let what was asked for arrive.
    await tab.waitForLoadState('networkidle');
    const entries = await tab.evaluate(() => {
      const at = window.__firstScreenAt;
      const [nav] = performance.getEntriesByType('navigation');
      const fetched = performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime <= at)
        .sort((a, b) => a.startTime - b.startTime);
      return [nav, ...fetched].map((r) => ({
        url: r.name,
        bytes: r.encodedBodySize,
        raw: r.decodedBodySize,
      }));
    });
    return entries.map(({ url, bytes, raw }) => {
      const u = new URL(url);
      const file = u.pathname.replace(/^\//, '') || 'index.html';
      const got = encodings.get(u.href.replace(/#.*$/, '')) ?? encodings.get(url);
      // A body the server sent as it is (too small to gain, or a 404) is counted as it came.
      if (got !== undefined && got !== encoding)
        throw new Error(`${file}: asked for ${encoding}, the server sent ${got}`);
      return { file, bytes, raw };
    });
  } finally {
    await context.close();
  }
}

/**
 * Every page's first load, gzip and Brotli: `{ start: { gzip, br, raw, files }, … }`, each
 * file with its gzip, Brotli and raw bytes (a file fetched in one run only counts 0 in the
 * other). `browser` is a Playwright Chromium; `origin` serves the build.
 */
export async function firstLoads(browser, origin) {
  const loads = {};
  for (const page of Object.keys(PAGES)) {
    const gzip = await firstLoad(browser, origin, page, 'gzip');
    const br = await firstLoad(browser, origin, page, 'br');
    const files = [...new Set([...gzip, ...br].map((f) => f.file))].map((file) => {
      const g = gzip.find((f) => f.file === file);
      const b = br.find((f) => f.file === file);
      return { file, gzip: g?.bytes ?? 0, br: b?.bytes ?? 0, raw: (g ?? b)?.raw ?? 0 };
    });
    const sum = (key) => files.reduce((n, f) => n + f[key], 0);
    loads[page] = { files, gzip: sum('gzip'), br: sum('br'), raw: sum('raw') };
  }
  return loads;
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const NAMES = {
  start: 'Start page',
  sharedLink: 'Shared outcome link',
  embed: 'Embed (embed.html, first question)',
  frStart: 'French start page (fr/)',
  frSharedLink: 'French shared outcome link (fr/#/decision?…)',
  frEmbed: 'French embed (fr/embed.html, first question)',
};

/** A file of the build as it lies on disk: raw, and the gzip and Brotli files made beside it. */
function onDisk(file) {
  const size = (name) => (existsSync(join(DIST, name)) ? statSync(join(DIST, name)).size : 0);
  const raw = size(file);
  return { file, raw, gzip: size(`${file}.gz`) || raw, br: size(`${file}.br`) || raw };
}

/**
 * The first-load tables as Markdown lines (the bench's, and this script's output), then the
 * build's scripts and stylesheets that no first screen fetched, by the sizes of their files.
 */
export function firstLoadReport(loads) {
  const lines = [];
  for (const [page, load] of Object.entries(loads)) {
    const budgets = Object.entries(BUDGETS[page])
      .map(([enc, max]) => `${enc} budget ${kb(max)}: ${load[enc] <= max ? 'within' : 'OVER'}`)
      .join('; ');
    lines.push(
      '',
      `${NAMES[page]}: ${kb(load.br)} Brotli, ${kb(load.gzip)} gzip, ${kb(load.raw)} raw, ${load.files.length} responses (${budgets})`,
      '| response | Brotli | gzip | raw |',
      '|---|---:|---:|---:|',
      ...load.files.map((f) => `| ${f.file} | ${kb(f.br)} | ${kb(f.gzip)} | ${kb(f.raw)} |`),
    );
  }
  const first = new Set(Object.values(loads).flatMap((l) => l.files.map((f) => f.file)));
  const later = readdirSync(join(DIST, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => /\.(js|css)$/.test(f) && !first.has(f))
    .map(onDisk);
  const sum = (key) => later.reduce((n, f) => n + f[key], 0);
  lines.push(
    '',
    `Loaded later, when first needed (sizes of the build's files): ${kb(sum('br'))} Brotli, ${kb(sum('gzip'))} gzip in ${later.length} files`,
    '| file | Brotli | gzip | raw |',
    '|---|---:|---:|---:|',
    ...later.map((f) => `| ${f.file} | ${kb(f.br)} | ${kb(f.gzip)} | ${kb(f.raw)} |`),
  );
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const origin = process.argv[2];
  if (!origin) {
    console.error('Usage: node scripts/first-load.mjs <origin serving the build>');
    process.exit(2);
  }
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_FLAGS, CHROMIUM_PATH } = await import('./chromium.mjs');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    console.log('## First load, as Chromium fetches it before the first screen shows');
    for (const line of firstLoadReport(await firstLoads(browser, origin))) console.log(line);
  } finally {
    await browser.close();
  }
}
