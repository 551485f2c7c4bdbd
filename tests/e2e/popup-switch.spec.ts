import type { ChromeInPage } from './extension-api';
import { expect, test } from './fixtures';
import { openPopup, openTab, pageHighlights } from './popup-page';

const SITES_KEY = 'context-cards-sites';

/** Mentions registered in the page's highlights, all styles and states together (the active one aside). */
async function registeredMentions(page: Parameters<typeof pageHighlights>[0]): Promise<number> {
  const sizes = await pageHighlights(page);
  return Object.entries(sizes)
    .filter(([name]) => name !== 'context-cards-active')
    .reduce((total, [, size]) => total + size, 0);
}

test.describe('the popup’s site switch', () => {
  test('switches the site off and on again, and the open page follows without reload', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { page, tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    await expect.poll(() => registeredMentions(page)).toBeGreaterThan(0);
    const popup = await openPopup(context, extensionId, tabId);
    const toggle = popup.getByRole('switch', { name: 'Enable on this site' });

    await expect(toggle).toBeEnabled();
    await expect(toggle).toBeChecked();
    await expect(popup.getByText('127.0.0.1', { exact: true })).toBeVisible();

    await toggle.click();
    await expect(toggle).not.toBeChecked();
    const stored = () =>
      popup.evaluate(
        async (key) => (await (globalThis as unknown as { chrome: ChromeInPage }).chrome.storage.sync.get(key))[key],
        SITES_KEY,
      );
    await expect.poll(stored).toEqual({ mode: 'all-except', sites: ['127.0.0.1'] });
    await expect.poll(() => registeredMentions(page)).toBe(0);
    await expect(popup.getByText('Context Cards is off on this site.', { exact: false })).toBeVisible();
    await expect(popup.getByRole('status')).toHaveText('Context Cards is off for 127.0.0.1.');

    await toggle.click();
    await expect(toggle).toBeChecked();
    await expect.poll(stored).toEqual({ mode: 'all-except', sites: [] });
    await expect.poll(() => registeredMentions(page)).toBeGreaterThan(0);
    await expect(popup.getByRole('button', { name: /^Antony Blinken/ })).toBeVisible();
  });

  test('works from the keyboard', async ({ context, origin, serviceWorker, extensionId }) => {
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const toggle = popup.getByRole('switch', { name: 'Enable on this site' });
    await expect(toggle).toBeEnabled();
    await popup.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    await popup.keyboard.press('Space');
    await expect(toggle).not.toBeChecked();
    await popup.keyboard.press('Enter');
    await expect(toggle).toBeChecked();
  });

  test('follows a change made elsewhere (the options page, a card)', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const toggle = popup.getByRole('switch', { name: 'Enable on this site' });
    await expect(toggle).toBeChecked();
    await popup.evaluate(
      (key) =>
        (globalThis as unknown as { chrome: ChromeInPage }).chrome.storage.sync.set({
          [key]: { mode: 'only', sites: ['example.com'] },
        }),
      SITES_KEY,
    );
    await expect(toggle).not.toBeChecked();
  });

  test('is disabled, with the reason, where the content script cannot run', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const { tabId } = await openTab(context, serviceWorker, 'chrome://version');
    const popup = await openPopup(context, extensionId, tabId);
    const toggle = popup.getByRole('switch', { name: 'Enable on this site' });
    await expect(toggle).toBeDisabled();
    await expect(toggle).toHaveAccessibleDescription('Extensions can’t run on this page.');
    await expect(popup.getByText('Context Cards doesn’t run on this page.')).toBeVisible();
    // The documents are still one step away.
    await expect(popup.getByRole('button', { name: /^Open US Votes Against UN Resolution/ })).toBeVisible();
  });

  // Whether the browser tells an extension a tab's URL without the `tabs` permission differs by version
  // (Chromium 156 reveals its own pages', 150 does not). Both branches are unit-tested
  // (tests/unit/popup-site.test.ts); here the popup must give the reason that matches what it was told.
  test('gives the reason that matches what the browser tells of the tab', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const url = `chrome-extension://${extensionId}/options.html`;
    const { tabId } = await openTab(context, serviceWorker, url);
    const popup = await openPopup(context, extensionId, tabId);
    const told = await popup.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<{ url?: string }> } } };
      return (await chrome.tabs.get(id)).url;
    }, tabId);
    const toggle = popup.getByRole('switch', { name: 'Enable on this site' });
    await expect(toggle).toBeDisabled();
    if (told === undefined) {
      await expect(toggle).toHaveAccessibleDescription('Extensions can’t run on this page.');
    } else {
      expect(told).toBe(url);
      await expect(toggle).toHaveAccessibleDescription('Extensions can’t run on extension pages.');
    }
  });
});
