/**
 * Firefox fixtures: Debian's firefox-esr (FIREFOX_PATH overrides) driven over WebDriver BiDi by
 * puppeteer-core, with the built Firefox extension (`npm run build:firefox`) installed as a temporary
 * add-on. One Firefox per Playwright worker; each test gets its own tabs and default settings, and fails on
 * any error or warning our extension printed: Firefox reports extension errors only on its own output.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { repoRoot, startStaticServer } from '../e2e/static-server';
import type { BrowserInPage } from './extension-api';
import { EXTENSION_UUID, GECKO_ID, extensionUrl } from './extension-address';
import { FirefoxOutput } from './firefox-output';

/** The built Firefox extension; CC_FIREFOX_EXTENSION_DIR points elsewhere for side-by-side builds. */
const extensionPath = process.env.CC_FIREFOX_EXTENSION_DIR ?? join(repoRoot, '.output/firefox-mv2');

export function resolveFirefox(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`No Firefox at ${path}: install Debian's (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  return path;
}

export interface FirefoxSession {
  browser: Browser;
  output: FirefoxOutput;
  /** An extension page kept open, from which tests call the extension's APIs as its own pages do. */
  control: Page;
  /** Opens one of the extension's pages (options.html, popup.html…) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
}

interface WorkerFixtures {
  origin: string;
  session: FirefoxSession;
}

interface TestFixtures {
  /** The worker's Firefox, reset after the test: its tabs closed, settings back to defaults. */
  firefox: FirefoxSession;
}

async function launch(): Promise<FirefoxSession> {
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error('The Firefox extension is not built: run `npm run build:firefox` first.');
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: resolveFirefox(),
    headless: true,
    // Tall enough for a whole card below a mention, as on a laptop screen.
    defaultViewport: { width: 1280, height: 1024 },
    // Firefox's output is read below (FirefoxOutput) and attached to a failing test, not echoed.
    dumpio: process.env.FIREFOX_DUMPIO === '1',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Print the console of pages, content scripts and extension pages on Firefox's output.
      'devtools.console.stdout.content': true,
      // Saved third-party pages name remote resources: send every request but loopback's to a closed port.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
    },
  });
  const output = new FirefoxOutput(browser.process());
  await browser.installExtension(extensionPath);
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = extensionUrl(path);
    // Firefox's BiDi reports no end to a moz-extension: navigation, so goto() would time out while the
    // page has long loaded: start it, then wait for the page itself.
    page.goto(url).catch(() => undefined);
    await page.waitForFunction(
      (expected: string) => location.href === expected && document.readyState === 'complete',
      { polling: 50, timeout: 10_000 },
      url,
    );
    return page;
  };
  const control = await openExtensionPage('popup.html');
  return { browser, output, control, openExtensionPage };
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
  session: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const session = await launch();
      await use(session);
      await session.browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  firefox: async ({ session }, use, testInfo) => {
    const mark = session.output.mark();
    await use(session);
    const printed = session.output.since(mark);
    if (testInfo.status !== testInfo.expectedStatus || session.output.problems(mark).length > 0) {
      await testInfo.attach('firefox-output.txt', { body: printed.join('\n'), contentType: 'text/plain' });
    }
    for (const page of await session.browser.pages()) {
      if (page !== session.control) await page.close();
    }
    await session.control.evaluate(() =>
      (globalThis as unknown as { browser: BrowserInPage }).browser.storage.sync.clear(),
    );
    // Checked last, so that a test that failed already keeps its own message.
    base.expect(session.output.problems(mark), 'errors and warnings from the extension on Firefox output').toEqual([]);
  },
});

export const expect = test.expect;
