import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { answer, expect, expectQuestion, q, readToTheEnd, test } from './fixtures';

// The connection drops, or a new version is deployed while the page is open (the old
// chunks are gone): a chunk of the app's code can't be fetched. The reader gets a plain
// message and a way on, never a blank page, and loses no answer.

const ACCEPT =
  'v=1&objectives=clients,media&body=nzls&rules=allowed&matter=none&invite=standard&profile=relevant';
const FAILED_LOADS = [/Failed to load resource/, /Failed to fetch dynamically imported module/];

/** The decision's chunk (build/chunks.ts), not the map's. */
const DECISION = 'decision(?!-map-)';

/** Requests for the chunks with these names fail, as they would offline. */
async function unreachable(page: Page, ...names: string[]) {
  const pattern = new RegExp(`/assets/(${names.join('|')})-[^/]+\\.js$`);
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  return () => page.unroute(pattern);
}

test('a shared link whose decision code cannot load says so, and a reload shows it', async ({
  page,
  guard,
}) => {
  guard.allowConsoleErrors.push(...FAILED_LOADS);
  const restore = await unreachable(page, DECISION);
  await page.goto(q(ACCEPT));
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { level: 1, name: 'This part of the page didn’t load' }),
  ).toBeVisible();
  await expect(alert).toContainText('reloading loses nothing');
  // The site around it still works: the header and the footer are there.
  await expect(page.getByRole('link', { name: 'How it works' })).toBeVisible();
  const found = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(found.violations.map((v) => v.id)).toEqual([]);

  await restore();
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
  expect(page.url()).toContain(`#/decision?${ACCEPT}`);
});

test('the start page opened before the connection dropped: Start now says so, and the reload starts', async ({
  page,
  guard,
}) => {
  guard.allowConsoleErrors.push(...FAILED_LOADS);
  // The start page is in the HTML; the decision's code never arrives.
  const restore = await unreachable(page, DECISION);
  await page.goto('/');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Should I connect?');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(heading).toHaveText('This part of the page didn’t load');
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/#\/decision\?v=1$/);

  await restore();
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await expectQuestion(page, 1, 'What do you use LinkedIn for?');
});

test('losing the connection mid-decision changes nothing: every question and outcome is already here', async ({
  page,
  context,
  guard,
}) => {
  // Only the extras below the outcome (the map) would need the network.
  guard.allowConsoleErrors.push(...FAILED_LOADS);
  await page.goto(q('v=1&objectives=clients,media&body=nzls&rules=allowed&matter=none'));
  await expectQuestion(page, 5, /invitation say/);
  await context.setOffline(true);
  await answer(page, 'Just LinkedIn’s standard text');
  await expectQuestion(page, 6, /their profile/);
  await answer(page, 'Yes, they fit');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
  await expect(page).toHaveURL(new RegExp(`#/decision\\?${ACCEPT}$`));
  await page.goBack();
  await expectQuestion(page, 6, /their profile/);
  await expect(page.getByRole('radio', { name: 'Yes, they fit' })).toBeChecked();
  await context.setOffline(false);
});

test('an extra below the outcome that cannot load is reported in its place; the rest stays', async ({
  page,
  guard,
}) => {
  guard.allowConsoleErrors.push(...FAILED_LOADS);
  await unreachable(page, 'PathMap');
  await page.goto(q(ACCEPT));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accept the invitation');
  await readToTheEnd(page);
  await expect(page.getByRole('alert')).toHaveText(
    /Part of this page didn’t load\. Check your connection, then reload the page: your answers are kept\./,
  );
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // The sections that did load are all there.
  await expect(page.getByRole('heading', { name: 'What would change this?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
});

test('an embed whose first question cannot load says so in the frame, and leaves the host page alone', async ({
  page,
  guard,
}) => {
  const host = `http://127.0.0.1:${process.env.HOST_PORT ?? 4174}`;
  guard.allowOrigins.push(host);
  guard.allowConsoleErrors.push(...FAILED_LOADS);
  await unreachable(page, DECISION);
  await page.goto(`${host}/iframe.html`);
  const embed = page.frameLocator('iframe');
  await expect(
    embed.getByRole('heading', { level: 1, name: 'This part of the page didn’t load' }),
  ).toBeVisible();
  await expect(embed.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // The reader is on the host page: its focus stays where it was.
  await expect(page.locator('#search')).toBeFocused();
});
