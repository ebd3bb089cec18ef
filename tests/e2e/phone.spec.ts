import { expect, q, readToTheEnd, test } from './fixtures';

/**
 * On a phone the recommendation, why and what to do next come first; the long lists
 * (cautions, what would change this, the path, a body's points) are folded, so that no
 * outcome shows more than 500 words before the reader opens anything. A red flag says more,
 * unfolded, by the spec (December 2026): whom to tell now in order, not looking them up with
 * both bars' views and their sources, and the reader's own rules; other jurisdictions' rules
 * stay folded.
 */
const RED_FLAG_WORDS = 900;
const LONGEST: Record<string, string> = {
  accept:
    'v=1&objectives=clients,media,community,careers&body=us-tx&rules=allowed&matter=none&invite=standard&profile=relevant',
  wait: 'v=1&objectives=clients,media,community,careers&body=us-ca&rules=allowed&matter=none&invite=standard&profile=unclear&reply=pending',
  'check-rules':
    'v=1&objectives=clients,media,community,careers&body=au-solicitors&rules=unsure&matter=none&invite=standard&profile=unclear',
  'dont-connect (juror)':
    'v=1&objectives=clients,media,community,careers&body=us-ca&rules=allowed&matter=juror',
  'dont-connect (judge)': 'v=1&objectives=clients&body=au-solicitors&rules=allowed&matter=judge',
  'dont-connect (rules)': 'v=1&objectives=clients&body=bsb&rules=restricted&matter=none',
  'report-spam':
    'v=1&objectives=clients,media,community,careers&body=sra&rules=allowed&matter=none&invite=suspicious&spam=true-spam',
  ignore:
    'v=1&objectives=clients,media,community,careers&body=sra&rules=allowed&matter=none&invite=pitch&profile=not-relevant',
};

test.describe('an outcome on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  for (const [name, query] of Object.entries(LONGEST)) {
    test(`${name}: no more words than it needs before anything is opened`, async ({ page }) => {
      await page.goto(q(query));
      await expect(page.locator('[data-outcome]')).toBeVisible();
      await readToTheEnd(page);
      // The words shown: text for screen readers alone (visually hidden) is not on screen.
      await page.evaluate(() =>
        document.querySelectorAll<HTMLElement>('main .sr-only').forEach((e) => {
          e.style.display = 'none';
        }),
      );
      const words = await page
        .locator('main')
        .evaluate((main) => (main as HTMLElement).innerText.split(/\s+/).filter(Boolean).length);
      expect(words).toBeLessThanOrEqual(
        name.startsWith('dont-connect (') && name !== 'dont-connect (rules)' ? RED_FLAG_WORDS : 500,
      );
      // What comes first: the recommendation, why, and what to do next.
      const order = await page.evaluate(() =>
        [...document.querySelectorAll('main h1, main h2')].map((h) => h.textContent ?? ''),
      );
      expect(order.indexOf('Why')).toBeLessThan(order.indexOf('Check your answers'));
      if (name.startsWith('dont-connect') || name === 'accept')
        await page.screenshot({
          path: `test-results/screenshots/phone/${name.replace(/\W+/g, '-')}.png`,
          fullPage: true,
        });
    });
  }
});
