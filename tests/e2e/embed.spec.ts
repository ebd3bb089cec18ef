import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { DIST } from '../../scripts/first-load.mjs';
import { expect, test, unfold } from './fixtures';

/**
 * The embed (embed.html, public/embed.js) inside pages of another origin: the host pages
 * in tests/e2e/host/, served on port 4174 (playwright.config.ts), stand in for an
 * intranet. They expect the app at http://127.0.0.1:4173.
 */
const APP = `http://127.0.0.1:${process.env.PORT ?? 4173}`;
const HOST = `http://127.0.0.1:${process.env.HOST_PORT ?? 4174}`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ACCEPT_PATH =
  'v=1&objectives=clients,media&body=nzls&rules=allowed&matter=none&invite=personal&profile=relevant';

type Scope = Page | FrameLocator;

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Chooses answers by their labels, then presses Continue, in a page or a frame. */
async function answer(scope: Scope, ...labels: string[]) {
  for (const label of labels) {
    const input = scope.getByLabel(label, { exact: true }).first();
    await unfold(input);
    await input.check();
  }
  await scope.getByRole('button', { name: 'Continue' }).click();
}

async function expectQuestion(scope: Scope, n: number, title: string | RegExp) {
  await expect(scope.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(scope.getByText(`Question ${n}`, { exact: true })).toBeVisible();
}

/** The Frame behind an iframe element (for evaluate). */
async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

/** The iframe's height and its document's height, in CSS px. */
async function heights(iframe: Locator) {
  const frame = await frameOf(iframe);
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  return { outer, ...inner };
}

/** The iframe is as tall as its content (±2 px) and has nothing to scroll. */
async function expectFitsContent(iframe: Locator) {
  await expect
    .poll(async () => {
      const h = await heights(iframe);
      return Math.abs(h.outer - h.scroll) <= 2 && h.scroll <= h.client + 1;
    })
    .toBe(true);
}

/** An outcome with its extras in place (they come after it, the map with its own stylesheet). */
async function expectSettledOutcome(frame: FrameLocator, outcome: string) {
  await expect(frame.locator('[data-outcome]')).toHaveAttribute('data-outcome', outcome);
  await expect(frame.getByRole('heading', { name: 'How we got here' })).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'What would change this?' })).toBeVisible();
}

/** No axe violation on the page, or only in the part `include` selects (a frame in a host page). */
async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (include ? builder.include(include) : builder).analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found).toEqual([]);
}

test('embed.html has no inline scripts or styles, and a base target for links out', () => {
  const html = readFileSync(join(DIST, 'embed.html'), 'utf8');
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).not.toMatch(/<style/);
  expect(html).toContain('<base target="_blank" />');
});

