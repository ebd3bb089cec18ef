import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, layoutShifts, q, test } from './fixtures';

/**
 * Repeat use (decision-tree.md, "Repeat use"): the next invitation starts at the first
 * question about the person, keeping only what the reader said about themselves; this device
 * may remember that, if asked, and forgets it on request; storage that is blocked or full
 * never breaks anything.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KEY = 'should-i-connect:about-you';
const PHONE = { width: 390, height: 844 };
const ACCEPT =
  'v=1&objectives=clients,media&body=sra&rules=allowed&matter=none&invite=personal&profile=relevant';
const MATTER_TITLE = /Is this person connected to a matter/;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const aboutYou = (page: Page) => page.getByRole('region', { name: 'About you' });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/**
 * A reader on a phone, counted: the screens she sees, her taps, and how far she scrolls to
 * reach what she taps (just far enough to see it whole, as a thumb would; the app's own
 * return to the top of a new screen is not hers).
 */
class Reader {
  screens = 1;
  taps = 0;
  scrolled = 0;
  constructor(private readonly page: Page) {}

  async tap(target: Locator) {
    const delta = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      if (r.bottom > window.innerHeight) return r.bottom - window.innerHeight + 16;
      return r.top < 0 ? r.top - 16 : 0;
    });
    if (delta !== 0) {
      const before = await this.page.evaluate(() => window.scrollY);
      await this.page.evaluate((d) => window.scrollBy(0, d), delta);
      this.scrolled += Math.abs((await this.page.evaluate(() => window.scrollY)) - before);
    }
    await target.click();
    this.taps += 1;
  }

  /** Chooses answers (opening another country's group first where one is folded). */
  async choose(...labels: string[]) {
    for (const label of labels) {
      const input = this.page.getByLabel(label, { exact: true }).first();
      const folded = input.locator('xpath=ancestor::details[not(@open)]');
      if ((await folded.count()) > 0) await this.tap(folded.locator('summary').first());
      await this.tap(input);
    }
  }

  /** A tap that opens another screen. */
  async go(target: Locator) {
    await this.tap(target);
    this.screens += 1;
  }

  async answer(...labels: string[]) {
    await this.choose(...labels);
    await this.go(this.page.getByRole('button', { name: 'Continue' }));
  }

  summary(): string {
    return `${this.screens} screens, ${this.taps} taps, ${Math.round(this.scrolled)} px scrolled`;
  }
}

/** What the five people were, after the questions about the reader. */
const FIVE: { who: string; answers: string[][]; outcome: string }[] = [
  {
    who: 'a recruiter',
    answers: [['Just LinkedIn’s standard text'], ['No, they don’t fit']],
    outcome: 'ignore',
  },
  { who: 'a vendor', answers: [['A sales pitch'], ['No, they don’t fit']], outcome: 'ignore' },
  {
    who: 'a possible client',
    answers: [['A personal note with a clear reason'], ['Yes, they fit']],
    outcome: 'accept',
  },
  {
    who: 'a scammer',
    answers: [['Something suspicious'], ['Yes, it is real spam']],
    outcome: 'report-spam',
  },
  {
    who: 'a journalist',
    answers: [['A personal note with a clear reason'], ['Yes, they fit']],
    outcome: 'accept',
  },
];

/**
 * Five invitations in a row, as a London business-development manager (not regulated, on
 * LinkedIn for clients and her profile, her firm's settings loaded) would go through them.
 * `then` is how she moves on from an outcome: Next invitation, or Start again.
 */
async function fiveInvitations(page: Page, then: 'Next invitation' | 'Start again') {
  const reader = new Reader(page);
  await page.goto('/?pack=first#/');
  await reader.go(page.getByRole('button', { name: 'Start now' }));
  for (const [i, person] of FIVE.entries()) {
    if (i === 0 || then === 'Start again') {
      await expect(heading(page)).toHaveText('What do you use LinkedIn for?');
      await reader.answer('Winning work', 'Raising my profile');
      await expect(heading(page)).toHaveText('Who regulates your profession?');
      await reader.answer('I am not regulated');
    }
    await expect(heading(page), person.who).toHaveText(MATTER_TITLE);
    await reader.answer('No, not as far as I can tell');
    for (const labels of person.answers) await reader.answer(...labels);
    const outcome = page.locator('[data-outcome]');
    await expect(outcome, person.who).toHaveAttribute('data-outcome', person.outcome);
    if (i === FIVE.length - 1) break;
    const onward =
      then === 'Next invitation'
        ? page.locator('[data-next-invitation]')
        : page.getByRole('button', { name: 'Start again' });
    await reader.go(onward);
  }
  return reader;
}

