import type { Browser, BrowserContext } from '@playwright/test';
import { corpusPages, waitForFirstScan } from './corpus-pages';
import { expect, keepLocal, launchWithExtension, test as base } from './fixtures';

/**
 * On every real saved page of ../shared/corpus, the extension leaves the page as it was: its DOM after the
 * extension ran is identical to the page without it (page scripts disabled, which makes the comparison
 * deterministic; content scripts still run), and it adds no page error (page scripts enabled).
 */
const test = base.extend<object, { extensionContext: BrowserContext }>({
  // One profile with the extension per worker: 116 fresh profiles would cost minutes.
  extensionContext: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const context = await launchWithExtension();
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

for (const file of corpusPages()) {
  test.describe(file, () => {
    test('leaves the DOM as it was', async ({ extensionContext, plainBrowser, origin }) => {
      const url = `${origin}/corpus/${file}`;
      const without = await visit(await plainContext(plainBrowser, false), url, { scripts: false });
      const withIt = await visit(extensionContext, url, { scripts: false, scanned: true });
      expect(withIt.html.length).toBeGreaterThan(0);
      expect(withIt.html === without.html, 'documentElement.outerHTML differs').toBe(true);
    });

    test('adds no page error', async ({ extensionContext, plainBrowser, origin }) => {
      const url = `${origin}/corpus/${file}`;
      const without = await visit(await plainContext(plainBrowser, true), url, { scripts: true });
      const withIt = await visit(extensionContext, url, { scripts: true, scanned: true });
      expect(withIt.errors.filter((message) => !without.errors.includes(message))).toEqual([]);
    });
  });
}

async function plainContext(browser: Browser, javaScriptEnabled: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled });
  await keepLocal(context);
  return context;
}

/** Loads the page in a new tab; closes the tab, and a plain context with it. */
async function visit(
  context: BrowserContext,
  url: string,
  { scripts, scanned = false }: { scripts: boolean; scanned?: boolean },
) {
  const page = await context.newPage();
  // The same switch Playwright's javaScriptEnabled uses; content scripts still run.
  if (!scripts) await (await context.newCDPSession(page)).send('Emulation.setScriptExecutionDisabled', { value: true });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  if (scanned) await waitForFirstScan(page);
  // A few pages never fire load here (a resource that neither loads nor fails); a few seconds is enough.
  else await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => undefined);
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  if (scanned) await page.close();
  else await context.close();
  return { html, errors };
}
