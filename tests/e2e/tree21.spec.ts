import { answer, expect, expectQuestion, q, test } from './fixtures';

/* Issue 21: the new paths, Back parity, focus and scroll on every route change. */

const outcome = (page: import('@playwright/test').Page) => page.locator('[data-outcome]');

test.describe('the new paths', () => {
  test('known-only, no red flag: the matter question, then ignore', async ({ page }) => {
    await page.goto(q('v=1'));
    await answer(page, 'I only connect with people I already know');
    await expectQuestion(page, 2, /connected to a matter/);
    await answer(page, 'No, not as far as I can tell');
    await expect(outcome(page)).toHaveAttribute('data-outcome', 'ignore');
    expect(page.url()).toContain('#/decision?v=1&objectives=known-only&matter=none');
  });

  test('known-only with a juror: the red flag is asked of everyone → don’t connect', async ({
    page,
  }) => {
    await page.goto(q('v=1'));
    await answer(page, 'I only connect with people I already know');
    await expectQuestion(page, 2, /connected to a matter/);
    await answer(page, /juror/i);
    await expect(outcome(page)).toHaveAttribute('data-outcome', 'dont-connect');
    await expect(
      page.getByRole('listitem').filter({ hasText: /court may need to know/ }),
    ).toBeVisible();
  });

  const unsure = async (page: import('@playwright/test').Page) => {
    await page.goto(q('v=1'));
    await answer(page, 'Recruiting or my own career');
    await answer(page, 'Solicitors, England & Wales');
    await answer(page, 'I am not sure');
    await expectQuestion(page, 4, /connected to a matter/);
    await answer(page, 'No, not as far as I can tell');
    // "Not sure" is not a dead end: the questions about the person go on.
    await expectQuestion(page, 5, /invitation say/);
  };

  test('not sure, and they fit → check-rules, then accept', async ({ page }) => {
    await unsure(page);
    await answer(page, 'Just LinkedIn’s standard text');
    await answer(page, 'Yes, they fit');
    await expect(outcome(page)).toHaveAttribute('data-outcome', 'check-rules');
    await expect(
      page.getByRole('heading', { name: 'Once your rules allow it: accept' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: /SRA Professional Ethics helpline/ }).first(),
    ).toBeVisible();
  });

  test('not sure, and they can’t tell why → check-rules, then ask them why, with the note', async ({
    page,
  }) => {
    await unsure(page);
    await answer(page, 'Just LinkedIn’s standard text');
    await answer(page, 'I can’t tell why they want to connect');
    await expect(outcome(page)).toHaveAttribute('data-outcome', 'check-rules');
    await expect(
      page.getByRole('heading', { name: 'Once your rules allow it: ask them why' }),
    ).toBeVisible();
    // Folded until the rules allow it, on the same page.
    await page.getByText('The note to send them, once your rules allow it').click();
    await expect(page.getByRole('textbox', { name: /Your note/ })).toHaveValue(/Hello/);
  });

  test('not sure, and they don’t fit → ignore (no permission needed)', async ({ page }) => {
    await unsure(page);
    await answer(page, 'A sales pitch');
    await answer(page, /No, they don’t fit/);
    await expect(outcome(page)).toHaveAttribute('data-outcome', 'ignore');
  });

  test('not sure, and it is real spam → report-spam', async ({ page }) => {
    await unsure(page);
    await answer(page, 'Something suspicious');
    await expectQuestion(page, 6, 'Is this a true spammer?');
    await answer(page, 'Yes, it is real spam');
    await expect(outcome(page)).toHaveAttribute('data-outcome', 'report-spam');
  });

  test('old links that stopped at the old outcomes resume at the next question', async ({
    page,
  }) => {
    await page.goto(q('v=1&objectives=known-only'));
    await expectQuestion(page, 2, /connected to a matter/);
    await page.goto(q('v=1&objectives=clients&body=sra&rules=unsure&matter=none'));
    await expectQuestion(page, 5, /invitation say/);
  });
});

test.describe('Back is the browser’s Back', () => {
  /** Where the page is: the question's number, or the outcome. */
  const where = async (page: import('@playwright/test').Page) => {
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    if (await outcome(page).count())
      return `outcome ${await outcome(page).getAttribute('data-outcome')}`;
    const n = await page.getByText(/^Question \d+$/).textContent();
    return `${n}: ${await page.getByRole('heading', { level: 1 }).textContent()}`;
  };

  test('in-app Back and browser Back move the same way; Forward undoes either', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start now' }).click();
    await answer(page, 'Winning work');
    await answer(page, 'I am not regulated');
    await expectQuestion(page, 3, /connected to a matter/);
    const q3 = await where(page);
    const length = await page.evaluate(() => history.length);

    // In-app Back, then the browser's Back: two steps back, no new history.
    await page.getByRole('button', { name: 'Back' }).click();
    await expectQuestion(page, 2, 'Who regulates your profession?');
    const q2 = await where(page);
    await page.goBack();
    await expectQuestion(page, 1, 'What do you use LinkedIn for?');
    expect(await page.evaluate(() => history.length)).toBe(length);

    // Forward twice: back where we were, as after two browser Backs.
    await page.goForward();
    expect(await where(page)).toBe(q2);
    await page.goForward();
    expect(await where(page)).toBe(q3);
    await expect(page.getByRole('button', { name: 'Back' })).toBeVisible();

    // The browser's Back, then in-app Back: the same two steps.
    await page.goBack();
    expect(await where(page)).toBe(q2);
    await page.getByRole('button', { name: 'Back' }).click();
    await expectQuestion(page, 1, 'What do you use LinkedIn for?');
    // Back from question 1 is the start page, with focus on its heading.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Should I connect?' })).toBeFocused();
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.goForward();
    await expectQuestion(page, 1, 'What do you use LinkedIn for?');
  });

  test('after Change, in-app Back returns to the outcome, as the browser’s does', async ({
    page,
  }) => {
    const accept = 'v=1&objectives=clients&body=none&matter=none&invite=standard&profile=relevant';
    for (const how of ['in-app', 'browser'] as const) {
      await page.goto(q(accept));
      await expect(outcome(page)).toHaveAttribute('data-outcome', 'accept');
      await page.getByRole('button', { name: /Change their invitation/ }).click();
      await expect(
        page.getByRole('radio', { name: 'Just LinkedIn’s standard text' }),
      ).toBeChecked();
      if (how === 'in-app') await page.getByRole('button', { name: 'Back' }).click();
      else await page.goBack();
      await expect(outcome(page)).toHaveAttribute('data-outcome', 'accept');
      await page.goForward();
      await expect(
        page.getByRole('radio', { name: 'Just LinkedIn’s standard text' }),
      ).toBeChecked();
    }
  });
});

