import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Who may frame what, what the loader agrees to frame, what a contact link may hide, and
 * what the host page hears. The host pages (tests/e2e/host/) are on another origin than
 * the app, as an intranet is; the app's server lets them frame embed.html and nothing else
 * (playwright.config.ts, --frame-ancestors).
 */
const APP = `http://127.0.0.1:${process.env.PORT ?? 4173}`;
const HOST = `http://127.0.0.1:${process.env.HOST_PORT ?? 4174}`;

async function expectFirstQuestion(scope: Page | FrameLocator) {
  await expect(scope.getByRole('heading', { level: 1 })).toHaveText(
    'What do you use LinkedIn for?',
  );
}

/** Records the loader's DOM events, as "<element id> <name> <detail>". */
async function recordLoaderEvents(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { dtEvents: string[] };
    w.dtEvents = [];
    for (const name of ['ready', 'step', 'complete'])
      document.addEventListener(`should-i-connect:${name}`, (e) =>
        w.dtEvents.push(
          `${(e.target as HTMLElement).id} ${name} ${JSON.stringify((e as CustomEvent).detail)}`,
        ),
      );
  });
  return () => page.evaluate(() => (window as unknown as { dtEvents: string[] }).dtEvents);
}

/** Adds embed.js to the page as a site would, with the script tag's own attributes. */
async function addLoader(page: Page, attributes: Record<string, string> = {}) {
  await page.evaluate(
    ({ src, attributes }) => {
      const script = document.createElement('script');
      for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
      script.src = src;
      document.body.append(script);
    },
    { src: `${APP}/embed.js`, attributes },
  );
}

test.describe('framing', () => {
  test('another origin can frame embed.html but not the full site', async ({ page, guard }) => {
    guard.allowOrigins.push(HOST);
    // Chromium reports the refusal as a console error: expected here, and checked below.
    guard.allowConsoleErrors.push(/frame-ancestors/);
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
    });
    await page.goto(`${HOST}/framed.html`);
    await expectFirstQuestion(page.frameLocator('#embed'));

    const site = await (await page.locator('#site').elementHandle())?.contentFrame();
    // A refused frame shows the browser's own error page, not the app.
    await expect.poll(() => site?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('#site').getByRole('button', { name: 'Start now' })).toHaveCount(
      0,
    );
    expect(refusals).toEqual([expect.stringContaining(`Framing '${APP}/'`)]);
  });

  test('where the tool’s server refuses the page, the loader puts a link to the tool in the frame’s place', async ({
    page,
    guard,
  }) => {
    // The same host page on an origin the app's frame-ancestors list leaves out.
    const unlisted = HOST.replace('127.0.0.1', 'localhost');
    guard.allowOrigins.push(unlisted);
    guard.allowConsoleErrors.push(/frame-ancestors/);
    const unavailable: string[] = [];
    await page.exposeFunction('unavailable', (id: string) => unavailable.push(id));
    await page.addInitScript(() =>
      document.addEventListener('should-i-connect:unavailable', (e) =>
        (window as unknown as { unavailable: (id: string) => void }).unavailable(
          (e.target as HTMLElement).id,
        ),
      ),
    );
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${unlisted}/loader.html`);
      const first = page.locator('#first');
      await expect(first.getByRole('link', { name: 'Open “Should I connect?” in a new tab' }))
        // The loader waits a few seconds for the frame to speak.
        .toHaveAttribute('href', `${APP}/#/`, { timeout: 15_000 });
      await expect(first.locator('iframe')).toHaveCount(0);
      await expect(first).toContainText(
        'The LinkedIn invitation guide can’t be shown inside this page.',
      );
      // The decision the second frame was to open, in the full page.
      await expect(page.locator('#second').getByRole('link')).toHaveAttribute(
        'href',
        `${APP}/#/decision?v=1&objectives=known-only&matter=none`,
        { timeout: 15_000 },
      );
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await first.screenshot({
        path: `test-results/screenshots/embed/loader-refused-${width}.png`,
      });
      await page.screenshot({
        path: `test-results/screenshots/embed/loader-refused-page-${width}.png`,
      });
    }
    expect(unavailable.sort()).toEqual(['first', 'first', 'second', 'second']);

    // The link opens the tool itself, in a new tab.
    const [tab] = await Promise.all([
      page.waitForEvent('popup'),
      page.locator('#first').getByRole('link').click(),
    ]);
    await expect(tab.getByRole('button', { name: 'Start now' })).toBeVisible();
    await tab.close();
  });

  test('the app frames its own pages (the builder’s preview)', async ({ page }) => {
    await page.goto('/#/embed');
    await expectFirstQuestion(page.frameLocator('iframe[title^="Preview"]'));
  });
});

