import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const page = await browser.newPage();
const desc = () => page.evaluate(() => { const a = document.activeElement; return a.tagName + ' ' + (a.id || a.textContent.slice(0, 30)) + (a.checked ? ' checked' : ''); });
await page.goto('http://127.0.0.1:4260/#/decision?v=1&objectives=clients');
const country = page.getByText('Canada (2 answers)');
for (let i = 0; i < 20 && !(await country.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
await page.keyboard.press('Enter');
for (let i = 0; i < 8; i++) { await page.keyboard.press('Shift+Tab'); const d = await desc(); console.log(d); if (d.startsWith('INPUT')) break; }
for (let i = 0; i < 12; i++) { await page.keyboard.press('ArrowDown'); console.log(await desc()); }
await browser.close();