test.describe('five invitations in a row, on a phone', () => {
  test.use({ viewport: PHONE, locale: 'en-GB' });

  test('Next invitation asks only about each new person: fewer screens, taps and scrolling', async ({
    page,
  }) => {
    const next = await fiveInvitations(page, 'Next invitation');
    // The last was the journalist: her firm's point comes first, labelled as the firm's.
    const firstStep = page
      .getByRole('region', { name: 'What to do next on LinkedIn' })
      .getByRole('listitem')
      .first();
    await expect(firstStep).toContainText(
      'Harbour & Vale LLP’s policy, before anything else: Talk to Communications before you accept a journalist.',
    );
    await expectNoAxeViolations(page);

    const again = await fiveInvitations(page, 'Start again');
    console.log(`Five invitations with Next invitation: ${next.summary()}.`);
    console.log(
      `Five invitations with Start again (the body question already folded): ${again.summary()}.`,
    );
    console.log('Issue 27 measured before: 31 screens, 60 taps, about 22,600 px scrolled.');
    expect(next.taps).toBeLessThan(again.taps);
    expect(next.screens).toBeLessThan(again.screens);
    expect(next.scrolled).toBeLessThan(22_600 / 2);
    expect(next.scrolled).toBeLessThan(again.scrolled);
  });
});

test.describe('Next invitation', () => {
  test('a link opened at the question about a matter shows About you with it, moving nothing', async ({
    page,
  }) => {
    await page.goto(q('v=1&objectives=clients,media&body=sra&rules=allowed'));
    await expect(heading(page)).toHaveText(MATTER_TITLE);
    await expect(aboutYou(page)).toContainText('Professional body: Solicitors, England & Wales');
    await page.waitForLoadState('networkidle');
    // "About you" sits above the question: arriving after it, it would push the question down.
    expect(await layoutShifts(page)).toEqual([]);
  });

  test('keeps only what the reader said about themselves, shown as About you, with a way to change it', async ({
    page,
  }) => {
    await page.goto(q(ACCEPT));
    await page.locator('[data-next-invitation]').click();
    await expect(heading(page)).toHaveText(MATTER_TITLE);
    await expect(heading(page)).toBeFocused();
    // The address is the state: only the reader's own answers.
    await expect(page).toHaveURL(
      /#\/decision\?v=1&objectives=clients,media&body=sra&rules=allowed$/,
    );
    const about = aboutYou(page);
    await expect(about).toContainText(
      'What you use LinkedIn for: Winning work, Raising my profile',
    );
    await expect(about).toContainText('Professional body: Solicitors, England & Wales');
    await expect(about).toContainText('What your rules allow: Yes, they allow it');
    // Nothing about the last person: no answer chosen, and none offered again later.
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByLabel('No, not as far as I can tell').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(heading(page)).toHaveText('What does their invitation say?');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Back' }).click();

    // Change: the questions about the reader again, each answer offered again.
    await aboutYou(page)
      .getByRole('button', { name: /Change/ })
      .click();
    await expect(heading(page)).toHaveText('What do you use LinkedIn for?');
    await expect(page.getByRole('checkbox', { name: /Winning work/ })).toBeChecked();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('radio', { name: /Solicitors, England & Wales/ })).toBeChecked();
    await page.getByLabel('I am not regulated').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(heading(page)).toHaveText(MATTER_TITLE);
    await expect(aboutYou(page)).toContainText('Professional body: I am not regulated');
    await expect(aboutYou(page)).not.toContainText('What your rules allow');
  });
});

