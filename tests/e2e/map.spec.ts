import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST, firstLoad } from '../../scripts/first-load.mjs';
import { OUTCOMES, STEP_IDS, type Answers } from '../../src/decision/steps';
import { whatIf } from '../../src/decision/whatIf';
import { answer, expect, q, readToTheEnd, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found).toEqual([]);
}

/** The screen's map (not the print one): nodes and edges that are highlighted. */
async function highlighted(page: Page) {
  const map = page.locator('[data-path-map] svg[data-map="path"]').first();
  await expect(map).toBeVisible();
  const nodes = await map
    .locator('.map-node.is-on')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
  const edges = await map
    .locator('.map-edge.is-on')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-from')}>${e.getAttribute('data-to')}`),
    );
  const ids = await map
    .locator('.map-edge.is-on')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')));
  return { nodes, edges, ids };
}

async function expectPath(page: Page, nodes: string[], answersGiven: string[]) {
  await readToTheEnd(page);
  // Folded under one line, as on every outcome: the reader opens it.
  await page.getByText('Show your path through the decision').click();
  const got = await highlighted(page);
  expect([...got.nodes].sort()).toEqual([...nodes].sort());
  expect([...got.edges].sort()).toEqual(
    nodes
      .slice(1)
      .map((to, i) => `${nodes[i]}>${to}`)
      .sort(),
  );
  // The same path as a list: each step with the answer given, then the recommendation.
  const items = page.locator('[data-path-list] > li');
  await expect(items).toHaveCount(nodes.length);
  for (const [i, given] of answersGiven.entries()) await expect(items.nth(i)).toContainText(given);
  await expect(items.last()).toContainText('Recommendation:');
  return got;
}

test.describe('the decision map', () => {
  test('#/how-it-works: the whole map, each step explained, where the advice comes from; axe clean in light and dark', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/#/how-it-works');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the decision works');
    const map = page.getByRole('img', { name: 'Map of the whole decision' });
    await expect(map).toBeVisible();
    await expect(map).toHaveAccessibleDescription(/flow chart/);
    // Every step and outcome of the machine is a box; every transition an arrow with words.
    const nodes = await map
      .locator('[data-node]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
    expect(nodes.sort()).toEqual([...STEP_IDS, ...OUTCOMES].sort());
    await expect(map.locator('[data-edge]')).toHaveCount(22);
    await expect(map.locator('[data-label] text')).toHaveCount(22);
    // The map region scrolls from the keyboard.
    await expect(page.getByRole('region', { name: 'Decision map' })).toHaveAttribute(
      'tabindex',
      '0',
    );
    // In words too, and the sources.
    await expect(page.getByRole('heading', { name: 'Each step' })).toBeVisible();
    await expect(page.getByText(/Kirsten Hodgson/).first()).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Law Society practice note: Social media' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: 'test-results/screenshots/map/how-it-works-1280.png',
      fullPage: true,
    });

    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: 'test-results/screenshots/map/how-it-works-1280-dark.png',
      fullPage: true,
    });

    // A phone: the map keeps its size and scrolls sideways inside its region, opened at
    // the first question; the page itself never scrolls sideways.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await expect(map).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(map.locator('[data-node="objectives"]')).toBeInViewport();
    const box = await map.boundingBox();
    expect(box?.width).toBeGreaterThan(375);
    await page.screenshot({
      path: 'test-results/screenshots/map/how-it-works-375.png',
      fullPage: true,
    });
  });

  test('the highlighted path is the answers given: accept, by mouse', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(q('v=1'));
    const given = [
      ['Winning work', 'Raising my profile'],
      ['Lawyers, New Zealand'],
      ['Yes, they allow it'],
      ['No, not as far as I can tell'],
      ['A personal note with a clear reason'],
      ['Yes, they fit'],
    ];
    for (const labels of given) await answer(page, ...labels);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    await expectPath(
      page,
      ['objectives', 'body', 'rules', 'matter', 'invite', 'profile', 'accept'],
      given.map((g) => g.join(', ')),
    );
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: 'test-results/screenshots/map/outcome-accept-1280.png',
      fullPage: true,
    });
    // A phone gets the path alone, readable without scrolling sideways; the whole map, which
    // it would not show, is not even built.
    await expect(page.locator('[data-path-map] .map-narrow-only')).toHaveCount(0);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(page.locator('[data-path-map] .map-wide-only')).toHaveCount(0);
    const chain = page.locator('[data-path-map] .map-narrow-only svg');
    await expect(chain).toBeVisible();
    expect((await chain.boundingBox())?.width).toBeLessThanOrEqual(375);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: 'test-results/screenshots/map/outcome-accept-375.png',
      fullPage: true,
    });
  });

  test('the highlighted path is the answers given: report-spam, skipping the rules', async ({
    page,
  }) => {
    await page.goto(q('v=1'));
    const given = [
      'Taking part in my sector',
      'I am not regulated',
      'No, not as far as I can tell',
      'Something suspicious',
      'Yes, it is real spam',
    ];
    for (const label of given) await answer(page, label);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'report-spam');
    await expectPath(
      page,
      ['objectives', 'body', 'matter', 'invite', 'spamCheck', 'report-spam'],
      given,
    );
  });

  test('the highlighted path is the answers given: dont-connect, by the red flag (not the rules)', async ({
    page,
  }) => {
    await page.goto(q('v=1&objectives=clients&body=aba&rules=restricted&matter=juror'));
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'dont-connect');
    const { ids } = await expectPath(
      page,
      ['objectives', 'body', 'rules', 'matter', 'dont-connect'],
      ['Winning work', 'Lawyers, another US state', 'No, they restrict it', 'They are a juror'],
    );
    // Both the red flag and the rules lead here; the machine took the red flag.
    expect(ids).toContain('matter|ANSWER|0|dont-connect');
    expect(ids).not.toContain('matter|ANSWER|2|dont-connect');
  });

  test('the map is lazy: not in what the start page or a shared link fetch first', async ({
    browser,
    baseURL,
  }) => {
    const code = (files: string[]) =>
      files
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(DIST, f), 'utf8'))
        .join('\n');
    // Strings only the map's code has.
    const MAP_CODE = /map-edge-line|How we got here/;
    for (const page of ['start', 'sharedLink'] as const) {
      const fetched = await firstLoad(browser, baseURL ?? '', page, 'gzip');
      expect(code(fetched.map((f) => f.file))).not.toMatch(MAP_CODE);
    }
    // …though the build has it.
    expect(code(readdirSync(join(DIST, 'assets')).map((f) => `assets/${f}`))).toMatch(MAP_CODE);
  });

  test('the whole map comes laid out: the layout library is in no file the browser gets', () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(js|html)$/.test(f),
    );
    expect(files.length).toBeGreaterThan(5);
    // Messages of dagre and graphlib that a minifier keeps.
    const DAGRE = /Not possible to find intersection|Cannot set a named edge/;
    for (const f of files) expect(readFileSync(join(DIST, f), 'utf8'), f).not.toMatch(DAGRE);
  });
});

