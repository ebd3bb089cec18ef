import { answer, expect, expectQuestion, q, test } from './fixtures';

test.describe('walking through a decision', () => {
  test('by mouse: winning work, regulated, personal note, relevant → accept', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start now' }).click();
    await expectQuestion(page, 1, 'What do you use LinkedIn for?');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await answer(page, 'Winning work', 'Raising my profile');
    await expectQuestion(page, 2, 'Who regulates your profession?');
    await answer(page, 'Lawyers, New Zealand');
    await expectQuestion(page, 3, /Do your rules let you connect/);
    await expect(page.getByText('New Zealand Law Society').first()).toBeVisible();
    await answer(page, 'Yes, they allow it');
    await expectQuestion(page, 4, /connected to a matter/);
    await answer(page, 'No, not as far as I can tell');
    await expectQuestion(page, 5, /invitation say/);
    await answer(page, 'A personal note with a clear reason');
    await expectQuestion(page, 6, /their profile/);
    await answer(page, 'Yes, they fit');
    const outcome = page.locator('[data-outcome]');
    await expect(outcome).toHaveAttribute('data-outcome', 'accept');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accept the invitation');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(page.url()).toContain(
      '#/decision?v=1&objectives=clients,media&body=nzls&rules=allowed&matter=none&invite=personal&profile=relevant',
    );
  });

  test('by mouse: not regulated, suspicious invitation, true spam → report-spam', async ({
    page,
  }) => {
    await page.goto(q('v=1'));
    await answer(page, 'Taking part in my sector');
    await answer(page, 'I am not regulated');
    await expectQuestion(page, 3, /connected to a matter/);
    await answer(page, 'No, not as far as I can tell');
    await answer(page, 'Something suspicious');
    await expectQuestion(page, 5, 'Is this a true spammer?');
    await answer(page, 'Yes, it is real spam');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'report-spam');
    await expect(
      page.getByRole('listitem').filter({ hasText: /Don’t click any link/ }),
    ).toBeVisible();
  });

  test('by mouse: unclear profile, message, no reply yet → wait, then the reopen link', async ({
    page,
  }) => {
    await page.goto(q('v=1'));
    await answer(page, 'Raising my profile');
    await answer(page, 'Solicitors, Scotland');
    await answer(page, 'Yes, they allow it');
    await answer(page, 'No, not as far as I can tell');
    await answer(page, 'Just LinkedIn’s standard text');
    await answer(page, 'I can’t tell why they want to connect');
    await expectQuestion(page, 7, /Did they reply/);
    await expect(page.getByRole('textbox', { name: /Your note/ })).toHaveValue(/Hello/);
    await answer(page, 'Not yet');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'wait');
    const reopen = page.getByRole('link', { name: /#\/decision\?v=1/ });
    const href = await reopen.getAttribute('href');
    expect(href).not.toContain('reply=');
    await reopen.click();
    await expectQuestion(page, 7, /Did they reply/);
    await answer(page, 'Yes, with a genuine reason');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
  });

  test('by keyboard alone: a juror → dont-connect', async ({ page }) => {
    await page.goto('/');
    // Skip link, the site's name, the link to the French page, then the Start button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Start now' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectQuestion(page, 1, 'What do you use LinkedIn for?');
    // From the heading, Tab reaches the first checkbox; Space ticks it; Enter submits.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: /Winning work/ })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expectQuestion(page, 2, 'Who regulates your profession?');
    await page.keyboard.press('Tab');
    // Arrow keys move through a radio group, across its country groups, and select as they go:
    // the United Kingdom's seven, Ireland's one, then the United States.
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /Lawyers, another US state/ })).toBeChecked();
    await page.keyboard.press('Enter');
    await expectQuestion(page, 3, /Do your rules/);
    // Continue with nothing chosen: the error summary takes focus.
    await page.getByRole('button', { name: 'Continue' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('There is a problem');
    await page.keyboard.press('Tab'); // the link in the summary
    await page.keyboard.press('Enter'); // moves focus to the first option
    await expect(page.getByRole('radio', { name: 'Yes, they allow it' })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expectQuestion(page, 4, /connected to a matter/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /juror/ })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'dont-connect');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByText(/466/).first()).toBeVisible();
  });
});