test.describe('iframe snippet at a fixed height (SharePoint Embed web part)', () => {
  test('a full walk works in the frame; the host keeps its focus and scroll, and Back walks the steps', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    await page.goto(`${HOST}/iframe.html`);
    const embed = page.frameLocator('iframe');
    await expectQuestion(embed, 1, 'What do you use LinkedIn for?');
    await expect(embed.getByText('Guidance for Smith & Co people')).toBeVisible();

    // Loading the frame took nothing from the host page: not its focus, not its scroll.
    await expect(page.locator('#search')).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const frame = await frameOf(page.locator('iframe'));
    expect(await frame.evaluate(() => document.activeElement === document.body)).toBe(true);
    const historyBefore = await page.evaluate(() => window.history.length);

    // No Back button on the first question: there is nothing of ours to go back to.
    await expect(embed.getByRole('button', { name: 'Back' })).toHaveCount(0);
    await answer(embed, 'Winning work', 'Raising my profile');
    await expectQuestion(embed, 2, 'Who regulates your profession?');
    // The new question starts at the top of the frame, with focus on it.
    expect(await frame.evaluate(() => window.scrollY)).toBe(0);
    await expect(embed.getByRole('heading', { level: 1 })).toBeFocused();
    await answer(embed, 'Lawyers, New Zealand');
    await expectQuestion(embed, 3, /Do your rules let you connect/);
    await embed.getByRole('button', { name: 'Back' }).click();
    await expectQuestion(embed, 2, 'Who regulates your profession?');
    await answer(embed, 'Lawyers, New Zealand');
    await answer(embed, 'Yes, they allow it');
    await answer(embed, 'No, not as far as I can tell');
    await answer(embed, 'A personal note with a clear reason');
    await answer(embed, 'Yes, they fit');
    await expect(embed.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    // Back to the top once the step is recorded (just after the outcome renders).
    await expect.poll(() => frame.evaluate(() => window.scrollY)).toBe(0);

    // Each step the reader took is an entry in the page's history.
    expect(await page.evaluate(() => window.history.length)).toBeGreaterThan(historyBefore + 4);
    expect(frame.url()).toContain(`#/decision?${ACCEPT_PATH}`);

    // "Open full page" carries the answers to the full site, in a new tab.
    const full = embed.getByRole('link', { name: /Open full page/ });
    // The firm's name from the frame's address stays there: a link never carries it.
    await expect(full).toHaveAttribute('href', `${APP}/#/decision?${ACCEPT_PATH}`);
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', /noopener/);
    // Links out of the frame open in a new tab too (the regulator's guidance).
    const outLinks = embed.locator('a[href^="http"]');
    for (const link of await outLinks.all()) {
      expect(await link.evaluate((a: HTMLAnchorElement) => a.target)).toBe('_blank');
    }

    // The share link is the full site's, not the frame's, with the record (the day it was
    // made and its recommendation) and without the frame's options.
    await expect(embed.locator('#share-link')).toHaveValue(
      new RegExp(
        `^${escapeRe(`${APP}/#/decision?${ACCEPT_PATH}`)}&made=\\d{4}-\\d{2}-\\d{2}&was=accept$`,
      ),
    );
    await page.screenshot({ path: 'test-results/screenshots/embed/host-iframe-1280.png' });

    // The browser's Back walks back through the questions, and leaves the host page only from
    // the first question, where the embed started.
    const host = page.url();
    for (let i = 0; i < 12; i++) {
      if (!/[?&]objectives=/.test(frame.url())) break;
      await page.evaluate(() => window.history.back());
      await page.waitForTimeout(150);
      expect(page.url()).toBe(host);
    }
    await expectQuestion(embed, 1, 'What do you use LinkedIn for?');
    expect(page.url()).toBe(host);
    await page.goBack();
    expect(page.url()).not.toBe(host);
  });

  test('a damaged link in the frame takes no focus; its buttons add one step', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    await page.goto(`${HOST}/iframe.html`);
    const embed = page.frameLocator('iframe');
    await expectQuestion(embed, 1, 'What do you use LinkedIn for?');
    const historyBefore = await page.evaluate(() => window.history.length);
    await page.evaluate((src) => {
      const frame = document.querySelector('iframe');
      if (frame) frame.src = src;
    }, `${APP}/embed.html#/decision?v=1&objectives=clients&body=mars`);
    await expect(embed.locator('[data-error="invalid-link"]')).toBeVisible();
    await expect(page.locator('#search')).toBeFocused();
    // Changing the frame's src is the host's own navigation: count from here.
    const historyShown = await page.evaluate(() => window.history.length);
    expect(historyShown).toBeLessThanOrEqual(historyBefore + 1);
    await embed.getByRole('button', { name: 'Continue from the last valid step' }).click();
    await expectQuestion(embed, 2, 'Who regulates your profession?');
    expect(await page.evaluate(() => window.history.length)).toBe(historyShown + 1);
  });

  test('Copy link works in the frame with allow="clipboard-write"', async ({
    page,
    context,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
    await page.goto(`${HOST}/iframe.html`);
    const embed = page.frameLocator('iframe');
    await answer(embed, 'I only connect with people I already know');
    await answer(embed, 'No, not as far as I can tell');
    await expect(embed.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'ignore');
    await embed.getByRole('button', { name: 'Copy link' }).click();
    await expect(
      embed.getByRole('button', { name: 'Copy link' }).locator('..').getByRole('status'),
    ).toHaveText('Copied');
    // Read it back on the app's own origin.
    const reader = await context.newPage();
    await reader.goto(`${APP}/robots.txt`);
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(
        `^${escapeRe(`${APP}/#/decision?v=1&objectives=known-only&matter=none`)}&made=\\d{4}-\\d{2}-\\d{2}&was=`,
      ),
    );
    await reader.close();
  });

  test('without allow="clipboard-write", Copy link selects the link for Ctrl+C', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    await page.goto(`${HOST}/iframe-no-allow.html`);
    const embed = page.frameLocator('iframe');
    await expect(embed.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'ignore');
    await embed.getByRole('button', { name: 'Copy link' }).click();
    await expect(
      embed.getByRole('button', { name: 'Copy link' }).locator('..').getByRole('status'),
    ).toHaveText(/Press Ctrl\+C/);
    const field = embed.locator('#share-link');
    await expect(field).toBeFocused();
    const selected = await field.evaluate(
      (input: HTMLInputElement) =>
        input.selectionStart === 0 && input.selectionEnd === input.value.length,
    );
    expect(selected).toBe(true);
  });
});

