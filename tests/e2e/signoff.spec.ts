import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isOfficialUrl } from '../../src/content/officialLinks';
import { REGULATOR_IDS, STEPS } from '../../src/decision/steps';
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
    await page.screenshot({ path: 'test-results/screenshots/signoff/outcome-approval-375.png' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('[data-firm-approved]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/signoff/outcome-approval-1280.png' });
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

test.describe('the sources page', () => {
  const SHOTS = 'test-results/screenshots/signoff';
  const body = (page: Page, id: string) => page.locator(`[data-sources-body="${id}"]`);

  test('has a section for every regulator, and one for general points, each with levelled, dated statements', async ({
    page,
  }) => {
    await page.goto('/#/sources');
    await expect(page.getByRole('heading', { level: 1, name: 'Our sources' })).toBeVisible();
    await expect(page.locator('[data-advice-version]')).toHaveAttribute(
      'data-advice-version',
      /^\d{4}-\d{2}-\d{2}$/,
    );
    const changes = page.locator('[data-advice-changes] li');
    expect(await changes.count()).toBeGreaterThan(0);
    for (const date of await changes.evaluateAll((li) =>
      li.map((l) => l.getAttribute('data-change-date')),
    ))
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    for (const id of [...REGULATOR_IDS, 'general']) {
      const section = body(page, id);
      await expect(section, id).toHaveCount(1);
      await expect(section.getByRole('heading', { level: 2 }), id).toHaveCount(1);
      const statements = await section.locator('[data-statement]').evaluateAll((items) =>
        items.map((li) => ({
          level: li.getAttribute('data-level'),
          date: li.querySelector('[data-date]')?.textContent?.trim() ?? '',
          text: li.querySelector('p')?.textContent?.trim() ?? '',
        })),
      );
      expect(statements.length, id).toBeGreaterThan(0);
      for (const st of statements) {
        expect(['V', 'V2', 'secondary'], `${id}: ${st.text}`).toContain(st.level);
        expect(st.date, `${id}: ${st.text}`).not.toBe('');
        expect(st.text, id).not.toBe('');
      }
    }
    // The contents list names every section, and opens the page at it.
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await expect(contents.getByRole('link')).toHaveCount(REGULATOR_IDS.length + 2);
    await contents.getByRole('link', { name: /Law Society of Scotland/ }).click();
    await expect(body(page, 'lss').getByRole('heading', { level: 2 })).toBeFocused();
  });

  test('lists every official link that an outcome shows, and links nowhere but official pages', async ({
    page,
  }) => {
    test.setTimeout(240_000); // about 150 outcomes
    await page.goto('/#/sources');
    await expect(body(page, 'general')).toBeVisible();
    const listed = new Set(
      await page
        .locator('a[href^="http"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    );
    expect(listed.size).toBeGreaterThan(20);
    for (const href of listed) expect(isOfficialUrl(href ?? ''), href ?? '').toBe(true);
    // Every other link stays on this page's own site.
    const others = await page
      .locator('#main a:not([href^="http"])')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of others) expect(href).toMatch(/^#\//);

    // Every outcome a reader of each body can reach that cites rules: each red flag, rules that
    // restrict it, rules not known yet, and an accept with every objective's cautions.
    const objectives = STEPS.objectives.values.filter((o) => o !== 'known-only').join(',');
    const flags = STEPS.matter.values.filter((m) => m !== 'none');
    const regulated = [
      ...flags.map((m) => `rules=allowed&matter=${m}`),
      'rules=restricted&matter=none',
      'rules=unsure&matter=none&invite=personal&profile=relevant',
      'rules=allowed&matter=none&invite=personal&profile=relevant',
    ];
    const queries = [
      ...[...REGULATOR_IDS, 'other'].flatMap((id) => regulated.map((t) => `body=${id}&${t}`)),
      ...[...flags.map((m) => `matter=${m}`), 'matter=none&invite=personal&profile=relevant'].map(
        (t) => `body=none&${t}`,
      ),
    ].map((tail) => `v=1&objectives=${objectives}&${tail}`);
    const shownAnywhere = new Set<string>();
    await page.goto(q('v=1'));
    for (const query of queries) {
      // In the same page, as a reader moving between decisions would: the link offered is
      // the new decision's once it has rendered.
      await page.evaluate((hash) => (window.location.hash = hash), `#/decision?${query}`);
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Link to this decision' }).inputValue())
        .toContain(`#/decision?${query}&made=`);
      const shown = await page
        .locator('[data-outcome] a[href^="http"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of shown) {
        expect(listed, `${query}: ${href}`).toContain(href);
        shownAnywhere.add(href);
      }
    }
    // The walk saw what the outcomes cite, not empty pages.
    expect(shownAnywhere.size).toBeGreaterThan(40);
  });

  test('is reached from the footer and from every outcome, at the reader’s own body', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Our sources' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Our sources' })).toBeFocused();

    await page.goto(q('v=1&objectives=clients&body=lsi&rules=allowed&matter=judge'));
    await page.getByRole('link', { name: /Our sources, with their dates/ }).click();
    await expect(page).toHaveURL(/#\/sources\?body=lsi$/);
    await expect(body(page, 'lsi').getByRole('heading', { level: 2 })).toBeFocused();
  });

  test('marks what changed since the firm’s review, for the reviewing team', async ({ page }) => {
    await page.goto('/?pack=approved#/sources');
    const approval = page.locator('[data-firm-approved]');
    await expect(approval).toContainText(
      'Risk & Compliance approved this tool for Signed Off LLP on 3 December 2026',
    );
    const since = approval.locator('[data-advice-changed] li');
    const marked = page.locator('[data-advice-changes] li[data-since-approval]');
    await expect(marked.first()).toContainText('New since your firm’s review');
    expect(await marked.count()).toBe(await since.count());
    expect(await marked.count()).toBeGreaterThan(0);

    await page.goto('/#/sources');
    await expect(body(page, 'sra')).toBeVisible();
    await expect(page.locator('[data-firm-approved], [data-since-approval]')).toHaveCount(0);
  });

  test('is accessible and fits a phone', async ({ page }) => {
    test.setTimeout(120_000); // axe on a long page, twice
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/#/sources');
      await expect(body(page, 'general')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/sources-${width}.png` });
      await body(page, 'us-tx').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/sources-${width}-texas.png` });
    }
  });

  test('prints with each body on a page of its own, links written out', async ({ page }) => {
    await page.goto('/#/sources');
    await expect(body(page, 'general')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const breaks = await page
      .locator('[data-sources-body]')
      .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    expect(breaks).toHaveLength(REGULATOR_IDS.length + 1);
    for (const b of breaks) expect(b).toBe('page');
    expect(
      await page
        .locator('footer a')
        .first()
        .evaluate((a) => getComputedStyle(a).display),
    ).toBe('none');
    const after = await page
      .locator('[data-sources-page] a[href^="https:"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://');
    await page.screenshot({ path: `${SHOTS}/sources-print-emulated.png` });
    // On paper: the contents and the levels, then a page or more for each body.
    mkdirSync(SHOTS, { recursive: true });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    writeFileSync(`${SHOTS}/sources.pdf`, pdf, 'latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(REGULATOR_IDS.length + 1);
  });
});
