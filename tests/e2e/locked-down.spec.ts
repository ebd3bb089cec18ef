import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUDGETS,
  DIST,
  firstLoad,
  firstLoads,
  SHARED,
  type Page,
} from '../../scripts/first-load.mjs';
import { answer, expect, layoutShifts, readToTheEnd, test } from './fixtures';

/** The decision's chunk (build/chunks.ts: the route and what both its screens use), not the map's. */
const DECISION_CODE = /assets\/decision-(?!map-)[^/]+\.js$/;

// Every test in this suite already fails on console errors, CSP violations and requests
// to other origins (see fixtures.ts). These make the guarantees explicit.

test('the app is served under the strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]) {
    expect(csp).toContain(directive);
  }
});

test('a whole walk under the CSP: no violations, no console errors, no other origin', async ({
  page,
  baseURL,
}) => {
  const violations: string[] = [];
  const origins = new Set<string>();
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on('request', (r) => origins.add(new URL(r.url()).origin));

  await page.goto('/');
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, 'Winning work');
  await answer(page, 'Solicitors, England & Wales');
  await answer(page, 'Yes, they allow it');
  await answer(page, 'No, not as far as I can tell');
  await answer(page, 'Just LinkedIn’s standard text');
  await answer(page, 'I can’t tell why they want to connect');
  await answer(page, 'Yes, with a genuine reason');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
  await page.getByRole('button', { name: /Change their reply/ }).click();
  await answer(page, 'Not yet');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'wait');

  expect(violations).toEqual([]);
  expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
});

test('the HTML has no inline scripts or style attributes', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).not.toMatch(/<style/);
});

test('the build publishes no manifest: a host that serves dot-folders would publish every chunk', () => {
  expect(existsSync(join(DIST, '.vite'))).toBe(false);
});

test('first loads, as Chromium fetches them, stay within budget (start page 100 KB gzip, shared link 125 KB gzip and 110 KB Brotli, embed 120 KB gzip; French the same)', async ({
  browser,
  baseURL,
}) => {
  // Bytes are deterministic, unlike times: this is the only size check in the suite. Each
  // budget is checked on its own, so one page past its budget doesn't hide another.
  const loads = await firstLoads(browser, baseURL ?? '');
  for (const [page, budgets] of Object.entries(BUDGETS) as [Page, Record<string, number>][]) {
    const load = loads[page];
    for (const [encoding, budget] of Object.entries(budgets) as ['gzip' | 'br', number][]) {
      const detail = load.files.map((f) => `${f.file}: ${f[encoding]} B`).join(', ');
      expect.soft(load[encoding], `${page}, ${encoding}: ${detail}`).toBeLessThanOrEqual(budget);
    }
  }
});

test('the first-load measurement counts what came over the wire: the compressed files the build made', async ({
  browser,
  baseURL,
}) => {
  const fetched = await firstLoad(browser, baseURL ?? '', 'sharedLink', 'gzip');
  const files = fetched.map((f) => f.file);
  // The page, its scripts, and the decision's code, which the outcome waits for.
  expect(files[0]).toBe('index.html');
  expect(files.some((f) => DECISION_CODE.test(f))).toBe(true);
  for (const { file, bytes } of fetched) {
    const gz = join(DIST, `${file}.gz`);
    // A file the build compressed came as its .gz file (the HTML is served with its
    // prerendered start page as it is on disk); anything else came as it is.
    if (existsSync(gz)) expect(bytes, file).toBe(statSync(gz).size);
  }
});

test('the start page loads no decision code until the reader means to start', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((f) => DECISION_CODE.test(f))).toEqual([]);
  // A pointer over "Start now" fetches it, so the first question rarely waits…
  const decision = page.waitForRequest(DECISION_CODE);
  await page.getByRole('button', { name: 'Start now' }).hover();
  await decision;
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('checkbox', { name: 'Winning work' })).toBeVisible();
  // …and only once.
  expect(fetched.filter((f) => DECISION_CODE.test(f))).toHaveLength(1);
});

