import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { answer, expect, q, test } from './fixtures';

/**
 * The firm file (../shared/spec/firm-pack.md) read by the built app, under the strict CSP.
 * The files are tests/e2e/firm-files/firms/<id>.json, served beside the app by
 * `serve.mjs` with FIRM_DIR=tests/e2e/firm-files (playwright.config.ts), opened with `?pack=<id>`.
 */

const MEDIA_ACCEPT =
  'v=1&objectives=media&body=sra&rules=allowed&matter=none&invite=personal&profile=relevant';
const CLIENTS_ACCEPT =
  'v=1&objectives=clients&body=sra&rules=allowed&matter=none&invite=personal&profile=relevant';
const JUROR = 'v=1&objectives=clients&body=aba&rules=allowed&matter=juror';
const FIRM = 'Acme & Partners <b>LLP</b>';
const APP = `http://127.0.0.1:${process.env.PORT ?? 4173}`;
const HOST = `http://127.0.0.1:${process.env.HOST_PORT ?? 4174}`;

const section = (page: Page) => page.locator('[data-firm-policy]');
const shareField = (page: Page) => page.getByRole('textbox', { name: 'Link to this decision' });

/** No element, attribute or URL on the page that a file could have put there as markup. */
async function expectNoInjection(page: Page) {
  expect(await page.locator('#root script, #root b, #root iframe').count()).toBe(0);
  expect(await page.locator('[href^="javascript:" i], [src^="javascript:" i]').count()).toBe(0);
}

test.describe('a valid firm file', () => {
  test('its points show only where their conditions hold, apart, under the firm’s name', async ({
    page,
  }) => {
    await page.goto(`/?pack=acme#/decision?${MEDIA_ACCEPT}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    const firm = section(page);
    await expect(firm).toBeVisible();
    await expect(firm.getByRole('heading')).toHaveText(`${FIRM}: your firm’s policy`);
    await expect(firm).toContainText('Every decision: keep the link to it on the matter file.');
    await expect(firm).toContainText('Tell Communications before you accept a journalist.');
    await expect(firm.getByRole('link', { name: 'Communications' })).toHaveAttribute(
      'href',
      'https://intranet.acme.example/comms',
    );
    await expect(firm).not.toContainText('juror');
    await expect(firm.getByRole('link', { name: /social media policy/ })).toHaveAttribute(
      'href',
      'https://intranet.acme.example/policies/social-media',
    );
    // After the rules and our suggestions, before what to do next.
    const order = await page.evaluate(() => {
      const firmEl = document.querySelector('[data-firm-policy]')!;
      const next = document.getElementById('next-title')!;
      return Boolean(firmEl.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await firm.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/firm/outcome-1280.png' });
    await page.setViewportSize({ width: 375, height: 800 });
    await firm.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/firm/outcome-375.png' });

    // Another objective: the journalist point no longer applies.
    await page.goto(`/?pack=acme#/decision?${CLIENTS_ACCEPT}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    await expect(section(page)).toContainText('Every decision');
    await expect(section(page)).not.toContainText('journalist');

    // A juror: that point applies, and its markup is text.
    await page.goto(`/?pack=acme#/decision?${JUROR}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'dont-connect');
    await expect(section(page)).toContainText(
      'Report any contact from a juror to Risk the same day. <script>alert(1)</script>',
    );
    await expect(section(page)).not.toContainText('journalist');
    await expectNoInjection(page);
  });

  test('markup in the firm’s name shows as text, in the page and in the record', async ({
    page,
  }) => {
    await page.goto(`/?pack=acme#/decision?${MEDIA_ACCEPT}`);
    await expect(section(page)).toBeVisible();
    await expect(page.getByText(`Guidance for ${FIRM} people`)).toBeVisible();
    await expectNoInjection(page);
    const text = await page.getByLabel('The decision as text').inputValue();
    expect(text).toContain(
      `${FIRM}: your firm’s policy (reviewed by your firm on 1 December 2026):`,
    );
    expect(text).toContain('- Tell Communications before you accept a journalist.');
    expect(text).toContain('What to do next on LinkedIn:');
    expect(text).toContain('not legal advice');
  });

  test('?pack= survives in the share link, which also records when and what', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/?pack=acme#/decision?${MEDIA_ACCEPT}`);
    await expect(section(page)).toBeVisible();
    const link = await shareField(page).inputValue();
    expect(link.startsWith(`${baseURL}?pack=acme#/decision?${MEDIA_ACCEPT}&made=`)).toBe(true);
    expect(link).toMatch(/&made=\d{4}-\d{2}-\d{2}&was=accept$/);
    await page.goto('about:blank');
    await page.goto(link);
    await expect(section(page)).toBeVisible();
    await expect(
      page.getByText(/shared with you through a link\. The link says it was made on/),
    ).toBeVisible();
    expect(page.url()).toBe(link);
  });

  test('the embed reads the file; in a frame its name and contacts win over the address’s; a link copied there keeps only the pack', async ({
    page,
    baseURL,
    guard,
  }) => {
    await page.goto(`/embed.html?pack=acme#/decision?${MEDIA_ACCEPT}`);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    await expect(section(page)).toContainText(
      'Tell Communications before you accept a journalist.',
    );
    await expect(page.getByText(`Guidance for ${FIRM} people`)).toBeVisible();

    // Framed by an intranet page whose address also names a firm and a contact.
    guard.allowOrigins.push(HOST);
    await page.goto(`${HOST}/`);
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.title = 'Embed';
      f.src = src;
      f.style.width = '100%';
      f.style.height = '900px';
      document.body.append(f);
    }, `${APP}/embed.html?pack=acme&firm=Acme+Legal&contact=mailto%3Arisk%40acme.example#/decision?${MEDIA_ACCEPT}`);
    const embed = page.frameLocator('iframe');
    await expect(embed.locator('[data-firm-policy]').getByRole('heading')).toHaveText(
      `${FIRM}: your firm’s policy`,
    );
    await expect(embed.getByText(`Guidance for ${FIRM} people`)).toBeVisible();
    await expect(embed.getByText(/Acme Legal/)).toHaveCount(0);
    await expect(embed.getByRole('link', { name: /Questions\?/ })).toHaveCount(0);
    const link = await embed.getByRole('textbox', { name: 'Link to this decision' }).inputValue();
    expect(link.startsWith(`${baseURL}?pack=acme#/decision?${MEDIA_ACCEPT}&made=`)).toBe(true);

    // The full page opened from that link: the file's name and points, no contact line.
    await page.goto(link);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    await expect(page.getByText(`Guidance for ${FIRM} people`)).toBeVisible();
    await expect(page.getByRole('link', { name: /Questions\?/ })).toHaveCount(0);
    await expect(section(page).getByRole('heading')).toHaveText(`${FIRM}: your firm’s policy`);
  });

  test('a file that fixes the body skips that question, on the full page and in the embed', async ({
    page,
  }) => {
    for (const path of [
      '/?pack=fixed-body#/decision?v=1',
      '/embed.html?pack=fixed-body#/decision?v=1',
    ]) {
      await page.goto(path);
      await answer(page, 'Winning work');
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/professional body/i);
      await expect(page).toHaveURL(/body=nzls/);
    }
  });
});