test.describe('focus and scroll on every route change', () => {
  test('How it works and the embed builder: focus on their heading', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'How it works' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the decision works');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.getByRole('link', { name: 'Embed this tool on your intranet' }).click();
    await expect(page).toHaveURL(/#\/embed/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('on a phone, each step and Change show the header and “Question N”', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(q('v=1&objectives=clients&body=sra'));
    // Scrolled down to the foot of the question, then answer.
    await page.getByRole('radio', { name: 'Yes, they allow it' }).check();
    await page.getByRole('button', { name: 'Continue' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectQuestion(page, 4, /connected to a matter/);
    await expect(page.getByRole('link', { name: 'Should I connect?' })).toBeInViewport();
    await expect(page.getByText('Question 4', { exact: true })).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.goto(
      q('v=1&objectives=clients&body=none&matter=none&invite=standard&profile=relevant'),
    );
    // On a phone the answers are folded under the check-your-answers heading.
    await page.getByText(/^Show your \d+ answers/).click();
    const change = page.getByRole('button', { name: /Change their invitation/ });
    await change.scrollIntoViewIfNeeded();
    await change.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByText(/^Question \d+$/)).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('Space and Enter both start from “Start now”', async ({ page }) => {
    for (const key of ['Space', 'Enter']) {
      await page.goto('/');
      await page.getByRole('button', { name: 'Start now' }).focus();
      await page.keyboard.press(key);
      await expectQuestion(page, 1, 'What do you use LinkedIn for?');
    }
  });
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the rules question shows its answers on the first screen; screenshots', async ({
    page,
  }) => {
    await page.goto(q('v=1&objectives=clients&body=aba'));
    await expectQuestion(page, 3, /Do your rules let you connect/);
    for (const name of ['Yes, they allow it', 'No, they restrict it', 'I am not sure'])
      await expect(page.getByRole('radio', { name })).toBeInViewport();
    await expect(page.getByText(/^In short:/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/tree21/rules-question-375.png' });
    await page.screenshot({
      path: 'test-results/screenshots/tree21/rules-question-375-full.png',
      fullPage: true,
    });

    await page.goto(
      q('v=1&objectives=clients&body=sra&rules=unsure&matter=none&invite=standard&profile=unclear'),
    );
    await expect(outcome(page)).toHaveAttribute('data-outcome', 'check-rules');
    await page.screenshot({
      path: 'test-results/screenshots/tree21/check-rules-375-full.png',
      fullPage: true,
    });
    await page.screenshot({ path: 'test-results/screenshots/tree21/check-rules-375.png' });
    await page.screenshot({
      path: 'test-results/screenshots/tree21/check-rules-375-then.png',
      clip: { x: 0, y: 600, width: 375, height: 1300 },
      fullPage: true,
    });
  });
});

test.describe('the embed’s accent in dark mode', () => {
  test('a dark accent is lightened for the Continue button: 3:1 on the background', async ({
    page,
  }) => {
    const { contrast } = await import('../../src/embed/contrast');
    const hex = (rgb: string) =>
      `#${(rgb.match(/\d+/g) ?? [])
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`;
    for (const theme of ['dark', 'light'] as const) {
      await page.goto(`/embed.html?accent=00467f&theme=${theme}#/decision?v=1`);
      const button = page.getByRole('button', { name: 'Continue' });
      await expect(button).toBeVisible();
      const fill = hex(await button.evaluate((b) => getComputedStyle(b).backgroundColor));
      const ink = hex(await button.evaluate((b) => getComputedStyle(b).color));
      const bg = hex(
        await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
      );
      expect(bg).toBe(theme === 'dark' ? '#111827' : '#ffffff');
      expect(contrast(fill, bg), `${theme}: ${fill} on ${bg}`).toBeGreaterThanOrEqual(3);
      expect(contrast(fill, ink), `${theme}: ${ink} on ${fill}`).toBeGreaterThanOrEqual(4.5);
      if (theme === 'light') expect(fill).toBe('#00467f');
    }
  });
});