test.describe('loader snippet (embed.js)', () => {
  test('each frame follows its content on every step; two embeds resize independently', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
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
    await page.goto(`${HOST}/loader.html`);
    const first = page.locator('#first iframe');
    const second = page.locator('#second iframe');
    await expect(first).toHaveAttribute('title', 'Should I connect? A LinkedIn invitation guide');
    await expect(first).toHaveAttribute('loading', 'lazy');
    await expect(first).toHaveAttribute('allow', 'clipboard-write');
    const src = new URL((await first.getAttribute('src')) ?? '');
    expect(src.origin).toBe(APP);
    expect(src.searchParams.get('frameId')).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    expect(src.searchParams.get('firm')).toBe('Smith & Co');
    // Never the host page's address (Pym.js's leak).
    expect(src.href).not.toContain(HOST);
    expect(src.searchParams.get('frameId')).not.toBe(
      new URL((await second.getAttribute('src')) ?? '').searchParams.get('frameId'),
    );

    const embed = page.frameLocator('#first iframe');
    await expectQuestion(embed, 1, 'What do you use LinkedIn for?');
    await expectFitsContent(first);
    // The second embed, below the fold, has already grown to its own (longer) content.
    await expectSettledOutcome(page.frameLocator('#second iframe'), 'ignore');
    await expectFitsContent(second);
    const secondHeight = (await heights(second)).outer;
    expect(secondHeight).toBeGreaterThan((await heights(first)).outer);

    const steps: [string[], number | null, string | RegExp | null][] = [
      [['Winning work', 'Raising my profile'], 2, /Do your rules let you connect/],
      [['Yes, they allow it'], 3, /connected to a matter/],
      [['No, not as far as I can tell'], 4, /invitation say/],
      [['Just LinkedIn’s standard text'], 5, /their profile/],
      [['I can’t tell why they want to connect'], 6, /Did they reply/],
      [['Yes, with a genuine reason'], null, null],
    ];
    const seen = new Set<number>();
    for (const [labels, n, title] of steps) {
      await answer(embed, ...labels);
      if (n !== null && title !== null) await expectQuestion(embed, n, title);
      else await expect(embed.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
      await expectFitsContent(first);
      seen.add(Math.round((await heights(first)).outer));
    }
    // The height really changed along the way, and the other embed never moved.
    expect(seen.size).toBeGreaterThan(2);
    expect((await heights(second)).outer).toBe(secondHeight);

    // Back to a short screen: the frame shrinks as well as grows.
    const outcomeHeight = (await heights(first)).outer;
    await embed.getByRole('button', { name: 'Start again' }).click();
    await expectQuestion(embed, 1, 'What do you use LinkedIn for?');
    await expectFitsContent(first);
    expect((await heights(first)).outer).toBeLessThan(outcomeHeight);

    // The host heard the handshake, each step, and (events=1) the outcome; the second
    // embed (no events) said nothing of its outcome.
    const events = await page.evaluate(
      () => (window as unknown as { dtEvents: string[] }).dtEvents,
    );
    expect(events).toContain('first ready {}');
    expect(events).toContain('second ready {}');
    expect(events).toContain('first step {"index":2}');
    expect(events).toContain('first complete {"outcomeId":"accept"}');
    expect(events.filter((e) => e.startsWith('second ') && !e.endsWith('ready {}'))).toEqual([]);
  });

  test('asks the host to scroll only when the frame’s top is out of view', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto(`${HOST}/loader.html`);
    const first = page.locator('#first iframe');
    const embed = page.frameLocator('#first iframe');
    await expectQuestion(embed, 1, 'What do you use LinkedIn for?');
    await expectFitsContent(first);
    const frameTop = () => first.evaluate((el) => el.getBoundingClientRect().top);
    // Clicks from script: Playwright's own clicks would scroll the button into view.
    const press = async (label: string) => {
      await embed.getByLabel(label, { exact: true }).first().check();
      await embed
        .getByRole('button', { name: 'Continue' })
        .evaluate((b: HTMLButtonElement) => b.click());
    };

    // Frame top in view: the host page stays where it is.
    const topBefore = await frameTop();
    expect(topBefore).toBeGreaterThan(0);
    await press('Winning work');
    await expectQuestion(embed, 2, /Do your rules let you connect/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Scrolled past the frame's top: the next screen brings the top back into view.
    await page.evaluate((top) => window.scrollTo(0, top + 300), topBefore);
    expect(await frameTop()).toBeLessThan(0);
    await press('Yes, they allow it');
    await expectQuestion(embed, 3, /connected to a matter/);
    await expect.poll(frameTop).toBeGreaterThanOrEqual(0);
    expect(await frameTop()).toBeLessThan(100);
  });

  test('forged messages from another window or origin are ignored', async ({ page, guard }) => {
    guard.allowOrigins.push(HOST);
    await page.goto(`${HOST}/loader.html`);
    const first = page.locator('#first iframe');
    const second = page.locator('#second iframe');
    await expectQuestion(page.frameLocator('#first iframe'), 1, 'What do you use LinkedIn for?');
    await expectSettledOutcome(page.frameLocator('#second iframe'), 'ignore');
    await expectFitsContent(first);
    await expectFitsContent(second);
    const before = [(await heights(first)).outer, (await heights(second)).outer];
    const id = (src: string | null) => new URL(src ?? '').searchParams.get('frameId') ?? '';
    const firstId = id(await first.getAttribute('src'));
    const secondId = id(await second.getAttribute('src'));
    const forged = (frameId: string, height: unknown) => ({
      ns: 'dt-embed',
      v: 1,
      frameId,
      type: 'dt:resize',
      payload: { height },
    });

    // From the host page itself (wrong origin, wrong window).
    await page.evaluate((m) => window.postMessage(m, '*'), forged(firstId, 4321));
    // From another window on the app's own origin (right origin, wrong window).
    await page.evaluate((app) => {
      const f = document.createElement('iframe');
      f.src = `${app}/embed.html`;
      f.id = 'forger';
      document.body.append(f);
      return new Promise((resolve) => f.addEventListener('load', resolve));
    }, APP);
    const forger = await frameOf(page.locator('#forger'));
    await forger.evaluate((m) => window.parent.postMessage(m, '*'), forged(firstId, 4321));
    // From the first embed, pretending to be the second (right origin, wrong window).
    const firstFrame = await frameOf(first);
    await firstFrame.evaluate((m) => window.parent.postMessage(m, '*'), forged(secondId, 4321));
    // From the first embed, with heights that are not numbers.
    for (const bad of ['4321', null, { height: 4321 }])
      await firstFrame.evaluate((m) => window.parent.postMessage(m, '*'), forged(firstId, bad));
    // An absurd height is clamped, not obeyed.
    await firstFrame.evaluate((m) => window.parent.postMessage(m, '*'), forged(firstId, 1e9));
    await expect.poll(async () => (await heights(first)).outer).toBe(16000);
    // …and the frame's own next report puts it right again.
    await firstFrame.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'More content';
      document.querySelector('main')?.append(p);
    });
    await expectFitsContent(first);
    expect((await heights(first)).outer).toBeGreaterThan(before[0] ?? 0);
    expect((await heights(second)).outer).toBe(before[1]);
  });

  test('removing the element removes the frame and its message listener', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    await page.addInitScript(() => {
      const w = window as unknown as { messageListeners: number };
      w.messageListeners = 0;
      const add = window.addEventListener.bind(window);
      const remove = window.removeEventListener.bind(window);
      window.addEventListener = ((type: string, ...rest: [EventListener]) => {
        if (type === 'message') w.messageListeners += 1;
        add(type, ...rest);
      }) as typeof window.addEventListener;
      window.removeEventListener = ((type: string, ...rest: [EventListener]) => {
        if (type === 'message') w.messageListeners -= 1;
        remove(type, ...rest);
      }) as typeof window.removeEventListener;
    });
    await page.goto(`${HOST}/loader.html`);
    await expect(page.locator('iframe')).toHaveCount(2);
    const count = () =>
      page.evaluate(() => (window as unknown as { messageListeners: number }).messageListeners);
    expect(await count()).toBe(2);
    await page.evaluate(() => document.getElementById('first')?.remove());
    await expect.poll(count).toBe(1);
    await expect(page.locator('iframe')).toHaveCount(1);
    await page.evaluate(() => document.getElementById('second')?.closest('main')?.remove());
    await expect.poll(count).toBe(0);
  });
});