/** The longest decisions (most answers, longest labels) and one of every outcome. */
const PRINTED: Record<string, string> = {
  accept:
    'v=1&objectives=clients,media,community,careers&body=au-solicitors&rules=allowed&matter=none&invite=personal&profile=relevant',
  ignore: 'v=1&objectives=known-only&matter=none',
  'report-spam':
    'v=1&objectives=clients,media,community,careers&body=sra&rules=allowed&matter=none&invite=standard&profile=spam&spam=true-spam',
  wait: 'v=1&objectives=clients,media,community,careers&body=ca-flsc&rules=allowed&matter=none&invite=pitch&profile=unclear&reply=pending',
  'check-rules':
    'v=1&objectives=clients,media,community,careers&body=lsi&rules=unsure&matter=none&invite=personal&profile=unclear',
  'dont-connect':
    'v=1&objectives=clients,media,community,careers&body=aba&rules=allowed&matter=opposing-party',
};

/** Printing starts: the map, drawn when the reader comes near it or prints, is drawn. */
async function printMapReady(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.map-print svg[role="img"]')).toBeAttached();
  await page.emulateMedia({ media: 'screen' });
}

/** Pages in a PDF: `/Type /Page` objects (not `/Type /Pages`, the page tree). */
const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;

test.describe('printing an outcome', () => {
  for (const [outcome, query] of Object.entries(PRINTED)) {
    test(`${outcome}: a clean record on at most two A4 or Letter pages, even from dark mode`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(q(query));
      await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', outcome);
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

      // What the page says on paper: the recommendation, reasons, answers, the path map,
      // the link as text and the date; no buttons, navigation or dark background.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Why', exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
      const printMap = page.locator('.map-print');
      await expect(printMap).toBeVisible();
      await expect(
        printMap.getByRole('img', { name: 'Your path through the decision' }),
      ).toBeVisible();
      // The link as text, with the record it carries (the day it was made, the outcome then).
      const link = `${baseURL}#/decision?${query}`.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&');
      await expect(
        page.getByText(new RegExp(`^${link}&made=\\d{4}-\\d{2}-\\d{2}&was=${outcome}$`)),
      ).toBeVisible();
      await expect(
        page.getByText(/^Decision made on \d{1,2} \w+ \d{4}\. Printed on \d{1,2} \w+ \d{4}\.$/),
      ).toBeVisible();
      await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.locator('[data-path-map]')).toBeHidden();
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      expect(background).toBe('rgb(255, 255, 255)');

      // As on A4 paper: 210 mm at 96 dpi, less the page margins.
      await page.setViewportSize({ width: 688, height: 1030 });
      await page.screenshot({
        path: `test-results/screenshots/print/${outcome}.png`,
        fullPage: true,
      });
      // Paper holds everything the outcome shows unfolded (whom to tell now on a red flag,
      // the helplines on check-rules), which may take a second page.
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        expect(pageCount(pdf), `${format} pages`).toBeLessThanOrEqual(2);
      }
    });
  }

  test('printing from the browser: the map is in the page when it is laid out for paper', async ({
    page,
  }) => {
    await page.goto(q(PRINTED.accept ?? ''));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await printMapReady(page);
    // A listener added after the app's runs after it, and after the microtasks it queued:
    // what it sees is what the printer gets (Chromium lays the page out for paper once
    // the beforeprint listeners have run). page.pdf() prints as the browser's own Print
    // does, with beforeprint and afterprint.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { printSeen: seen });
      const svg = () => document.querySelector('.map-print svg[role="img"]');
      addEventListener('beforeprint', () => seen.push(`before: ${svg() ? 'map' : 'none'}`));
      addEventListener('afterprint', () => seen.push(`after: ${svg() ? 'map' : 'none'}`));
    });
    await page.pdf({ format: 'A4' });
    expect(
      await page.evaluate(() => (window as unknown as { printSeen: string[] }).printSeen),
    ).toEqual(['before: map', 'after: map']);
  });

  test('the page count regex counts pages, not the page tree', () => {
    const fake = Buffer.from(
      '<< /Type /Pages /Kids [1 0 R 2 0 R] >> << /Type /Page >> <</Type/Page/Parent 1 0 R>>',
    );
    expect(pageCount(fake)).toBe(2);
  });
});

