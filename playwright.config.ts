import { defineConfig } from '@playwright/test';

// Two projects, one report (test-results/playwright.json, read by scripts/test-all.mjs):
// - chromium: the built Chrome extension (`npm run build`) in a real Chromium, by tests/e2e/fixtures.ts;
// - firefox: the built Firefox extension (`npm run build:firefox`) in Debian's firefox-esr over WebDriver
//   BiDi (puppeteer-core), by tests/firefox/fixtures.ts.
export default defineConfig({
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'firefox', testDir: 'tests/firefox' },
  ],
});
