import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { OUTCOMES, type OutcomeId } from '../../src/decision/steps';
import { englishPhrases, foundIn } from './english';
import { expect, readToTheEnd, test, unfold } from './fixtures';
import { SCREENS } from './screens';

/**
 * The tool in Québec French (decision-tree.md "Languages"): pages under fr/, `lang="fr-CA"`,
 * "Continuer" on every step, a link to the other language on every page that keeps the
 * answers, share links and the embed in French, and no English phrase left on a French screen.
 * Answers are chosen by their DOM hooks (`name` = answer key, `value` = answer id): the
 * paths do not depend on the French words, which the screens are checked for separately.
 */

const APP = `http://127.0.0.1:${process.env.PORT ?? 4173}`;
const HOST = `http://127.0.0.1:${process.env.HOST_PORT ?? 4174}`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CONTINUE = 'Continuer';
const START = 'Commencer';
const TO_ENGLISH = 'English version';
const TO_FRENCH = 'Version française';

type Scope = Page | FrameLocator;
type Step = [key: string, values: string[]];

/** A path through the questions to each outcome, one answer key at a time. */
const PATHS: Record<OutcomeId, Step[]> = {
  accept: [
    ['objectives', ['clients', 'media']],
    ['body', ['barreau-qc']],
    ['rules', ['allowed']],
    ['matter', ['none']],
    ['invite', ['personal']],
    ['profile', ['relevant']],
  ],
  ignore: [
    ['objectives', ['known-only']],
    ['matter', ['none']],
  ],
  'report-spam': [
    ['objectives', ['clients']],
    ['body', ['none']],
    ['matter', ['none']],
    ['invite', ['suspicious']],
    ['spam', ['true-spam']],
  ],
  wait: [
    ['objectives', ['careers']],
    ['body', ['ca-flsc']],
    ['rules', ['allowed']],
    ['matter', ['none']],
    ['invite', ['standard']],
    ['profile', ['unclear']],
    ['reply', ['pending']],
  ],
  'check-rules': [
    ['objectives', ['clients']],
    ['body', ['barreau-qc']],
    ['rules', ['unsure']],
    ['matter', ['none']],
    ['invite', ['standard']],
    ['profile', ['relevant']],
  ],
  'dont-connect': [
    ['objectives', ['clients']],
    ['body', ['barreau-qc']],
    ['rules', ['allowed']],
    ['matter', ['juror']],
  ],
};

const query = (steps: Step[]) => `v=1&${steps.map(([k, v]) => `${k}=${v.join(',')}`).join('&')}`;

/** Ticks the answers of one question by their ids, then presses "Continuer". */
async function choose(scope: Scope, [key, values]: Step) {
  for (const value of values) {
    const input = scope.locator(`input[name="${key}"][value="${value}"]`);
    await unfold(input);
    await input.check();
  }
  await scope.getByRole('button', { name: CONTINUE, exact: true }).click();
}

async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (include ? builder.include(include) : builder).analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found).toEqual([]);
}

let english: string[] = [];
test.beforeAll(async () => {
  english = await englishPhrases();
  // A catalogue read wrong would make the check below pass on anything.
  expect(english.length).toBeGreaterThan(500);
});

/** No phrase of four words or more from the English catalogue in what the page shows. */
async function expectNoEnglish(scope: Locator) {
  const text = await scope.innerText();
  expect.soft(foundIn(text, english), 'English phrases on a French screen').toEqual([]);
}

test.describe('French paths through the questions', () => {
  test('there is a path for every outcome', () => {
    expect(Object.keys(PATHS).sort()).toEqual([...OUTCOMES].sort());
  });

  for (const [outcome, steps] of Object.entries(PATHS)) {
    test(`from the French start page to “${outcome}”, pressing Continuer`, async ({ page }) => {
      await page.goto('/fr/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
      await page.getByRole('button', { name: START }).click();
      for (const step of steps) await choose(page, step);
      await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', outcome);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      expect(page.url()).toBe(`${APP}/fr/#/decision?${query(steps)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    });
  }

  test('by keyboard alone, to “ignore”', async ({ page }) => {
    await page.goto('/fr/');
    const focusedOn = (selector: string) =>
      page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    // Skip link, the site's name, the link to English, then Commencer.
    for (let i = 0; i < 6 && !(await focusedOn('[role="button"]')); i++)
      await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: START })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="objectives"]').first()).toBeVisible();
    for (let i = 0; i < 10 && !(await focusedOn('[value="known-only"]')); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.locator('[value="known-only"]')).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="matter"]').first()).toBeVisible();
    await page.keyboard.press('Tab');
    // The arrows move through the radio group and select as they go.
    for (
      let i = 0;
      i < 8 && !(await page.locator('[name="matter"][value="none"]').isChecked());
      i++
    )
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'ignore');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});

/** Every kind of French screen: each step, each outcome, the other pages, an error. */
const FRENCH_SCREENS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(SCREENS).map(([name, url]) => [name, `/fr${url}`])),
  'how-it-works': '/fr/#/how-it-works',
  sources: '/fr/#/sources',
  builder: '/fr/#/embed',
};