test.describe('firm options', () => {
  const hostile = new URLSearchParams({
    firm: '<img src=x onerror=alert(1)>',
    accent: 'red;background:url(https://evil.example/x.png)',
    contact: 'javascript:alert(1)',
    theme: 'dark"><script>alert(1)</script>',
    title: '<b>',
    frameId: '"><svg onload=alert(1)>',
  });

  test('hostile values are ignored with a warning, never run, styled or linked', async ({
    page,
  }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`/embed.html?${hostile.toString()}`);
    await expectQuestion(page, 1, 'What do you use LinkedIn for?');
    expect(warnings.filter((w) => w.startsWith('Should I connect? embed:'))).toHaveLength(6);
    await expect(page.locator('img, svg[onload], script:not([src])')).toHaveCount(0);
    await expect(page.getByText(/Guidance for/)).toHaveCount(0);
    await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Questions\?/ })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await expect(page.getByText('Should I connect?', { exact: true })).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test('hostile values in a framed embed: nothing runs; markup in a name is text', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${HOST}/`);
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.title = 'Embed';
      f.src = src;
      document.body.append(f);
    }, `${APP}/embed.html?${hostile.toString()}`);
    const embed = page.frameLocator('iframe');
    await expectQuestion(embed, 1, 'What do you use LinkedIn for?');
    await expect(embed.locator('img, svg')).toHaveCount(0);
    await expect(embed.getByText('Guidance for <img src=x onerror=alert(1)> people')).toBeVisible();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  test('valid values in a frame: the firm as text, a contact link, an accent with readable text', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    const options = new URLSearchParams({
      firm: 'Smith & Co',
      contact: 'mailto:knowledge@smith.example',
      accent: 'ffcc00',
      title: '0',
    });
    await page.goto(`${HOST}/`);
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.title = 'Embed';
      f.src = src;
      f.style.width = '100%';
      f.style.height = '700px';
      document.body.append(f);
    }, `${APP}/embed.html?${options.toString()}`);
    const embed = page.frameLocator('iframe');
    const frame = await frameOf(page.locator('iframe'));
    await expect(embed.getByText('Guidance for Smith & Co people')).toBeVisible();
    await expect(embed.getByText('Should I connect?', { exact: true })).toHaveCount(0);
    const contact = embed.getByRole('link', { name: 'Questions? Ask knowledge@smith.example' });
    await expect(contact).toHaveAttribute('href', 'mailto:knowledge@smith.example');
    const colours = await frame.evaluate(() => {
      const s = getComputedStyle(document.documentElement);
      return ['--accent', '--accent-ink'].map((p) => s.getPropertyValue(p).trim());
    });
    // A light yellow: black text on it; links keep the default blue (yellow on white fails).
    expect(colours).toEqual(['#ffcc00', '#000000']);
    await expect(contact).toHaveCSS('color', 'rgb(29, 78, 216)');
    await expect(embed.getByRole('button', { name: 'Continue' })).toHaveCSS(
      'background-color',
      'rgb(255, 204, 0)',
    );
    // The embed, not the test page around it.
    await expectNoAxeViolations(page, 'iframe');
  });

  test('body=nzls skips the body question; the share link opens the same outcome in the full app', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    await page.goto(`${HOST}/loader.html`);
    const embed = page.frameLocator('#first iframe');
    await answer(embed, 'Winning work', 'Raising my profile');
    // Straight to the rules question, about the New Zealand Law Society.
    await expectQuestion(embed, 2, /Do your rules let you connect/);
    await expect(embed.getByText('New Zealand Law Society').first()).toBeVisible();
    await embed.getByRole('button', { name: 'Back' }).click();
    await expectQuestion(embed, 1, 'What do you use LinkedIn for?');
    await answer(embed, 'Winning work', 'Raising my profile');
    await answer(embed, 'Yes, they allow it');
    await answer(embed, 'No, not as far as I can tell');
    await answer(embed, 'A personal note with a clear reason');
    await answer(embed, 'Yes, they fit');
    await expect(embed.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    // Check your answers shows the body, without a Change link (the page fixed it).
    await expect(embed.getByText('Lawyers, New Zealand', { exact: true })).toBeVisible();
    await expect(embed.getByRole('button', { name: /^Change professional body/i })).toHaveCount(0);
    await expect(embed.getByRole('button', { name: /^Change what you use/i })).toHaveCount(1);
    const shareUrl = await embed.locator('#share-link').inputValue();
    expect(shareUrl).toContain(`#/decision?${ACCEPT_PATH}&made=`);
    expect(shareUrl.endsWith('&was=accept')).toBe(true);

    await page.goto(shareUrl);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accept');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accept the invitation');
    expect(page.url()).toBe(shareUrl);
  });
});