test.describe('the loader frames only its own app', () => {
  test('a data-src on another origin is left alone, with a warning naming the attribute', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${HOST}/foreign.html`);
    await addLoader(page);
    // The app's own embed on the same page still comes up…
    await expectFirstQuestion(page.frameLocator('#ours iframe'));
    // …the stranger's page does not.
    await expect(page.locator('#comment iframe')).toHaveCount(0);
    await expect(page.locator('iframe')).toHaveCount(1);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Should I connect\? embed: data-src is on http:\/\/127\.0\.0\.1:\d+, not on/,
      ),
    ]);
    expect(warnings[0]).toContain(HOST);
    expect(warnings[0]).toContain('data-allow-origins');
    // Nothing moved the host page.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('an origin the script tag names is framed, within a height cap and its own bottom', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${HOST}/foreign.html`);
    await addLoader(page, { 'data-allow-origins': HOST });
    const stranger = page.locator('#comment iframe');
    await expect(stranger).toHaveCount(1);
    expect(new URL((await stranger.getAttribute('src')) ?? '').origin).toBe(HOST);
    // It asked for a million pixels of height and a scroll a million pixels down.
    await expect(page.frameLocator('#comment iframe').locator('body[data-asked]')).toHaveCount(1);
    await expect.poll(() => stranger.evaluate((f) => f.getBoundingClientRect().height)).toBe(16000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    // The page scrolled no further than the frame's own bottom, though it could have.
    const { frameBottom, canScrollTo } = await stranger.evaluate((f) => ({
      frameBottom: f.getBoundingClientRect().bottom,
      canScrollTo: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(frameBottom).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(canScrollTo);
  });

  test('each frame fires should-i-connect:ready once', async ({ page, guard }) => {
    guard.allowOrigins.push(HOST);
    const events = await recordLoaderEvents(page);
    await page.goto(`${HOST}/loader.html`);
    await expectFirstQuestion(page.frameLocator('#first iframe'));
    await expect(page.frameLocator('#second iframe').locator('[data-outcome]')).toBeVisible();
    await expect.poll(events).toContain('second ready {}');
    // Long enough for a second hello (sent on an early height report) to be answered.
    await page.waitForTimeout(1000);
    const ready = (await events()).filter((e) => e.includes(' ready '));
    expect(ready.sort()).toEqual(['first ready {}', 'second ready {}']);
  });
});

/** An embed element, as a page's editor (or a comment a sanitiser let through) adds one. */
async function addElement(page: Page, id: string, attributes: Record<string, string> = {}) {
  await page.evaluate(
    ({ id, attributes }) => {
      const el = document.createElement('div');
      el.id = id;
      el.setAttribute('data-should-i-connect', '');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.querySelector('main')?.append(el);
    },
    { id, attributes },
  );
}

test.describe('what an element can say', () => {
  test('a comment’s element names no firm, contact, title or settings, and takes no address’s query or fragment', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${HOST}/`);
    await addElement(page, 'comment', {
      'data-src': `${APP}/embed.html?firm=Hartley+%26+Rowe+IT+Security&contact=https://hr-sso.evil.example/#/decision?v=1&objectives=clients&body=none&matter=none&invite=personal&profile=relevant`,
      'data-firm': 'Hartley & Rowe IT Security',
      'data-contact': 'https://hr-sso.evil.example/verify',
      'data-pack': 'acme',
      'data-frame-title': 'Hartley & Rowe sign-in',
      'data-min-height': '50000000',
      'data-height': '50000000',
    });
    await addLoader(page);

    const frame = page.locator('#comment iframe');
    await expect(frame).toHaveAttribute('title', 'Should I connect? A LinkedIn invitation guide');
    const src = new URL((await frame.getAttribute('src')) ?? '');
    expect([...src.searchParams.keys()]).toEqual(['frameId']);
    expect(src.hash).toBe('');
    // Clamped like a height the frame reports, from the start.
    expect(await frame.evaluate((f) => f.getBoundingClientRect().height)).toBe(16000);

    const embed = page.frameLocator('#comment iframe');
    await expectFirstQuestion(embed);
    await expect(embed.getByText(/Hartley/)).toHaveCount(0);
    await expect(embed.getByRole('link', { name: /Questions\?/ })).toHaveCount(0);
    for (const name of ['data-firm', 'data-contact', 'data-pack', 'data-frame-title'])
      expect(warnings).toContainEqual(expect.stringContaining(`${name} on an embed element`));
    expect(warnings).toContainEqual(expect.stringContaining("data-src's query"));
    expect(warnings).toContainEqual(expect.stringContaining("data-src's fragment"));
  });

  test('the script tag names the firm and its contact, and lets an address carry a decision', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    await page.goto(`${HOST}/`);
    await addElement(page, 'shared', {
      'data-src': `${APP}/embed.html#/decision?v=1&objectives=known-only&matter=none`,
      'data-min-height': '300',
      'data-height': '360',
    });
    await addLoader(page, {
      'data-firm': 'Smith & Co',
      'data-contact': 'mailto:knowledge@smith.example',
      'data-frame-title': 'Smith & Co: should I connect?',
      'data-allow-src-parts': 'fragment',
    });
    const frame = page.locator('#shared iframe');
    await expect(frame).toHaveAttribute('title', 'Smith & Co: should I connect?');
    expect(await frame.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThanOrEqual(
      300,
    );
    const embed = page.frameLocator('#shared iframe');
    await expect(embed.getByText('Guidance for Smith & Co people')).toBeVisible();
    await expect(
      embed.getByRole('link', { name: 'Questions? Ask knowledge@smith.example' }),
    ).toBeVisible();
    await expect(embed.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'ignore');
  });
});

