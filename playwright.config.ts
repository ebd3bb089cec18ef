import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const PORT = Number(process.env.PORT ?? 4173);
/** tests/e2e/host/: intranet pages on another origin that embed the app (embed.spec.ts). */
const HOST_PORT = Number(process.env.HOST_PORT ?? 4174);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: false,
  workers: 1, // two cores: one browser at a time is fastest overall
  retries: 0,
  // Parts below a first screen arrive as chunks of their own, after it is drawn: on two shared
  // cores that can take longer than Playwright's default 5 s.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Debian's Chromium; a browser is never downloaded.
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_FLAGS,
        },
      },
    },
  ],
  webServer: [
    {
      // The production build, served with the headers a careful host would send; the host
      // pages below may frame embed.html, and nothing may frame the rest.
      // FIRM_DIR: the test firm files (firm.spec.ts) as firms/<id>.json, never in dist/; no
      // firm.json, so every other page runs as a deployment without settings.
      command: `node scripts/serve.mjs --build --port ${PORT} --frame-ancestors http://127.0.0.1:${HOST_PORT}`,
      env: { FIRM_DIR: 'tests/e2e/firm-files' },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // Someone else's page (another origin) that embeds the app: its pages name the app
      // as http://127.0.0.1:4173, which --app-origin replaces.
      command: `node scripts/serve.mjs --root tests/e2e/host --no-csp --port ${HOST_PORT} --app-origin http://127.0.0.1:${PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