test.describe('a file that cannot be used', () => {
  const CASES = [
    { id: 'js-link', says: /contacts, number 1, href/ },
    { id: 'broken', says: /not valid JSON/ },
    // Answered 204 by the server, not a 404 that the browser would log.
    { id: 'nope', says: /firms\/nope\.json was not found/ },
  ];
  for (const { id, says } of CASES) {
    test(`${id}: the notice says what is wrong and the decision still works`, async ({ page }) => {
      for (const page_ of ['/', '/embed.html']) {
        await page.goto(`${page_}?pack=${id}#/decision?v=1`);
        const notice = page.locator('[data-firm-notice]');
        await expect(notice).toBeVisible();
        await expect(notice).toContainText('Your firm’s settings are not in use');
        await expect(notice).toContainText(says);
        await expectNoInjection(page);
        await answer(page, 'I only connect with people I already know');
        // Whether a matter is asked after "known only" is not this test's business.
        await expect(page.locator('[data-outcome], input[name="matter"]').first()).toBeVisible();
        if ((await page.locator('input[name="matter"]').count()) > 0)
          await answer(page, 'No, not as far as I can tell');
        await expect(page.locator('[data-outcome]')).toBeVisible();
        await expect(section(page)).toHaveCount(0);
        await expectNoInjection(page);
      }
    });
  }
});

test('without settings, the site and the embed run as ever, with nothing in the console', async ({
  page,
}) => {
  // The guard fails the test on any console error, a logged 404 included.
  for (const path of ['/', '/embed.html', `/#/decision?${JUROR}`]) {
    const firmFile = page.waitForResponse((r) => r.url().endsWith('/firm.json'));
    await page.goto(path);
    const response = await firmFile;
    expect(response.status()).toBe(204);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-firm-notice], [data-firm-policy]')).toHaveCount(0);
  }
});

test('an old link whose recommendation changed says so, above the recommendation', async ({
  page,
}) => {
  await page.goto(q(`${JUROR}&made=2026-11-30&was=ignore`));
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'dont-connect');
  const notice = page.locator('[data-was="ignore"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('This link says the recommendation was different');
  await expect(notice).toContainText('“Ignore the invitation”');
  await expect(notice.getByRole('listitem').first()).toContainText('6 December 2026');
  const box = await notice.boundingBox();
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(box!.y).toBeLessThan(heading!.y);
  // The address keeps the link's record until an answer changes.
  await expect(page).toHaveURL(/made=2026-11-30&was=ignore$/);
});

