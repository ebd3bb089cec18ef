import AxeBuilder from '@axe-core/playwright';
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

  test('by keyboard alone: Tab into the answers, arrows across the groups, Enter to continue', async ({
    page,
  }) => {
    await page.goto(q(TO_BODY));
    const first = page.getByRole('radio', { name: /solicitors, england & wales/i });
    for (let i = 0; i < 15 && !(await first.evaluate((e) => e === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    // Down through the United Kingdom and Ireland into the United States.
    const texas = page.getByRole('radio', { name: /lawyers, texas/i });
    for (let i = 0; i < 20 && !(await texas.isChecked()); i++)
      await page.keyboard.press('ArrowDown');
    await expect(texas).toBeChecked();
    await expect(texas).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /Do your rules let you connect/,
    );
    await expect(page).toHaveURL(/body=us-tx/);
  });
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