test.describe('accessibility and looks', () => {
  const SCREENS: Record<string, string> = {
    question: '#/decision?v=1',
    rules: '#/decision?v=1&objectives=clients',
    outcome:
      '#/decision?v=1&objectives=careers&rules=allowed&matter=none&invite=standard&profile=unclear&reply=pending',
    'invalid-link': '#/decision?v=7',
  };
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing inside the embed, ${theme}; screenshots at 1280 and 375 px`, async ({
      page,
    }) => {
      const options = new URLSearchParams({
        theme,
        firm: 'Smith & Co',
        body: 'sra',
        accent: '00467f',
        contact: 'https://intranet.smith.example/knowledge',
      });
      for (const [name, hash] of Object.entries(SCREENS)) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`/embed.html?${options.toString()}${hash}`);
        await expect(page.locator('h1')).toBeVisible();
        await expectNoAxeViolations(page);
        // Natural height: the document doesn't depend on the frame's height (no viewport
        // units, nothing stretched to fill), and nothing is fixed to the viewport.
        const height = () => page.evaluate(() => document.documentElement.offsetHeight);
        const tall = await height();
        await page.setViewportSize({ width: 1280, height: 300 });
        expect(await height()).toBe(tall);
        const fixed = await page.evaluate(() =>
          [...document.querySelectorAll('*')].some((el) => {
            const { position } = getComputedStyle(el);
            return position === 'fixed' || position === 'sticky';
          }),
        );
        expect(fixed).toBe(false);
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.screenshot({
          path: `test-results/screenshots/embed/${theme}-1280-${name}.png`,
          fullPage: true,
        });
        await page.setViewportSize({ width: 375, height: 800 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `test-results/screenshots/embed/${theme}-375-${name}.png`,
          fullPage: true,
        });
      }
    });
  }
});

test.describe('embed builder (#/embed)', () => {
  test('from the footer: options, live preview, both snippets work on another origin', async ({
    page,
    guard,
  }) => {
    guard.allowOrigins.push(HOST);
    await page.goto('/');
    await page.getByRole('link', { name: 'Embed this tool on your intranet' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Embed this tool on your intranet',
    );
    await page.getByLabel('Your firm’s name (optional)').fill('Smith & Co');
    await page.getByLabel('Accent colour (optional)').fill('00467f');
    await page.getByLabel('Professional body', { exact: true }).selectOption('nzls');
    await page.getByLabel('Where to send questions (optional)').fill('knowledge@smith.example');
    await page.getByLabel('Always dark').check();

    const preview = page.frameLocator('iframe[title^="Preview"]');
    await expect(preview.getByText('Guidance for Smith & Co people')).toBeVisible();
    await expect(
      preview.getByRole('link', { name: 'Questions? Ask knowledge@smith.example' }),
    ).toBeVisible();
    await answer(preview, 'Winning work');
    await expectQuestion(preview, 2, /Do your rules let you connect/);

    // A bad value is pointed out and left out of the code.
    await page.getByLabel('Accent colour (optional)').fill('red;x');
    await expect(page.getByText('Enter six hex digits').first()).toBeVisible();
    await expect(page.locator('#embed-iframe-code')).not.toHaveValue(/accent=/);
    await page.getByLabel('Accent colour (optional)').fill('#00467F');

    const iframeCode = await page.locator('#embed-iframe-code').inputValue();
    expect(iframeCode).toContain(
      `${APP}/embed.html?firm=Smith+%26+Co&amp;accent=00467f&amp;theme=dark&amp;body=nzls&amp;contact=mailto%3Aknowledge%40smith.example`,
    );
    expect(iframeCode).toMatch(/title="Should I connect\? A LinkedIn invitation guide"/);
    expect(iframeCode).toContain('allow="clipboard-write"');
    const loaderCode = await page.locator('#embed-loader-code').inputValue();
    // The firm and its contact on the script tag, where a comment on the page can't add them.
    expect(loaderCode).toMatch(
      new RegExp(
        `<script src="${escapeRe(APP)}/embed\\.js"\\s+data-firm="Smith &amp; Co"\\s+data-contact="mailto:knowledge@smith\\.example"\\s+async></script>`,
      ),
    );
    await expect(page.getByText(/HTML Field Security/)).toBeVisible();

    await copyIframeCode(page);
    await page.screenshot({
      path: 'test-results/screenshots/embed/builder-1280.png',
      fullPage: true,
    });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 375, height: 800 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: 'test-results/screenshots/embed/builder-375.png',
      fullPage: true,
    });

    // Both snippets, pasted into a page on another origin, show the tool with the options.
    await page.goto(`${HOST}/`);
    await page.evaluate(
      ({ iframe, loader }) => {
        const a = document.createElement('div');
        a.innerHTML = iframe;
        document.body.append(a);
        const b = document.createElement('div');
        b.innerHTML = loader;
        document.body.append(b);
        // Scripts added through innerHTML don't run: add the loader as a page would, with the
        // snippet's attributes.
        const old = b.querySelector('script');
        const script = document.createElement('script');
        for (const { name, value } of old?.attributes ?? []) script.setAttribute(name, value);
        old?.replaceWith(script);
      },
      { iframe: iframeCode, loader: loaderCode },
    );
    for (const frame of [
      page.frameLocator('iframe:not([src*="frameId"])'),
      page.frameLocator('[data-should-i-connect] iframe'),
    ]) {
      await expect(frame.getByText('Guidance for Smith & Co people')).toBeVisible();
      await answer(frame, 'Winning work');
      await expectQuestion(frame, 2, /Do your rules let you connect/);
    }
    await expectFitsContent(page.locator('[data-should-i-connect] iframe'));
  });
});

/** Copy the iframe code; Chromium's clipboard needs the permission in tests. */
async function copyIframeCode(page: Page) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
  await page.getByRole('button', { name: 'Copy iframe code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#embed-iframe-code').inputValue());
}
