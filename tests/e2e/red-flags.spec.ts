import type { Page } from '@playwright/test';
import { STEPS } from '../../src/decision/steps';
import { expect, q, readToTheEnd, test } from './fixtures';

/*
 * Every body × every red flag, as a reader opens it: the order of what to do (a copy of the
 * invitation first, tell now, only then Ignore), not looking the person up, the reader's own
 * rules unfolded and other jurisdictions' folded apart, no point twice, no way round it, and
 * a record (print, copy as text) that holds what the page shows, with only its sources.
 */

const FLAGS = STEPS.matter.values.filter((m) => m !== 'none');
const BODIES = STEPS.body.values;

const link = (body: string, flag: string) =>
  q(`v=1&objectives=clients&body=${body}${body === 'none' ? '' : '&rules=allowed'}&matter=${flag}`);

/** The text of a list item, one per line. */
const items = (page: Page, selector: string) =>
  page.locator(selector).locator(':scope > li').allInnerTexts();

test.describe.configure({ timeout: 120_000 });

for (const body of BODIES) {
  test(`${body}: every red flag in order, own rules first, no way round it, a whole record`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? '').origin,
    });
    for (const flag of FLAGS) {
      const where = `${body} × ${flag}`;
      await page.goto(link(body, flag));
      await expect(page.locator('[data-outcome]'), where).toHaveAttribute(
        'data-outcome',
        'dont-connect',
      );
      const tell = page.locator('[data-escalation]');
      // The body's own helplines and guidance arrive with its jurisdiction's file.
      await expect(tell.locator(':scope > li').last()).toHaveText(/Put the copy on the file/);
      if (body !== 'other' && body !== 'none')
        await expect(tell.getByRole('link').first(), where).toBeVisible();

      // Evidence first, then whom to tell now, only then Ignore; the copy goes on the file.
      const lines = await items(page, '[data-escalation]');
      expect(lines[0], where).toMatch(/^First, keep a copy: a dated screenshot of the invitation/);
      expect(lines[1], where).toMatch(
        /^Tell (your supervising lawyer|the lawyer running the (matter|trial)) now/,
      );
      const ignore = lines.findIndex((l) => l.startsWith('Only then choose Ignore'));
      expect(ignore, where).toBeGreaterThan(1);
      expect(lines.at(-1), where).toMatch(/^Put the copy on the file/);
      const steps = await items(page, '#next-title ~ ol');
      expect(steps[0], where).toMatch(/^Keep a copy first/);
      expect(steps[1], where).toMatch(/^Tell .* now/);
      expect(steps[2], where).toMatch(/^Only then choose Ignore/);

      if (flag === 'juror') {
        expect(lines[1], where).toMatch(/now, before the court next sits/);
        expect(steps[1], where).toMatch(/before the court next sits/);
        const all = lines.join('\n');
        expect(all, where).toMatch(
          /The lawyer running the trial decides whether and how the court is told/,
        );
        if (body === 'us-ny')
          expect(all, where).toMatch(/Your rules require .* reveal it to the court/s);
        else if (body !== 'none')
          expect(all, where).toMatch(
            /Consider with them now whether the court must be told: we haven’t reviewed your body’s rules on that duty/,
          );
      }
      // No other jurisdiction's duty among whom to tell.
      if (body !== 'us-ny') expect(lines.join('\n'), where).not.toMatch(/New York/);

      // Don't look them up: both views, with their sources, on every juror and witness outcome.
      const lookUp = page.locator('[data-look-up]');
      if (flag === 'juror' || flag === 'witness') {
        await expect(lookUp, where).toContainText('Don’t open their profile');
        await expect(
          lookUp.getByRole('link', { name: 'New York City Bar, Formal Opinion 2012-2' }),
          where,
        ).toBeVisible();
        await expect(
          lookUp.getByRole('link', { name: /^ABA Formal Opinion 466/ }),
          where,
        ).toBeVisible();
        await expect(lookUp, where).toContainText('LinkedIn’s help said in 2015');
      } else await expect(lookUp, where).toHaveCount(0);

      // Never "we found no rule"; other jurisdictions folded, labelled; no point twice.
      const article = page.locator('[data-outcome]');
      await expect(article, where).not.toContainText(/found no rule/i);
      const elsewhere = page.locator('[data-elsewhere]');
      if ((await elsewhere.count()) > 0) {
        await expect(elsewhere, where).not.toHaveAttribute('open', '');
        await expect(elsewhere.locator('summary'), where).toHaveText(
          'What the rules say elsewhere',
        );
      }
      const cited = await article.locator('li:has(> span.text-muted)').allTextContents();
      expect(new Set(cited).size, `${where}: a point shown twice`).toBe(cited.length);

      // No way round it.
      await readToTheEnd(page);
      await expect(page.locator('[data-path-map]'), where).toBeAttached();
      await expect(page.locator('#what-if-title, [data-extra-marker]'), where).toHaveCount(0);

      // Copy as text: whom to tell now and the rule behind it, and only the sources shown.
      const screenText = await article.innerText();
      await page.getByRole('button', { name: 'Copy as text' }).click();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text, where).toContain('Whom to tell now:\n- First, keep a copy');
      expect(text, where).toContain('The rule behind this:');
      expect(text, where).toMatch(/Only then choose Ignore/);
      expect(text, where).not.toContain('What the rules say elsewhere');
      const sources = text.split('\nSources:\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
      for (const line of sources.filter((l) => l.startsWith('- '))) {
        const name = line.slice(2).split(', ')[0] ?? '';
        expect(screenText, `${where}: a source the page does not show: ${line}`).toContain(name);
      }

      // Print: the same record on paper, "Whom to tell now" included.
      await page.emulateMedia({ media: 'print' });
      const record = page.locator('[data-record]');
      await expect(record.getByRole('heading', { name: 'Whom to tell now' }), where).toBeVisible();
      await expect(record, where).toContainText('First, keep a copy');
      await expect(record, where).toContainText('Our suggestion (not a rule):');
      await expect(page.locator('[data-escalation]'), where).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
    }
  });
}