test.describe('remember about me on this device', () => {
  test('off by default; once asked, the next visit starts at the person; Forget clears it', async ({
    page,
  }) => {
    await page.goto(q(ACCEPT));
    const remember = page.locator('[data-remember]');
    await expect(remember).not.toBeChecked();
    await expect(
      page.getByRole('checkbox', { name: 'Remember about me on this device' }),
    ).toBeVisible();
    await remember.check();
    await expect(page.getByRole('status').filter({ hasText: 'Remembered' })).toBeVisible();
    // Only the reader's own three answers: nothing about the person.
    await expect
      .poll(() => stored(page))
      .toBe('v=1&objectives=clients,media&body=sra&rules=allowed');
    await expectNoAxeViolations(page);

    // Another day: the start page goes straight to the question about the person.
    await page.goto('/#/');
    await page.reload();
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(heading(page)).toHaveText(MATTER_TITLE);
    await expect(page).toHaveURL(/objectives=clients,media&body=sra&rules=allowed$/);
    await expect(aboutYou(page)).toContainText('Professional body: Solicitors, England & Wales');
    await expect(aboutYou(page)).toContainText('This device remembers these answers.');
    await expectNoAxeViolations(page);
    // Back returns to the start page, which it came from.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(heading(page)).toHaveText(MATTER_TITLE);

    await page.locator('[data-forget]').click();
    const said = page.getByRole('status').filter({ hasText: 'Forgotten' });
    await expect(said).toBeFocused();
    await expect.poll(() => stored(page)).toBeNull();
    await expect(page.locator('[data-forget]')).toHaveCount(0);
    await page.goto('/#/');
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(heading(page)).toHaveText('What do you use LinkedIn for?');
  });

  // Fails on a clean clone's run (the box never appears after a same-page jump to a shared
  // outcome) though it passes in a working tree: under investigation, see the closing note.
  test('a remembered reader whose answers differ: the box is unticked until asked again', async ({
    page,
  }) => {
    await page.goto('/#/');
    await page.evaluate(
      (key) => localStorage.setItem(key, 'v=1&objectives=careers&body=none'),
      KEY,
    );
    await page.goto(q(ACCEPT));
    await expect(page.locator('[data-remember]')).not.toBeChecked();
    await page.locator('[data-remember]').check();
    await expect
      .poll(() => stored(page))
      .toBe('v=1&objectives=clients,media&body=sra&rules=allowed');
    await page.locator('[data-remember]').uncheck();
    await expect.poll(() => stored(page)).toBeNull();
  });

  test('what is stored is read as a link is: anything else is ignored', async ({ page }) => {
    await page.goto('/#/');
    await page.evaluate(
      (key) => localStorage.setItem(key, 'v=1&objectives=clients&body=<script>&matter=juror'),
      KEY,
    );
    await page.goto('/#/');
    await page.reload();
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(heading(page)).toHaveText('What do you use LinkedIn for?');
  });

  const BROKEN = {
    blocked: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
    full: () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  };
  for (const [kind, breakStorage] of Object.entries(BROKEN)) {
    test(`storage that is ${kind}: everything works, and says so only to a reader who asked`, async ({
      page,
    }) => {
      await page.addInitScript(breakStorage);
      await page.goto('/#/');
      await page.getByRole('button', { name: 'Start now' }).click();
      await expect(heading(page)).toHaveText('What do you use LinkedIn for?');
      await page.goto(q(ACCEPT));
      await expect(page.locator('[data-outcome]')).toBeVisible();
      await expect(page.getByText(/blocked or full/)).toHaveCount(0);
      await page.locator('[data-remember]').click();
      await expect(page.getByRole('status').filter({ hasText: /blocked or full/ })).toBeVisible();
      await expect(page.locator('[data-remember]')).not.toBeChecked();
      await expectNoAxeViolations(page);
      await page.locator('[data-next-invitation]').click();
      await expect(heading(page)).toHaveText(MATTER_TITLE);
      await expect(page.locator('[data-forget]')).toHaveCount(0);
    });
  }

  test('in the embed, a body the page fixes wins over a remembered one', async ({ page }) => {
    await page.goto('/#/');
    await page.evaluate(
      (key) => localStorage.setItem(key, 'v=1&objectives=clients&body=sra&rules=allowed'),
      KEY,
    );
    // The same body: straight to the person.
    await page.goto('/embed.html?body=sra');
    await expect(heading(page)).toHaveText(MATTER_TITLE);
    await expect(aboutYou(page)).toContainText('Solicitors, England & Wales');
    // A firm's file fixes another body: what the reader said of their rules was about
    // another body, so that question is asked again.
    await page.goto('/embed.html?pack=fixed-body');
    await expect(heading(page)).toHaveText(/Do your rules let you connect/);
    await expect(page).toHaveURL(/objectives=clients&body=nzls$/);
    await page.getByLabel('Yes, they allow it').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(heading(page)).toHaveText(MATTER_TITLE);
    await expect(aboutYou(page)).toContainText('Professional body: Lawyers, New Zealand');
    await expectNoAxeViolations(page);
    // What the device remembers is unchanged.
    await expect.poll(() => stored(page)).toBe('v=1&objectives=clients&body=sra&rules=allowed');
  });
});
