import type { FrameLocator, Page } from '@playwright/test';
import { expect, q, test } from './fixtures';

/**
 * Nothing a link or a comment can forge (../shared/spec/decision-tree.md): a firm's name and
 * contact from an address count only in a frame, never over a settings file and never in a
 * share link; an address is shown as it is; a link's record is worded as its claim; firm text
 * hides nothing and wraps. The firm files are tests/e2e/firm-files/firms/<id>.json.
 */
const APP = `http://127.0.0.1:${process.env.PORT ?? 4173}`;
const HOST = `http://127.0.0.1:${process.env.HOST_PORT ?? 4174}`;

const SPOOF = new URLSearchParams({
  firm: 'Hartley & Rowe LLP Risk Team',
  contact: 'https://hartley-rowe.sso-login.example/verify',
}).toString();
const KNOWN_ONLY = 'v=1&objectives=known-only&matter=none';
const JUROR = 'v=1&objectives=clients&body=aba&rules=allowed&matter=juror';

/** embed.html with these options, framed by an intranet page on another origin. */
async function framed(page: Page, options: string, fragment = ''): Promise<FrameLocator> {
  await page.goto(`${HOST}/`);
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.title = 'Should I connect?';
    f.src = src;
    f.style.cssText = 'display:block;width:100%;height:900px;border:0';
    document.body.append(f);
  }, `${APP}/embed.html?${options}${fragment}`);
  const embed = page.frameLocator('iframe');
  await expect(embed.getByRole('heading', { level: 1 })).toBeVisible();
  return embed;
}

