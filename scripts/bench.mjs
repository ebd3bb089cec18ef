#!/usr/bin/env node
// `npm run bench`: build, serve with Brotli and gzip over HTTPS and HTTP/2 (as a production
// host does; see docs/decisions/005-bench-over-https.md), and report what a user pays:
//  - first-load bytes: what Chromium fetches before each page's first screen shows (start
//    page, a shared outcome link, the embed), per response, gzip and Brotli
//    (scripts/first-load.mjs),
//  - Lighthouse (mobile and desktop presets, median of BENCH_LH_RUNS) on the start page and a
//    shared outcome link,
//  - time from navigation to the outcome screen for a shared link (median of runs).
// It reports; it never fails on a slow machine. Results also go to bench-results/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { firstLoadReport, firstLoads, SHARED as SHARED_QUERY } from './first-load.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4390);
// The certificate is self-signed, made by openssl for this run (so Chromium is told to accept
// it); without openssl, the bench says so and uses HTTP/1.1.
const HTTPS = spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;
const ORIGIN = `${HTTPS ? 'https' : 'http'}://127.0.0.1:${PORT}`;
const CHROME = CHROMIUM_PATH;
const FLAGS = HTTPS ? [...CHROMIUM_FLAGS, '--ignore-certificate-errors'] : CHROMIUM_FLAGS;
const SHARED = `/#/decision?${SHARED_QUERY}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const skipLighthouse = process.argv.includes('--no-lighthouse');
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);

/** One Lighthouse run (its JSON report), or undefined if it failed. */
function lighthouse(url, preset) {
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  const report = join(dir, 'report.json');
  const flags = FLAGS.join(' ');
  const args = [
    url,
    `--chrome-flags=--headless --no-sandbox ${flags} --user-data-dir=${dir}/profile`,
    '--output=json',
    `--output-path=${report}`,
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const r = spawnSync('node_modules/.bin/lighthouse', args, {
    env: { ...process.env, CHROME_PATH: CHROME },
    stdio: 'ignore',
  });
  return r.status === 0 ? JSON.parse(readFileSync(report, 'utf8')) : undefined;
}

const score = (j, k) => Math.round((j.categories[k]?.score ?? 0) * 100);
/** When the browser reported the first contentful paint shown (not Lighthouse's estimate). */
const seenPaint = (j) =>
  `${(j.audits.metrics.details.items[0].observedFirstContentfulPaint / 1000).toFixed(2)} s`;
const out = [];
const say = (line = '') => {
  console.log(line);
  out.push(line);
};

/** Lighthouse's median run for each page and preset, with every run's score and first paint. */
function lighthouseTable(pages, presets) {
  say(
    '| page | preset | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | performance, every run | first paint seen, every run |',
  );
  say('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const [page, path] of pages) {
    for (const preset of presets) {
      const runs = [];
      for (let i = 0; i < LH_RUNS; i++) {
        const run = lighthouse(`${ORIGIN}${path}`, preset);
        if (run) runs.push(run);
      }
      if (runs.length === 0) {
        say(`| ${page} | ${preset} | lighthouse failed | | | | | | | | | |`);
        continue;
      }
      const inOrder = runs.map((r) => `${score(r, 'performance')}`).join(', ');
      const painted = runs.map(seenPaint).join(', ');
      runs.sort((x, y) => score(x, 'performance') - score(y, 'performance'));
      const j = runs[Math.floor(runs.length / 2)];
      const a = j.audits;
      say(
        `| ${page} | ${preset} | ${score(j, 'performance')} | ${score(j, 'accessibility')} | ${score(j, 'best-practices')} | ${score(j, 'seo')} | ` +
          `${a['first-contentful-paint'].displayValue} | ${a['largest-contentful-paint'].displayValue} | ` +
          `${a['total-blocking-time'].displayValue} | ${a['cumulative-layout-shift'].displayValue} | ` +
          `${inOrder} | ${painted} |`,
      );
    }
  }
}

spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
const server = spawn(
  process.execPath,
  ['scripts/serve.mjs', '--port', String(PORT), ...(HTTPS ? ['--https'] : [])],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 800));
// Every report names the Chromium and Lighthouse builds it ran: scores move between builds.
const chromiumVersion =
  spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout?.trim() || `${CHROME} (no version)`;
const lighthouseVersion = JSON.parse(
  readFileSync('node_modules/lighthouse/package.json', 'utf8'),
).version;
say(
  `${chromiumVersion}; Lighthouse ${lighthouseVersion}; ${new Date().toISOString().slice(0, 10)}.`,
);
say(
  HTTPS
    ? `Served from ${ORIGIN} over HTTPS with HTTP/2, Brotli and gzip files made at build time (self-signed certificate).`
    : `Served from ${ORIGIN} over HTTP/1.1 with Brotli and gzip: openssl was not found to make a certificate, so loads are slower than from a production host (HTTPS with HTTP/2).`,
);

const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
try {
  say('## First load, as Chromium fetches it before the first screen shows');
  for (const line of firstLoadReport(await firstLoads(browser, `${ORIGIN}/`))) say(line);

  if (!skipLighthouse) {
    const pages = [
      ['start', '/'],
      ['shared outcome', SHARED],
    ];
    say(
      `\n## Lighthouse 12 (Chromium headless; median of ${LH_RUNS} runs by performance score, as Lighthouse advises for its run-to-run variance)`,
    );
    lighthouseTable(pages, ['mobile', 'desktop']);
  }

  say(`\n## Shared link → outcome screen (Chromium, ${RUNS} runs, fresh context each)`);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ ignoreHTTPSErrors: HTTPS });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${ORIGIN}${SHARED}`);
    await page.locator('[data-outcome]').waitFor();
    times.push(Date.now() - t0);
    await context.close();
  }
  times.sort((x, y) => x - y);
  say(
    `median ${times[Math.floor(times.length / 2)]} ms (min ${times[0]} ms, max ${times[times.length - 1]} ms)`,
  );
} finally {
  await browser.close();
  server.kill();
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.md', `${out.join('\n')}\n`);
console.log('\nSaved to bench-results/bench.md');
