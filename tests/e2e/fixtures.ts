import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, chromium, type Browser, type BrowserContext, type Worker } from '@playwright/test';
import { resolveChromium } from './browser-path';
import { revealCardsIn } from './card-reveal';
import { repoRoot, startStaticServer } from './static-server';

/** The built Chrome extension (`npm run build`); CC_EXTENSION_DIR points elsewhere for side-by-side builds. */
export const extensionPath = process.env.CC_EXTENSION_DIR ?? join(repoRoot, '.output/chrome-mv3');

interface TestFixtures {
  /**
   * Whether the test harness reads the card through its closed shadow root (card-reveal.ts); off for tests
   * of what a page alone can see (`test.use({ revealCards: false })`).
   */
  revealCards: boolean;
  /** A fresh Chromium profile with the built extension loaded. */
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

interface WorkerFixtures {
  /** Origin of the local static server: tests/fixtures at /, ../shared/corpus/pages at /corpus/. */
  origin: string;
  /** A Chromium without the extension, for baselines. */
  plainBrowser: Browser;
}

const chromiumArgs = [
  // This machine has no outside network: keep Chromium from trying.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Saved third-party pages reference remote resources: only the local server is ever reached. */
export async function keepLocal(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
}

/**
 * A fresh Chromium profile with the built extension loaded (persistent context: the only way it loads);
 * `userDataDir` to start from a prepared profile (browser preferences); `revealCards` for the tests to read
 * the card's closed shadow root (card-reveal.ts).
 */
export async function launchWithExtension(
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
  userDataDir = '',
  { revealCards = true }: { revealCards?: boolean } = {},
): Promise<BrowserContext> {
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error('The extension is not built: run `npm run build` first.');
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: resolveChromium(),
    headless: true,
    args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...chromiumArgs],
  });
  await keepLocal(context);
  if (revealCards) await revealCardsIn(context);
  return context;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  origin: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { origin, server } = await startStaticServer();
      await use(origin);
      await new Promise((done) => server.close(done));
    },
    { scope: 'worker' },
  ],
  plainBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: resolveChromium(), headless: true, args: chromiumArgs });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // Playwright's own options (test.use({ colorScheme, javaScriptEnabled, hasTouch, viewport })) apply.
  revealCards: [true, { option: true }],
  context: async ({ colorScheme, javaScriptEnabled, hasTouch, viewport, isMobile, revealCards }, use) => {
    const options = { colorScheme, javaScriptEnabled, hasTouch, viewport, isMobile };
    const context = await launchWithExtension(options, '', { revealCards });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    // chrome-extension://<id>/background.js
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
