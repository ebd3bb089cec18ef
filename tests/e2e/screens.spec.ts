import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, readToTheEnd, test } from './fixtures';
import { SCREENS } from './screens';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found).toEqual([]);
}

/**
 * For every screen, in one page load each: axe (WCAG 2.2 AA) in light and dark mode,
 * nothing overflowing sideways at 320 or 375 px, and screenshots at 1280 px and 375 px saved to
 * test-results/screenshots/ for people to look at.
 */
for (const [name, url] of Object.entries(SCREENS)) {
  test(`${name}: accessible in light and dark, fits a phone, screenshots`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url);
    await expect(page.locator('h1')).toBeVisible();
    if (name.startsWith('outcome-')) {
      // What an outcome adds below the fold once it has painted and the reader comes near:
      // check that too.
      await readToTheEnd(page);
      await expect(page.locator('[data-path-map]')).toBeVisible();
      // A red flag offers no way round it.
      await expect(page.getByRole('heading', { name: 'What would change this?' })).toHaveCount(
        name === 'outcome-dont-connect' ? 0 : 1,
      );
      await page.waitForLoadState('networkidle');
    }
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/screenshots/1280/${name}.png`, fullPage: true });

    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: `test-results/screenshots/1280-dark/${name}.png`,
      fullPage: true,
    });

    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/375/${name}.png`, fullPage: true });
  });
}

test('the error summary is accessible', async ({ page }) => {
  await page.goto(SCREENS.rules ?? '/');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.screenshot({
    path: 'test-results/screenshots/1280/error-summary.png',
    fullPage: true,
  });
});
