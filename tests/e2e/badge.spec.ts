import { highlightedTexts } from './engine-page';
import { expect, test } from './fixtures';
import { badgeText as badge, openTab } from './popup-page';

test.describe('the toolbar badge', () => {
  test('counts the distinct entities of a page and follows it as it changes', async ({
    context,
    serviceWorker,
    origin,
  }) => {
    // Antony Blinken (twice more as Blinken), Benjamin Netanyahu (twice), Hamas: three entities.
    const { page, tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    await expect.poll(() => badge(serviceWorker, tabId)).toBe('3');
    await page.evaluate(() =>
      document
        .querySelector('main')!
        .append(Object.assign(document.createElement('p'), { textContent: 'Then Egypt and the Knesset spoke.' })),
    );
    await expect.poll(() => badge(serviceWorker, tabId)).toBe('5');
    await page.evaluate(() => document.getElementById('far')!.remove()); // the only Hamas
    await expect.poll(() => badge(serviceWorker, tabId)).toBe('4');
  });

  test('adds up the page and its frames', async ({ context, serviceWorker, origin }) => {
    // Top page: Hamas. Frame: Antony Blinken and Egypt.
    const { tabId } = await openTab(context, serviceWorker, `${origin}/engine/iframe.html`);
    await expect.poll(() => badge(serviceWorker, tabId)).toBe('3');
  });

  test('is empty on a page without names, and when the site is switched off', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    const plain = await openTab(context, serviceWorker, `${origin}/plain.html`);
    const names = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    await expect.poll(() => badge(serviceWorker, names.tabId)).toBe('3');
    expect(await badge(serviceWorker, plain.tabId)).toBe('');

    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${extensionId}/options.html`);
    await settings.evaluate(() => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { sync: { set(items: object): Promise<void> } } };
      };
      return chrome.storage.sync.set({ 'context-cards-sites': { mode: 'all-except', sites: ['127.0.0.1'] } });
    });
    await expect.poll(() => badge(serviceWorker, names.tabId)).toBe('');
    expect(await highlightedTexts(names.page)).toEqual([]);
  });
});