test.describe('the URL is the record', () => {
  const accept =
    'v=1&objectives=clients,media&body=nzls&rules=allowed&matter=none&invite=standard&profile=relevant';

  test('a share link opened in a fresh page shows the same outcome', async ({ page, browser }) => {
    await page.goto(q(accept));
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    const link = await page.getByRole('textbox', { name: 'Link to this decision' }).inputValue();
    expect(link).toContain(`#/decision?${accept}`);
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Accept the invitation');
    await fresh.close();
  });

  test('a link is rewritten to its canonical form, without answers off the path', async ({
    page,
  }) => {
    await page.goto(
      q(
        'matter=none&rules=unsure&objectives=media,clients&v=1&body=sra&invite=standard&profile=relevant&spam=true-spam',
      ),
    );
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'check-rules');
    await expect(page).toHaveURL(
      /#\/decision\?v=1&objectives=clients,media&body=sra&rules=unsure&matter=none&invite=standard&profile=relevant$/,
    );
    await expect(page.getByText(/no longer apply/)).toHaveCount(0);
  });

  test('a refresh mid-way keeps the answers', async ({ page }) => {
    await page.goto(q('v=1'));
    await answer(page, 'Recruiting or my own career');
    await answer(page, 'Barristers, England & Wales');
    await expectQuestion(page, 3, /Do your rules/);
    await page.reload();
    await expectQuestion(page, 3, /Do your rules/);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'Barristers, England & Wales' })).toBeChecked();
  });

  test("the browser's Back returns to the previous question, Forward comes back", async ({
    page,
  }) => {
    await page.goto(q('v=1'));
    await answer(page, 'Winning work');
    await answer(page, 'I am not regulated');
    await expectQuestion(page, 3, /connected to a matter/);
    await page.goBack();
    await expectQuestion(page, 2, 'Who regulates your profession?');
    await page.goBack();
    await expectQuestion(page, 1, 'What do you use LinkedIn for?');
    await page.goForward();
    await expectQuestion(page, 2, 'Who regulates your profession?');
  });

  test('a damaged link shows the invalid-link screen and can resume', async ({ page }) => {
    await page.goto(q('v=1&objectives=clients&body=sra&rules=perhaps'));
    const screen = page.locator('[data-error="invalid-link"]');
    await expect(screen).toBeVisible();
    await expect(screen).toContainText('This link is damaged or out of date');
    await expect(screen).toContainText('what your rules allow');
    await page.getByRole('button', { name: 'Continue from the last valid step' }).click();
    await expectQuestion(page, 3, /Do your rules/);
  });

  test('hostile values are never rendered as markup', async ({ page }) => {
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(q('v=1&objectives=<img src=x onerror=alert(1)>&body=sra'));
    await expect(page.locator('[data-error="invalid-link"]')).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
    expect(dialog).toBe(false);
  });

  test('a link whose # was rewritten to %23 by a mail scanner is repaired', async ({ page }) => {
    await page.goto('/?%23%2Fdecision%3Fv%3D1%26objectives%3Dknown-only%26matter%3Dnone');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'ignore');
    expect(page.url()).toContain('#/decision?v=1&objectives=known-only&matter=none');
  });

  test('Change from check-your-answers returns to the outcome', async ({ page }) => {
    await page.goto(q(accept));
    await page.getByRole('button', { name: /Change their invitation/ }).click();
    await expect(page.getByRole('radio', { name: 'Just LinkedIn’s standard text' })).toBeChecked();
    await answer(page, 'A personal note with a clear reason');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    expect(page.url()).toContain('invite=personal');
  });
});
