import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
const HOST = 'http://127.0.0.1:4261';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const ctx = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.goto(`${HOST}/sidebar.html`);
const embed = page.frameLocator('iframe');
const query = process.argv[2];
await embed.getByRole('button', { name: 'Continue' }).waitFor();
await page.evaluate((q) => { document.querySelector('iframe').src = document.querySelector('iframe').src.replace(/#.*$/, '') + '#/decision?' + q; }, query);
await embed.locator('[data-outcome]').waitFor();
await page.waitForTimeout(1500);
const box = await page.locator('iframe').boundingBox();
console.log('h', box.height);
for (let y = 0, i = 0; y < box.height; y += 1300, i++)
  await page.screenshot({ path: `/tmp/shots/repeat/_seg${i}.png`, fullPage: true, clip: { x: box.x, y: box.y + y, width: 320, height: Math.min(1300, box.height - y) } });
await browser.close();