test.describe('honest contacts', () => {
  test('a mailto: with hidden recipients never reaches the page; a web contact shows its host', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    const embeds = [
      ['mail', 'Smith & Co', 'mailto:help@firm.example?bcc=evil@x.example'],
      ['web', 'Smith & Co IT Security', 'https://smith-co-login.evil.example/ask'],
    ] as const;
    for (const [id, firm, contact] of embeds) {
      await page.goto(`${HOST}/`);
      await addElement(page, id, { 'data-src': `${APP}/embed.html` });
      await addLoader(page, { 'data-firm': firm, 'data-contact': contact });
      const embed = page.frameLocator(`#${id} iframe`);
      await expect(embed.getByText(`Guidance for ${firm} people`)).toBeVisible();
      if (id === 'mail') {
        await expect(embed.getByRole('link', { name: /Questions\?/ })).toHaveCount(0);
        await expect(embed.locator('a[href^="mailto:" i]')).toHaveCount(0);
        await expect(embed.getByText(/evil@x\.example/)).toHaveCount(0);
      } else {
        await expect(
          embed.getByRole('link', {
            name: 'Questions? Ask Smith & Co IT Security at smith-co-login.evil.example',
          }),
        ).toHaveAttribute('href', 'https://smith-co-login.evil.example/ask');
      }
    }
  });

  test('the builder never makes a mailto: with hidden recipients', async ({ page }) => {
    await page.goto('/#/embed');
    const contact = page.getByLabel('Where to send questions (optional)');
    const preview = page.frameLocator('iframe[title^="Preview"]');
    await contact.fill('help@firm.example');
    await expect(
      preview.getByRole('link', { name: 'Questions? Ask help@firm.example' }),
    ).toBeVisible();
    for (const typed of [
      'help@firm.example?bcc=evil@x.example',
      'mailto:help@firm.example?cc=evil@x.example',
      'mailto:help@firm.example?subject=Hello&body=Forward%20this',
    ]) {
      await contact.fill(typed);
      await expect(page.getByText(/Enter an e-mail address/).first()).toBeVisible();
      await expect(page.locator('#embed-iframe-code')).not.toHaveValue(/contact=/);
      await expect(page.locator('#embed-loader-code')).not.toHaveValue(/data-contact/);
      await expect(preview.getByRole('link', { name: /Questions\?/ })).toHaveCount(0);
    }
  });
});