test('the page has what browsers and search engines expect', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /LinkedIn/);
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(1);
  for (const href of ['./favicon.svg', './manifest.webmanifest', './robots.txt']) {
    const r = await page.request.get(href);
    expect(r.ok(), href).toBe(true);
  }
  // The start page is in the HTML itself, before any script runs.
  const html = await (await page.request.get('/')).text();
  expect(html).toContain('Start now');
});

for (const width of [1280, 375]) {
  test(`a shared outcome opens without moving anything on screen (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 800 });
    await page.goto(`/#/decision?${SHARED}`);
    // Read down to the foot, as a person would: the extras that mount on the way move nothing.
    await readToTheEnd(page);
    await expect(page.getByRole('heading', { name: 'What would change this?' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // The extras that mount after the first paint (map, "What would change this?",
    // cautions) come after everything else, so they can't move what is on screen.
    expect(await layoutShifts(page)).toEqual([]);
  });
}

test('on a phone, the map and “What would change this?” wait until the reader comes near', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/#/decision?${SHARED}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const fetched = (chunk: RegExp) =>
    page.evaluate(
      (source) =>
        performance.getEntriesByType('resource').some((r) => new RegExp(source).test(r.name)),
      chunk.source,
    );
  // Both hold their place, unrendered, and the map's code is not even fetched…
  await expect(page.locator('[data-extra-marker]')).toHaveCount(2);
  await expect(page.locator('[data-path-map]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'What would change this?' })).toHaveCount(0);
  expect(await fetched(/\/PathMap-[\w-]+\.js$/)).toBe(false);

  // …until the reader comes near.
  await readToTheEnd(page);
  await expect(page.locator('[data-path-map]')).toBeAttached();
  await expect(page.getByRole('heading', { name: 'What would change this?' })).toBeAttached();
  expect(await fetched(/\/PathMap-[\w-]+\.js$/)).toBe(true);
});

test('by keyboard on a phone, the extras are in place by the time Tab leaves the share section', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/#/decision?${SHARED}`);
  await expect(page.locator('[data-extra-marker]')).toHaveCount(2);
  const copyText = page.getByRole('button', { name: 'Copy as text' });
  for (let i = 0; i < 40 && !(await copyText.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(copyText).toBeFocused();
  // Focusing it scrolled it into view, which brought the extras within a screen: they mount…
  await expect(page.locator('[data-extra-marker]')).toHaveCount(0);
  // …and once the map's code has come (a moment, locally),…
  await expect(page.locator('[data-path-map]')).toBeAttached();
  // …the next Tab goes into them, not past them to "Start again".
  await page.keyboard.press('Tab');
  // The map's section comes first.
  await expect(page.locator('[data-path-map] :focus')).toHaveCount(1);
});

test.describe('served as the bench serves it (HTTPS, HTTP/2, Brotli)', () => {
  const port = Number(process.env.HTTPS_PORT ?? 4175);
  // The certificate is self-signed, made when the server starts. The fixture's checks (no
  // console error, no CSP violation, no other origin) hold here too.
  test.use({ baseURL: `https://127.0.0.1:${port}/`, ignoreHTTPSErrors: true });
  let server: ChildProcess;
  test.beforeAll(async () => {
    server = spawn(process.execPath, ['scripts/serve.mjs', '--https', '--port', String(port)]);
    await new Promise<void>((ready, fail) => {
      server.stdout?.on('data', (d: Buffer) => {
        if (String(d).includes(`https://127.0.0.1:${port}/`)) ready();
      });
      server.on('exit', (code) => fail(new Error(`serve.mjs --https exited with ${code}`)));
    });
  });
  test.afterAll(() => {
    server.kill();
  });

  test('a shared link opens its outcome', async ({ page, context }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const responses: { url: string; protocol?: string; encoding?: string }[] = [];
    cdp.on('Network.responseReceived', ({ response }) =>
      responses.push({
        url: response.url,
        protocol: response.protocol,
        encoding: response.headers['content-encoding'],
      }),
    );
    await page.goto(`/#/decision?${SHARED}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    const scripts = responses.filter((r) => r.url.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const r of [...responses.filter((r) => r.url.endsWith('/')), ...scripts]) {
      expect(r, r.url).toMatchObject({ protocol: 'h2', encoding: 'br' });
    }
  });
});
