import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
const HOST = 'http://127.0.0.1:4261';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const ctx = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto(`${HOST}/sidebar.html`);
const embed = page.frameLocator('iframe');
await embed.getByLabel('Winning work').check();
await embed.getByRole('button', { name: 'Continue' }).click();
await embed.getByRole('heading', { name: /who regulates/i }).waitFor();
await page.waitForTimeout(500);
const ifr = page.locator('iframe');
console.log('iframe', await ifr.boundingBox());
await ifr.screenshot({ path: '/tmp/shots/repeat/embed-320-body.png' });
const q = '#/decision?v=1&objectives=clients,media,community,careers&body=sra&rules=allowed&matter=none&invite=personal&profile=relevant';
for (const [name, query] of Object.entries({ accept: 'v=1&objectives=clients,media,community,careers&body=sra&rules=allowed&matter=none&invite=personal&profile=relevant', juror: 'v=1&objectives=clients,media&body=sra&rules=allowed&matter=juror', wait: 'v=1&objectives=clients,media,community,careers&body=us-ca&rules=allowed&matter=none&invite=standard&profile=unclear&reply=pending', checkrules: 'v=1&objectives=clients,media,community,careers&body=au-solicitors&rules=unsure&matter=none&invite=standard&profile=unclear' })) {
  await page.evaluate((q) => { document.querySelector('iframe').src = document.querySelector('iframe').src.replace(/#.*$/, '') + '#/decision?' + q; }, query);
  await embed.locator('[data-outcome]').waitFor();
  await page.waitForTimeout(1500);
  // read to end inside frame
  console.log(name, 'iframe', (await ifr.boundingBox()).height);
  await ifr.screenshot({ path: `/tmp/shots/repeat/embed-320-${name}-before.png` });
}
await browser.close();