test('the builder: the firm file form, its preview beside the options, the snippet; screenshots', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#/embed');
  const iframeCode = page.getByRole('textbox', { name: 'Iframe code', exact: true });
  await page.getByLabel('Accent colour (optional)').fill('#004c97');
  await expect(iframeCode).toHaveValue(/accent=004c97/);
  await page.getByLabel('Your firm’s name (optional)').fill('Hartley & Rowe LLP');

  await page.getByLabel('Firm name', { exact: true }).fill('Hartley & Rowe LLP');
  await page.getByRole('button', { name: 'Add a point' }).click();
  await page
    .getByLabel('What to do', { exact: true })
    .fill('Report any contact from a juror to Risk the same day.');
  await page.getByRole('button', { name: 'Add another point' }).click();
  await page
    .getByLabel('What to do', { exact: true })
    .nth(1)
    .fill('Keep the link to each decision on the matter file.');
  const preview = page.getByRole('region', { name: 'Preview of your firm’s points' });
  await expect(preview.locator('[data-firm-policy]')).toContainText('Keep the link');

  // Beside the options, and still in view once the options have scrolled by.
  const side = preview;
  const options = await page.getByRole('region', { name: 'Your options' }).boundingBox();
  const box = await side.boundingBox();
  expect(box!.x).toBeGreaterThan(options!.x + options!.width - 1);
  await page.getByRole('button', { name: 'Add another point' }).scrollIntoViewIfNeeded();
  const after = await side.boundingBox();
  expect(after!.y).toBeGreaterThanOrEqual(0);
  expect(after!.y).toBeLessThan(100);
  await page.screenshot({ path: 'test-results/screenshots/firm/builder-1280.png' });

  // An invalid value: said beside the field and beside the code.
  await page.getByLabel('Accent colour (optional)').fill('blue');
  await expect(iframeCode).not.toHaveValue(/accent=/);
  await expect(page.getByText('Not in this code yet: accent colour.').first()).toBeVisible();

  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByLabel('Accent colour (optional)').fill('#004c97');
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/firm/builder-375.png' });
});

test('the builder opens the settings the site serves, to change them; a file it can’t use leaves the form alone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?pack=acme#/embed');
  const firmName = page.getByLabel('Firm name', { exact: true });
  const open = page.getByRole('button', { name: 'Open this site’s settings' });
  await expect(open).toHaveAccessibleDescription(/firms\/acme\.json/);
  await firmName.fill('Typed before');
  await open.click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Opened firms/acme.json.' }),
  ).toBeVisible();
  await expect(firmName).toHaveValue(FIRM);
  await expect(page.getByRole('group', { name: /^Contact \d$/ })).toHaveCount(2);
  await expect(page.getByRole('group', { name: /^Point \d$/ })).toHaveCount(3);
  await expect(page.getByLabel('Who to tell when there is a red flag (optional)')).toHaveValue(
    /\d+/,
  );
  const preview = page.getByRole('region', { name: 'Preview of your firm’s points' });
  await expect(preview.locator('[data-firm-policy]')).toContainText('Every decision');
  // Text only (the builder's own preview is its one frame).
  expect(await page.locator('#root script, #root b').count()).toBe(0);
  // Changed like any other file, and ready to download.
  await page
    .getByLabel('What to do', { exact: true })
    .first()
    .fill('Keep the link to each decision on file.');
  await expect(page.getByRole('textbox', { name: 'Your firm.json' })).toHaveValue(
    /Keep the link to each decision on file\./,
  );
  await expect(page.getByRole('link', { name: 'Download firm.json' })).toBeVisible();
  await page
    .getByRole('heading', { name: 'Your firm’s settings file (optional)' })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/firm/builder-opened-1280.png' });

  for (const { id, says } of [
    { id: 'broken', says: /not valid JSON/ },
    { id: 'js-link', says: /href/ },
    { id: 'missing', says: /firms\/missing\.json was not found/ },
  ]) {
    await page.goto(`/?pack=${id}#/embed`);
    await firmName.fill('Mine');
    await open.click();
    const status = page.getByRole('status').filter({ hasText: 'The form is as it was.' });
    await expect(status).toContainText(says);
    await expect(firmName).toHaveValue('Mine');
  }
});

test('a point marked first is the first of the next steps where it applies, and still in the firm’s section', async ({
  page,
}) => {
  await page.goto(`/?pack=first#/decision?${MEDIA_ACCEPT}`);
  const steps = page
    .getByRole('region', { name: 'What to do next on LinkedIn' })
    .getByRole('listitem');
  await expect(steps.first()).toHaveText(
    'Harbour & Vale LLP’s policy, before anything else: Talk to Communications before you accept a journalist. Contact: Communications, comms@harbour.example',
  );
  await expect(steps.first().getByRole('link', { name: 'comms@harbour.example' })).toHaveAttribute(
    'href',
    'mailto:comms@harbour.example',
  );
  // Then LinkedIn's own steps, as before.
  await expect(steps.nth(1)).toContainText('choose Accept');
  await expect(section(page).getByRole('listitem').first()).toHaveText(
    /^Before anything else: Talk to Communications before you accept a journalist\./,
  );
  const found = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(found.violations.map((v) => v.id)).toEqual([]);
  // Where it does not apply (not on LinkedIn for the media), LinkedIn's steps come first.
  await page.goto(`/?pack=first#/decision?${CLIENTS_ACCEPT}`);
  await expect(section(page)).toContainText('Keep the link to each decision');
  await expect(steps.first()).toContainText('choose Accept');
});
