import type { BrowserContext, Page } from '@playwright/test';
import type { ChromeInPage } from './extension-api';
import { expect, test } from './fixtures';
import { frames, highlightedTexts, highlights, waitForScan } from './engine-page';

/** Writes settings as the options page would: chrome.storage.sync from an extension page. */
async function setSync(context: BrowserContext, extensionId: string, items: object): Promise<void> {
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  await extensionPage.evaluate(
    (values) => (globalThis as unknown as { chrome: ChromeInPage }).chrome.storage.sync.set(values),
    items,
  );
  await extensionPage.close();
}

async function registryNames(page: Page): Promise<string[]> {
  return (await highlights(page)).map(({ name }) => name).sort();
}

const ALL = ['Amnesty\u00a0International', 'Antony Blinken', 'Blinken', 'General Assembly', 'Netanyahu'];

test.describe('the mention engine following the settings', () => {
  test('clears every highlight when the site is switched off, and restores them when it is switched on', async ({
    context,
    origin,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/engine/cross-element.html`);
    await waitForScan(page);
    expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(ALL));
    const passes = (await page.evaluate(() => performance.getEntriesByName('context-cards:scan').length)) as number;

    await setSync(context, extensionId, { 'context-cards-sites': { mode: 'all-except', sites: ['127.0.0.1'] } });
    await expect.poll(() => registryNames(page)).toEqual([]);
    // Switched off, it no longer follows the page.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="added">Hamas</p>'));
    await frames(page, 3);
    expect(await highlightedTexts(page)).toEqual([]);

    await setSync(context, extensionId, { 'context-cards-sites': { mode: 'all-except', sites: [] } });
    await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining([...ALL, 'Hamas']));
    expect(await page.evaluate(() => performance.getEntriesByName('context-cards:scan').length)).toBeGreaterThan(
      passes,
    );
  });

  test('does not start on a site that is switched off', async ({ context, origin, extensionId }) => {
    await setSync(context, extensionId, { 'context-cards-sites': { mode: 'only', sites: ['example.com'] } });
    const page = await context.newPage();
    await page.goto(`${origin}/engine/cross-element.html`);
    await page.evaluate(() => new Promise((done) => setTimeout(done, 1_000)));
    expect(await page.evaluate(() => performance.getEntriesByName('context-cards:scan').length)).toBe(0);
    expect(await registryNames(page)).toEqual([]);
  });

  test('re-reads the page when an entity is muted or unmuted', async ({ context, origin, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/engine/cross-element.html`);
    await waitForScan(page);
    await setSync(context, extensionId, { 'context-cards-muted': ['antony-blinken', 'benjamin-netanyahu'] });
    await expect.poll(() => highlightedTexts(page)).not.toContain('Netanyahu');
    const muted = await highlightedTexts(page);
    expect(muted).not.toContain('Antony Blinken');
    expect(muted).not.toContain('Blinken');
    expect(muted).toContain('General Assembly');

    await setSync(context, extensionId, { 'context-cards-muted': [] });
    await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(ALL));
  });

  test('switches the highlight style live', async ({ context, origin, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/engine/cross-element.html`);
    await waitForScan(page);
    expect(await registryNames(page)).toEqual(['context-cards-active', 'context-cards-mention']);
    const reading = { hoverDelayMs: 350, theme: 'auto' };

    await setSync(context, extensionId, { 'context-cards-reading': { ...reading, highlightStyle: 'underline' } });
    await expect.poll(() => registryNames(page)).toEqual(['context-cards-active', 'context-cards-mention-underline']);
    const underline = await page.evaluate(() => {
      const style = getComputedStyle(document.body, '::highlight(context-cards-mention-underline)');
      return `${style.backgroundColor} ${style.textDecorationLine}`;
    });
    expect(underline).toBe('rgba(0, 0, 0, 0) underline');
    expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(ALL));

    await setSync(context, extensionId, { 'context-cards-reading': { ...reading, highlightStyle: 'tint' } });
    await expect.poll(() => registryNames(page)).toEqual(['context-cards-active', 'context-cards-mention-tint']);
  });
});