test.describe('every French screen', () => {
  for (const [name, url] of Object.entries(FRENCH_SCREENS)) {
    test(`${name}: in French, accessible, with the link to English`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(url);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
      if (name.startsWith('outcome-')) await readToTheEnd(page);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('a[hreflang="en"]')).toHaveAccessibleName(TO_ENGLISH);
      await expectNoAxeViolations(page);
      await expectNoEnglish(page.locator('body'));
      await page.screenshot({
        path: `test-results/screenshots/fr-375/${name}.png`,
        fullPage: true,
      });
    });
  }

  test('the error summary: in French and accessible', async ({ page }) => {
    await page.goto(`/fr${SCREENS.rules}`);
    await page.getByRole('button', { name: CONTINUE, exact: true }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAxeViolations(page);
    await expectNoEnglish(page.locator('body'));
  });

  test('the French start page is prerendered: its first screen is in the HTML, in French', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/fr/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await expect(page.getByRole('button', { name: START })).toBeVisible();
    await expect(page.locator('a[hreflang="en"]')).toHaveAttribute('href', '../#/');
    await expectNoEnglish(page.locator('body'));
    await context.close();
  });
});

test.describe('the link to the other language', () => {
  test('keeps the answers, from English to French and back', async ({ page }) => {
    const answers = query(PATHS.accept.slice(0, 3));
    await page.goto(`/#/decision?${answers}`);
    await expect(page.locator('input[name="matter"]').first()).toBeVisible();
    await page.getByRole('link', { name: TO_FRENCH }).click();
    await expect(page).toHaveURL(`${APP}/fr/#/decision?${answers}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await expect(page.locator('input[name="matter"]').first()).toBeVisible();

    // An answer given in French is there in English too.
    await choose(page, ['matter', ['none']]);
    await expect(page.locator('input[name="invite"]').first()).toBeVisible();
    await page.getByRole('link', { name: TO_ENGLISH }).click();
    await expect(page).toHaveURL(`${APP}/#/decision?${answers}&matter=none`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
  });

  test('keeps an outcome and the firm’s settings, whose texts follow the language', async ({
    page,
  }) => {
    const accept = query(PATHS.accept);
    await page.goto(`/?pack=bilingual#/decision?${accept}`);
    const firm = page.locator('[data-firm-policy]');
    await expect(firm).toContainText('Harbour & Vale LLP');
    await expect(firm).toContainText('Keep the link to each decision');
    await expect(firm).toContainText('Communications, comms@harbour.example');
    await page.getByRole('link', { name: TO_FRENCH }).click();
    await expect(page).toHaveURL(`${APP}/fr/?pack=bilingual#/decision?${accept}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    await expect(firm).toContainText('Harbour & Vale S.E.N.C.R.L.');
    await expect(firm).toContainText('Gardez le lien de chaque décision');
    await expect(firm).toContainText('Service des communications, comms@harbour.example');
    // A point written only in English shows in English on the French page.
    await expect(firm).toContainText('Never discuss a matter on LinkedIn.');
  });

  test.describe('for a browser that prefers French', () => {
    test.use({ locale: 'fr-CA', viewport: { width: 375, height: 667 } });

    test('the English start page offers French near the top, and stays English', async ({
      page,
    }) => {
      await page.goto('/');
      await page.waitForLoadState('networkidle');
      const link = page.getByRole('link', { name: TO_FRENCH });
      await expect(link).toBeInViewport();
      await expect(link).toHaveAttribute('hreflang', 'fr-CA');
      expect((await link.boundingBox())?.y).toBeLessThan(120);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(page.url()).toBe(`${APP}/`);
    });
  });
});

test.describe('sharing in French', () => {
  test('a link made on a French page opens the same outcome in French', async ({
    page,
    browser,
  }) => {
    const steps = PATHS['check-rules'];
    await page.goto(`/fr/#/decision?${query(steps)}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'check-rules');
    const link = await page.locator('#share-link').inputValue();
    expect(link).toContain(`${APP}/fr/#/decision?${query(steps)}`);
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'check-rules');
    await expect(other.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await fresh.close();
  });
});

test.describe('the embed in French', () => {
  test('by the loader’s data-lang and by the builder’s iframe code: French, accessible, walked to an outcome', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    await page.goto(`${HOST}/french.html`);
    for (const id of ['#loader-fr iframe', '#iframe-fr']) {
      const frame = page.frameLocator(id);
      await expect(frame.locator('html')).toHaveAttribute('lang', 'fr-CA');
      await expect(frame.getByRole('button', { name: CONTINUE, exact: true })).toBeVisible();
    }
    // The loader's frame opened the French page, with the loader's own options.
    const loaded = page.frames().find((f) => f.url().includes('frameId='));
    expect(new URL(loaded?.url() ?? APP).pathname).toBe('/fr/embed.html');

    const embed = page.frameLocator('#loader-fr iframe');
    for (const step of PATHS.ignore) await choose(embed, step);
    await expect(embed.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'ignore');
    await expectNoAxeViolations(page, '#loader-fr');
    await expectNoEnglish(embed.locator('body'));
  });
});
