import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, q, test } from './fixtures';

const TO_BODY = 'v=1&objectives=clients';

test.describe('the body question with twenty answers', () => {
  for (const width of [1280, 375]) {
    test(`passes axe, groups by country and fits the first answers on screen (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 800 });
      await page.goto(q(TO_BODY));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Who regulates your profession?',
      );
      await expect(page.getByRole('group', { name: 'United States' })).toBeVisible();
      const found = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(found.violations.map((v) => v.id)).toEqual([]);
      await page.screenshot({
        path: `test-results/screenshots/bodies/body-question-${width}.png`,
        fullPage: true,
      });
    });
  }

  test('by keyboard alone: Tab to another country, Enter opens it, the arrow keys reach its answers, Enter to continue', async ({
    page,
  }) => {
    await page.goto(q(TO_BODY));
    // Canada: folded wherever the browser's language is not Canadian.
    const country = page.getByText('Canada (2 answers)');
    const focused = (l: Locator) => l.evaluate((e) => e === document.activeElement);
    for (let i = 0; i < 20 && !(await focused(country)); i++) await page.keyboard.press('Tab');
    await expect(country).toBeFocused();
    await page.keyboard.press('Enter');
    // The answers are one radio group, one stop in the tab order (as every radio group is):
    // back to it, then the arrow keys move through every answer shown, the opened country's too.
    const answer = page.locator('input[name="body"]:focus');
    for (let i = 0; i < 8 && (await answer.count()) === 0; i++)
      await page.keyboard.press('Shift+Tab');
    await expect(answer).toHaveCount(1);
    const quebec = page.getByRole('radio', { name: /lawyers, québec/i });
    for (let i = 0; i < 20 && !(await quebec.isChecked()); i++)
      await page.keyboard.press('ArrowDown');
    await expect(quebec).toBeChecked();
    await expect(quebec).toBeFocused();
    await expect(page.getByRole('group', { name: 'Canada' })).toBeVisible();
    const found = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(found.violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /Do your rules let you connect/,
    );
    await expect(page).toHaveURL(/body=barreau-qc/);
  });
});

/** The browser's language names the reader's country, whose bodies come first. */
const FIRST_BY_LANGUAGE: [string, string][] = [
  ['en-US', 'United States'],
  ['en-GB', 'United Kingdom'],
  ['en-IE', 'Ireland'],
  ['en-AU', 'Australia'],
  ['en-NZ', 'New Zealand'],
  ['en-CA', 'Canada'],
  ['fr-CA', 'Canada'],
];

test('on a phone, the reader’s own country comes first, and Continue is within one screen’s scroll of the question', async ({
  browser,
  baseURL,
}) => {
  const phone = { width: 390, height: 844 };
  for (const [locale, country] of FIRST_BY_LANGUAGE) {
    const context = await browser.newContext({ locale, viewport: phone });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL(q(TO_BODY), baseURL).href);
    const question = page.getByRole('heading', { level: 1 });
    await expect(question).toHaveText('Who regulates your profession?');
    const groups = page.getByRole('group', { name: 'Who regulates your profession?' });
    const first = groups.locator(':scope fieldset > legend').first();
    await expect(first, locale).toHaveText(country);
    await expect(page.getByRole('group', { name: country })).toBeVisible();
    // Every other country is one tap away.
    await expect(page.locator('details:not([open])')).toHaveCount(5);
    await expect(page.getByRole('radio', { name: /I am not regulated/ })).toBeVisible();
    const top = (await question.boundingBox())!.y;
    const continueBox = (await page.getByRole('button', { name: 'Continue' }).boundingBox())!;
    const bottom = continueBox.y + continueBox.height;
    console.log(
      `${locale}: ${country} first; Continue ends ${Math.round(bottom)} px down (question at ${Math.round(top)} px).`,
    );
    expect(bottom, locale).toBeLessThanOrEqual(2 * phone.height);
    expect(errors).toEqual([]);
    await context.close();
  }
});

/** Links made before the ten bodies were added open what they opened then. */
const OLD_LINKS: [string, string][] = [
  [
    'v=1&objectives=clients&body=sra&rules=allowed&matter=none&invite=standard&profile=relevant',
    'accept',
  ],
  ['v=1&objectives=media&body=aba&rules=allowed&matter=juror', 'dont-connect'],
  ['v=1&objectives=careers&body=ca-flsc&rules=restricted&matter=none', 'dont-connect'],
  [
    'v=1&objectives=community&body=lsi&rules=allowed&matter=none&invite=suspicious&spam=true-spam',
    'report-spam',
  ],
  [
    'v=1&objectives=clients&body=nzls&rules=allowed&matter=none&invite=pitch&profile=not-relevant',
    'ignore',
  ],
];

test('old links keep their meaning', async ({ page }) => {
  for (const [link, outcome] of OLD_LINKS) {
    await page.goto(q(link));
    await expect(page.locator('[data-outcome]'), link).toHaveAttribute('data-outcome', outcome);
  }
});