test.describe('honest events', () => {
  test('a parent that changes the frame’s fragment after the reader’s first click hears no dt:complete', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    const events = await recordLoaderEvents(page);
    await page.goto(`${HOST}/loader.html`);
    const embed = page.frameLocator('#first iframe');
    await expectFirstQuestion(embed);
    await expect.poll(events).toContain('first ready {}');

    // The reader's own first step is reported.
    await embed.getByLabel('Winning work', { exact: true }).check();
    await embed.getByRole('button', { name: 'Continue' }).click();
    await expect(embed.getByRole('heading', { level: 1 })).toHaveText(
      /Do your rules let you connect/,
    );
    await expect
      .poll(async () => (await events()).filter((e) => e.startsWith('first step')))
      .toHaveLength(1);
    const before = (await events()).length;

    // The host page sends the frame to an outcome the reader never chose.
    await page.locator('#first iframe').evaluate((frame: HTMLIFrameElement) => {
      const url = new URL(frame.src);
      url.hash = '#/decision?v=1&objectives=known-only&matter=none';
      frame.src = url.href;
    });
    await expect(embed.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'ignore');
    await page.waitForTimeout(1000);
    expect((await events()).slice(before)).toEqual([]);

    // What the reader then does in the frame is theirs again, and reported.
    await embed.getByRole('button', { name: 'Start again' }).click();
    await expectFirstQuestion(embed);
    await embed.getByLabel('I only connect with people I already know', { exact: true }).check();
    await embed.getByRole('button', { name: 'Continue' }).click();
    await embed.getByLabel('No, not as far as I can tell', { exact: true }).check();
    await embed.getByRole('button', { name: 'Continue' }).click();
    await expect(embed.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'ignore');
    await expect.poll(events).toContain('first complete {"outcomeId":"ignore"}');
    expect((await events()).filter((e) => e.includes('complete'))).toEqual([
      'first complete {"outcomeId":"ignore"}',
    ]);
  });
});

test.describe('addresses a scanner mangled', () => {
  for (const path of ['/', '/embed.html']) {
    test(`${path}#/decision%3Fv%3D1… opens the decision`, async ({ page }) => {
      await page.goto(`${path}#/decision%3Fv%3D1%26objectives%3Dknown-only%26matter%3Dnone`);
      await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'ignore');
      expect(new URL(page.url()).hash).toBe('#/decision?v=1&objectives=known-only&matter=none');
    });

    test(`${path}%23/decision?… (the # sent to the server) opens the decision`, async ({
      page,
    }) => {
      // `/` + `%23/…`, or `/embed.html` + `%23/…`: the server sends it back to the fragment.
      await page.goto(`${path}%23/decision?v=1&objectives=known-only&matter=none`);
      await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'ignore');
      expect(new URL(page.url()).pathname).toBe(path);
      expect(new URL(page.url()).hash).toBe('#/decision?v=1&objectives=known-only&matter=none');
    });

    test(`${path}#/%E0%A4%A opens without an error`, async ({ page }) => {
      const logged: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning' || m.type() === 'error') logged.push(m.text());
      });
      await page.goto(`${path}#/%E0%A4%A`);
      // The full site has no such page; the embed starts the decision.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(logged).toEqual([]);
    });
  }
});
