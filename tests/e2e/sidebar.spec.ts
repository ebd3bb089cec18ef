import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { answer, expect, test } from './fixtures';

/**
 * The embed in an intranet page's sidebar, 320 px wide (tests/e2e/host/sidebar.html): the
 * loader sizes the frame to its content, so every screen must stay short enough to use there;
 * what a sidebar cannot hold is folded, one tap away.
 */
const HOST = `http://127.0.0.1:${process.env.HOST_PORT ?? 4174}`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const frameHeight = async (page: Page) =>
  (await page.locator('#sidebar iframe').boundingBox())!.height;

async function expectFrameAxeClean(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('#sidebar iframe')
    .withTags(TAGS)
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
}

test.use({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });

test('in a 320 px sidebar: the body question and an outcome stay short, nothing overflows sideways', async ({
  page,
  guard,
}) => {
  guard.allowOrigins.push(HOST);
  await page.goto(`${HOST}/sidebar.html`);
  const embed = page.frameLocator('#sidebar iframe');
  expect((await page.locator('#sidebar iframe').boundingBox())!.width).toBe(320);
  await answer(embed, 'Winning work', 'Raising my profile');
  await expect(embed.getByRole('heading', { level: 1 })).toHaveText(
    'Who regulates your profession?',
  );
  await expect(embed.getByRole('group', { name: 'United Kingdom' })).toBeVisible();
  await expect.poll(() => frameHeight(page)).toBeLessThan(2_000);
  const body = await frameHeight(page);
  await expectFrameAxeClean(page);

  await answer(embed, 'Solicitors, England & Wales');
  await answer(embed, 'Yes, they allow it');
  await expect(embed.locator('[data-about-you]')).toBeVisible();
  await answer(embed, 'No, not as far as I can tell');
  await answer(embed, 'A personal note with a clear reason');
  await answer(embed, 'Yes, they fit');
  await expect(embed.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
  // The answers, each with its Change link, are one tap away.
  const answers = embed.getByText('Show your 6 answers, to change one');
  await expect(answers).toBeVisible();
  await expect(
    embed.getByRole('button', { name: /Change what you use LinkedIn for/i }),
  ).toBeHidden();
  await expect(embed.locator('[data-next-invitation]')).toBeVisible();
  await page.waitForTimeout(500);
  const outcome = await frameHeight(page);
  console.log(
    `In a 320 px sidebar: the body question ${Math.round(body)} px, an accept outcome ${Math.round(outcome)} px tall.`,
  );
  expect(outcome).toBeLessThan(3_600);
  const frame = await (await page.locator('#sidebar iframe').elementHandle()).contentFrame();
  const sideways = await frame!.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways).toBeLessThanOrEqual(0);
  await expectFrameAxeClean(page);
  await answers.click();
  await expect(
    embed.getByRole('button', { name: /Change what you use LinkedIn for/i }),
  ).toBeVisible();

  // The next invitation, in the sidebar too.
  await embed.locator('[data-next-invitation]').click();
  await expect(embed.getByRole('heading', { level: 1 })).toHaveText(/Is this person connected/);
  await expectFrameAxeClean(page);
});
