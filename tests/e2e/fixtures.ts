import { test as base, expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/**
 * Every browser test also checks what a user can't see: no console errors, no uncaught
 * exceptions, no Content-Security-Policy violations, and no request to another origin.
 */
export const test = base.extend<{
  guard: { allowOrigins: string[]; allowConsoleErrors: RegExp[] };
}>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const allowed = {
        allowOrigins: [new URL(baseURL ?? 'http://127.0.0.1').origin],
        // Only for a test that breaks something on purpose (a chunk that fails to load).
        allowConsoleErrors: [] as RegExp[],
      };
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        if (allowed.allowConsoleErrors.some((r) => r.test(m.text()))) return;
        problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
        if (!allowed.allowOrigins.includes(url.origin))
          problems.push(`request to another origin: ${r.url()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use(allowed);
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const q = (query: string) => `/#/decision?${query}`;

/**
 * An answer folded away with its country (the body question shows the reader's own country
 * first, the others folded): open its group, as a reader taps the country's name.
 */
export async function unfold(input: Locator) {
  // The question may still be on its way (the one before it is still drawn): wait for it, or
  // a folded answer is found unfolded and then waited on for ever.
  await input.waitFor({ state: 'attached' });
  const closed = input.locator('xpath=ancestor::details[not(@open)]');
  if ((await closed.count()) > 0) await closed.locator('summary').first().click();
}

/** Chooses answers by their visible labels (opening a folded country), then presses Continue. */
export async function answer(page: Page | FrameLocator, ...labels: (string | RegExp)[]) {
  for (const label of labels) {
    const input = page.getByLabel(label, { exact: typeof label === 'string' }).first();
    await unfold(input);
    await input.check();
  }
  await page.getByRole('button', { name: 'Continue' }).click();
}

export async function expectQuestion(page: Page, n: number, title: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(`Question ${n}`, { exact: true })).toBeVisible();
}

/**
 * Reads an outcome down to its foot, most of a screen at a time, as a person would: the map
 * and "What would change this?" mount only once the reader comes within a screen of them, and
 * a reader takes in each screen before the next (here: until what has started to mount has
 * appeared). Then back to the top, where the tests that follow expect to start.
 */
export async function readToTheEnd(page: Page) {
  await expect(page.locator('[data-outcome]')).toBeVisible();
  // A reader's pause: until each extra is either still a marker or drawn (its section, or
  // the error in its place), and the page has stopped growing for a moment; at most 3 s.
  const drawn = '[data-extra-marker], [data-path-map], #what-if-title, [role="alert"]';
  // Two extras, or one on a red flag (no "What would change this?"): as many as are marked now.
  const extras = await page.locator(drawn).count();
  const settled = () =>
    page.evaluate(
      async ([drawn, extras]) => {
        let last = -1;
        let still = 0;
        for (let t = 0; t < 40 && still < 4; t++) {
          await new Promise((r) => setTimeout(r, 75));
          const height = document.documentElement.scrollHeight;
          const ready = document.querySelectorAll(drawn).length >= extras;
          still = ready && height === last ? still + 1 : 0;
          last = height;
        }
      },
      [drawn, extras] as const,
    );
  for (let step = 0; step < 30; step++) {
    await settled();
    const atFoot = await page.evaluate(async () => {
      window.scrollBy(0, Math.round(window.innerHeight * 0.8));
      // Two frames: one for the observer to report, one for what it mounted to lay out.
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    if (atFoot && (await page.locator('[data-extra-marker]').count()) === 0) break;
  }
  await expect(page.locator('[data-extra-marker]')).toHaveCount(0);
  await settled();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * The layout shifts the page has caused so far (their scores): none came from input, as long
 * as the test has pressed nothing.
 */
export function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        new PerformanceObserver((list) =>
          resolve(list.getEntries().map((e) => (e as unknown as { value: number }).value)),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve([]), 500);
      }),
  );
}
