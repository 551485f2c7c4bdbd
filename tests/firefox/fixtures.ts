/**
 * Firefox fixtures: Debian's firefox-esr (FIREFOX_PATH overrides) driven over WebDriver BiDi by
 * puppeteer-core, with the built Firefox extension (`npm run build:firefox`) installed as a temporary
 * add-on. One Firefox per Playwright worker; each test gets its own tabs and default settings, and fails on
 * any error or warning our extension printed: Firefox reports extension errors only on its own output.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { repoRoot, startStaticServer } from '../e2e/static-server';
import type { BrowserInPage } from './extension-api';
import { EXTENSION_UUID, GECKO_ID, extensionUrl } from './extension-address';
import { FirefoxOutput } from './firefox-output';
import { pollPage } from './poll-page';

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
  /** More preferences for the worker's Firefox (a spec that needs them runs in a Firefox of its own). */
  firefoxPrefs: Record<string, unknown>;
}

interface TestFixtures {
  /** The worker's Firefox, reset after the test: its tabs closed, settings back to defaults. */
  firefox: FirefoxSession;
}

/**
 * A proxy on loopback that answers every request with 502, so saved third-party pages reach nothing
 * outside this machine and fail fast (a closed port would be one of Firefox's banned ports, whose
 * refusal fails the whole navigation).
 */
export async function startRefusingProxy(): Promise<Server> {
  const proxy = createServer((_request, response) => response.writeHead(502).end());
  proxy.on('connect', (_request, socket: Socket) => socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
}

export async function launch(
  proxyPort: number,
  prefs: Record<string, unknown>,
  userDataDir?: string,
): Promise<FirefoxSession> {
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
    ...(userDataDir !== undefined && { userDataDir }),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Print the console of pages, content scripts and extension pages on Firefox's output.
      'devtools.console.stdout.content': true,
      // Saved third-party pages name remote resources: every request but loopback's goes to the proxy.
      'network.proxy.type': 1,
      ...prefs,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
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
    await pollPage(page, (expected: string) => location.href === expected && document.readyState === 'complete', url);
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
  firefoxPrefs: [{}, { scope: 'worker', option: true }],
  session: [
    async ({ firefoxPrefs }, use) => {
      const proxy = await startRefusingProxy();
      const session = await launch((proxy.address() as AddressInfo).port, firefoxPrefs);
      await use(session);
      await session.browser.close();
      await new Promise((done) => proxy.close(done));
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  firefox: async ({ session }, use, testInfo) => {
    const mark = session.output.startTest();
    await use(session);
    const closing = session.output.mark();
    for (const page of await session.browser.pages()) {
      if (page !== session.control) await page.close();
    }
    await session.control.evaluate(() =>
      (globalThis as unknown as { browser: BrowserInPage }).browser.storage.sync.clear(),
    );
    // What Firefox prints as the tabs close belongs to this test, not the next.
    await new Promise((done) => setTimeout(done, 300));
    const problems = session.output.problems(mark, closing);
    if (testInfo.status !== testInfo.expectedStatus || problems.length > 0) {
      await testInfo.attach('firefox-output.txt', {
        body: session.output.since(mark).join('\n'),
        contentType: 'text/plain',
      });
    }
    // Checked last, so that a test that failed already keeps its own message.
    base.expect(problems, 'errors and warnings from the extension on Firefox output').toEqual([]);
  },
});

export const expect = test.expect;