test.describe('copy as text', () => {
  test('puts the recommendation, reasons, answers and link on the clipboard, and says "Copied"', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? '').origin,
    });
    await page.goto(q('v=1&objectives=known-only&matter=none'));
    const button = page.getByRole('button', { name: 'Copy as text' });
    await button.click();
    await expect(button.locator('xpath=..').getByRole('status')).toHaveText('Copied');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // The record as text: its first lines, the date, what to do next, the answers, the link
    // (with its record) and the not-legal-advice line (share/summary.test.ts has the rest).
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Should I connect? Ignore the invitation.',
      'There is no good reason to connect, and ignoring is quiet and polite.',
    ]);
    expect(lines[2]).toMatch(/^Decision made on \d{1,2} \w+ \d{4}\.$/);
    expect(lines).toContain('What to do next on LinkedIn:');
    expect(lines).toContain(
      '- What you use LinkedIn for: I only connect with people I already know',
    );
    expect(lines).toContain('- Connection to your firm’s matters: No, not as far as I can tell');
    expect(text).toMatch(
      new RegExp(
        `Link to this decision: ${baseURL}#/decision\\?v=1&objectives=known-only.*&was=ignore`,
      ),
    );
    expect(lines.at(-1)).toMatch(/not legal advice/);
  });

  test('without the Clipboard API, selects the text and says how to copy it', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    await page.goto(
      q('v=1&objectives=clients&body=none&matter=none&invite=standard&profile=relevant'),
    );
    const button = page.getByRole('button', { name: 'Copy as text' });
    await button.click();
    await expect(button.locator('xpath=..').getByRole('status')).toContainText(/Ctrl\+C/);
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement;
      return {
        id: el.id,
        all: el.selectionStart === 0 && el.selectionEnd === el.value.length,
        value: el.value,
      };
    });
    expect(selected.id).toBe('summary-text');
    expect(selected.all).toBe(true);
    expect(selected.value).toMatch(/^Should I connect\? Accept the invitation\./);
  });
});

test.describe('what would change this', () => {
  const WAIT: Answers = {
    objectives: ['clients'],
    body: 'none',
    matter: 'none',
    invite: 'standard',
    profile: 'unclear',
    reply: 'pending',
  };

  test('lists what the machine computes, and Change goes to that question', async ({ page }) => {
    await page.goto(
      q(
        'v=1&objectives=clients&body=none&matter=none&invite=standard&profile=unclear&reply=pending',
      ),
    );
    await readToTheEnd(page);
    await page.getByText(/^Show the \d+ answers that would$/).click();
    const items = page.locator('[data-what-if] > li');
    await expect(items.first()).toBeVisible();
    const shown = await items.evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute('data-key'),
        e.getAttribute('data-values'),
        e.getAttribute('data-leads-to'),
      ]),
    );
    const computed = whatIf(WAIT).map((g) => [
      g.key,
      g.values.join(','),
      g.outcome ?? `ask:${g.asks ?? ''}`,
    ]);
    expect(shown).toEqual(computed);
    await expect(
      items.filter({
        hasText: 'If “Their reply” were “Yes, with a genuine reason”: accept the invitation.',
      }),
    ).toHaveCount(1);

    await page
      .getByRole('button', {
        name: /Change this answer: their reply, to Yes, with a genuine reason/,
      })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Did they reply/);
    await answer(page, 'Yes, with a genuine reason');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
  });
});