/** How far a page's content reaches past its own width, in px (0 or less: no sideways scroll). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('a firm’s name and contact from an address', () => {
  test('the full site shows neither, on the start page or an outcome', async ({ page }) => {
    await page.goto(`/?${SPOOF}`);
    await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
    await page.goto(`/?${SPOOF}#/decision?${KNOWN_ONLY}`);
    await expect(page.locator('[data-outcome]')).toBeVisible();
    await expect(page.getByText(/Guidance for/)).toHaveCount(0);
    await expect(page.getByText(/Hartley|sso-login/)).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Questions\?/ })).toHaveCount(0);
    // Nor does a link made there carry them.
    const link = await page.getByRole('textbox', { name: 'Link to this decision' }).inputValue();
    expect(link).not.toMatch(/firm=|contact=/);
  });

  test('the full site with a settings file shows the file’s name, not the address’s', async ({
    page,
  }) => {
    await page.goto(`/?pack=acme&${SPOOF}#/decision?${KNOWN_ONLY}`);
    await expect(page.getByText('Guidance for Acme & Partners <b>LLP</b> people')).toBeVisible();
    await expect(page.getByText(/Hartley/)).toHaveCount(0);
  });

  test('embed.html opened on its own ignores them, with a console warning', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`/embed.html?${SPOOF}&accent=cc0000#/decision?${KNOWN_ONLY}`);
    await expect(page.locator('[data-outcome]')).toBeVisible();
    await expect(page.getByText(/Guidance for|Hartley/)).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Questions\?/ })).toHaveCount(0);
    expect(warnings.filter((w) => /only in a frame/.test(w))).toHaveLength(2);
  });

  test('embed.html framed by an intranet page honours them, and a link made there drops them', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    const embed = await framed(page, SPOOF, `#/decision?${KNOWN_ONLY}`);
    await expect(embed.getByText('Guidance for Hartley & Rowe LLP Risk Team people')).toBeVisible();
    await expect(
      embed.getByRole('link', {
        name: 'Questions? Ask Hartley & Rowe LLP Risk Team at hartley-rowe.sso-login.example',
      }),
    ).toHaveAttribute('href', 'https://hartley-rowe.sso-login.example/verify');
    const link = await embed.getByRole('textbox', { name: 'Link to this decision' }).inputValue();
    expect(link.startsWith(`${APP}/#/decision?${KNOWN_ONLY}&made=`)).toBe(true);
    await expect(embed.getByRole('link', { name: /Open full page/ })).toHaveAttribute(
      'href',
      `${APP}/#/decision?${KNOWN_ONLY}`,
    );
  });
});

test.describe('an address shown as it is', () => {
  test('a Cyrillic о in a mail domain shows, and links, in the xn-- form', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    const embed = await framed(page, 'contact=mailto:risk@hartley-r%D0%BEwe.com');
    const contact = embed.getByRole('link', { name: /^Questions\? Ask risk@/ });
    await expect(contact).toHaveText(/^Questions\? Ask risk@xn--hartley-rwe-\w+\.com$/);
    await expect(contact).toHaveAttribute('href', /^mailto:risk@xn--hartley-rwe-\w+\.com$/);
    await expect(embed.getByText(/hartley-r\u043ewe/)).toHaveCount(0);
  });

  for (const width of [375, 320]) {
    test(`a 200-character host wraps at ${width} px and shows its domain in full`, async ({
      page,
      guard,
    }) => {
      guard.allowOrigins.push(HOST);
      await page.setViewportSize({ width, height: 800 });
      const host = `${['a', 'b', 'c'].map((c) => `secure-login-${c.repeat(45)}`).join('.')}.hartley-rowe.com`;
      expect(host.length).toBeGreaterThan(190);
      const embed = await framed(page, `firm=Hartley+%26+Rowe&contact=https://${host}/verify`);
      const contact = embed.getByRole('link', { name: /^Questions\?/ });
      await expect(contact).toContainText(host);
      const frame = page.frames().find((f) => f.url().startsWith(`${APP}/embed.html`))!;
      const reach = await frame.evaluate(() => {
        const a = [...document.querySelectorAll('a')].find((l) => /Questions/.test(l.text))!;
        const box = a.getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          right: box.right,
          width: document.documentElement.clientWidth,
          lines: box.height / parseFloat(getComputedStyle(a).lineHeight),
        };
      });
      expect(reach.overflow).toBeLessThanOrEqual(0);
      expect(reach.right).toBeLessThanOrEqual(reach.width);
      expect(reach.lines).toBeGreaterThan(2);
      await contact.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/shots/security/embed-long-host-${width}.png` });
    });
  }
});

test.describe('a link’s record is what the link says', () => {
  test('a was in a link is worded as the link’s claim', async ({ page }) => {
    await page.goto(q(`${JUROR}&made=2026-12-01&was=accept`));
    const notice = page.locator('[data-was="accept"]');
    await expect(notice).toContainText('This link says the recommendation was different');
    await expect(notice).toContainText(
      'This link says that on 1 December 2026 the same answers led to “Accept the invitation”.',
    );
    await expect(page.getByText(/When the link was made/)).toHaveCount(0);
  });

  for (const made of ['2026-01-02', '0001-01-01']) {
    test(`made=${made}, before the first release, is a damaged link`, async ({ page }) => {
      await page.goto(q(`${JUROR}&made=${made}&was=accept`));
      await expect(page.locator('[data-error="invalid-link"]')).toBeVisible();
      await expect(page.getByText(/before the tool was first released/)).toBeVisible();
      await expect(page.locator('[data-was]')).toHaveCount(0);
    });
  }
});

test.describe('firm text that hides nothing', () => {
  const REFUSED = [
    { id: 'hidden-tags', says: /firm: it contains/, what: 'tag characters (U+E0049…)' },
    { id: 'blank-filler', says: /firm: it contains/, what: 'a Hangul filler (U+3164)' },
    { id: 'blank-braille', says: /firm: it contains/, what: 'blank Braille (U+2800)' },
    { id: 'stacked-marks', says: /points, number 1, text: it contains/, what: 'stacked marks' },
    { id: 'future', says: /revised: .* not in the future/, what: 'a revised date of 9999-12-31' },
  ];
  for (const { id, says, what } of REFUSED) {
    test(`a file with ${what} is refused, with a notice that names the field`, async ({ page }) => {
      await page.goto(`/?pack=${id}#/decision?${KNOWN_ONLY}`);
      const notice = page.locator('[data-firm-notice]');
      await expect(notice).toContainText('Your firm’s settings are not in use');
      await expect(notice).toContainText(says);
      await expect(page.getByText(/Guidance for/)).toHaveCount(0);
      await expect(page.locator('[data-firm-policy]')).toHaveCount(0);
    });
  }

  test('a 300-character unbroken point and a 200-character host wrap on a 360 px page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/?pack=long-words#/decision?${KNOWN_ONLY}`);
    const section = page.locator('[data-firm-policy]');
    await expect(section).toContainText('W'.repeat(300));
    await expect(section).toContainText('.hartley-rowe.com');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/security/long-words-360.png' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await section.scrollIntoViewIfNeeded();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/shots/security/long-words-1280.png' });
  });

  // A gzip bomb (small on the wire, 60 MB unzipped) is src/firm/loadSettings.test.ts's: a routed
  // response reaches the page as sent, never unzipped, and the test server zips no firm file.
  test('a file that says it is 60 MB is refused', async ({ page }) => {
    await page.route('**/firms/huge.json', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: Buffer.alloc(60 * 1024 * 1024, ' '),
      }),
    );
    await page.goto(`/?pack=huge#/decision?${KNOWN_ONLY}`);
    await expect(page.locator('[data-firm-notice]')).toContainText(
      'The firm file is larger than 64 KB.',
    );
  });
});
