import { expect, q, test } from './fixtures';

/**
 * What a firm's risk team relies on (decision-tree.md "Sources and sign-off"): the message to
 * the firm's contact on a red flag, the firm's approval on every outcome, and the sources page.
 */

const JUROR = 'v=1&objectives=clients,media&body=aba&rules=allowed&matter=juror';

test.describe('a message to the firm’s contact on a red flag', () => {
  test('opens the reader’s mail program with a subject and a body only, holding a link to the same outcome', async ({
    page,
  }) => {
    await page.goto(`/?pack=acme#/decision?${JUROR}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'dont-connect');
    const email = page.getByRole('link', { name: 'Email Risk team' });
    await expect(email).toHaveAttribute('data-compose-escalation', '');
    const href = (await email.getAttribute('href')) ?? '';
    expect(href.length).toBeLessThanOrEqual(1800);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('risk@acme.example');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('Recommendation: Don’t accept, and don’t discuss the matter with them.');
    expect(body).toContain('Tell your firm’s named contact now: Risk team, risk@acme.example');
    expect(body).toContain(
      '- Connection to your firm’s matters: They are a juror or a possible juror',
    );
    // The firm's name carries markup (tests/e2e/firm-files/firms/acme.json): text, never a field.
    expect(body).not.toMatch(/<script|&cc=|bcc/i);

    const link = /^The decision, with all my answers: (\S+)$/m.exec(body)?.[1] ?? '';
    expect(new URL(link).origin).toBe(new URL(page.url()).origin);
    await page.goto(link);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'dont-connect');
    expect(new URL(page.url()).searchParams.get('pack')).toBe('acme');
    await expect(page.getByRole('link', { name: 'Email Risk team' })).toBeVisible();
  });

  test('without a firm file, the same message is offered to copy', async ({ page }) => {
    await page.goto(q(JUROR));
    await expect(page.getByRole('button', { name: 'Copy the message' })).toBeVisible();
    await expect(page.locator('[data-compose-escalation]')).toHaveCount(0);
    await page.getByText('See the message').click();
    const text = await page.getByRole('textbox', { name: 'The message to send' }).inputValue();
    expect(text).toContain('Whom the tool says to tell:');
    expect(text).toContain(`#/decision?${JUROR}`);
  });
});

test.describe('the firm’s approval', () => {
  const ACCEPT =
    'v=1&objectives=clients&body=sra&rules=allowed&matter=none&invite=personal&profile=relevant';

  test('every outcome says who approved the tool and when, and what changed since', async ({
    page,
  }) => {
    for (const query of [ACCEPT, JUROR]) {
      await page.goto(`/?pack=approved#/decision?${query}`);
      const approved = page.locator('[data-firm-approved]');
      await expect(approved).toHaveText(
        /^Risk & Compliance approved this tool for Signed Off LLP on 3 December 2026, having reviewed its advice as of 1 December 2026\.$/,
      );
      const changed = page.locator('[data-advice-changed]');
      await expect(changed).toContainText(
        'Our advice has changed since Risk & Compliance reviewed it',
      );
      await expect(changed.getByRole('listitem').first()).toHaveText(/^6 December 2026: /);
    }
    await page.setViewportSize({ width: 375, height: 800 });
    await page.locator('[data-firm-approved]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/signoff/outcome-approval-375.png' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('[data-firm-approved]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/signoff/outcome-approval-1280.png' });
  });

  test('no approval is shown without a firm file, nor with one that records none', async ({
    page,
  }) => {
    for (const url of [q(JUROR), `/?pack=acme#/decision?${JUROR}`]) {
      await page.goto(url);
      await expect(page.getByRole('heading', { name: 'About this advice' })).toBeVisible();
      await expect(page.locator('[data-firm-approved], [data-advice-changed]')).toHaveCount(0);
    }
  });
});
