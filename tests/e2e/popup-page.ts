import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The slice of `chrome.tabs` these helpers call in the service worker. */
interface ChromeTabs {
  tabs: { query(filter: object): Promise<Array<{ id: number }>> };
}

/** A browser tab opened by a test, with the id the extension knows it by. */
export interface OpenTab {
  page: Page;
  tabId: number;
}

/**
 * Opens a tab and finds its id: the one tab the service worker did not see before (the extension has no
 * `tabs` permission, so it cannot look tabs up by URL).
 */
export async function openTab(context: BrowserContext, serviceWorker: Worker, url: string): Promise<OpenTab> {
  const tabIds = () =>
    serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
      return (await chrome.tabs.query({})).map((tab) => tab.id);
    });
  const before = new Set(await tabIds());
  const page = await context.newPage();
  const added = (await tabIds()).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`Expected one new tab, found ${added.length}`);
  await page.goto(url);
  return { page, tabId: added[0]! };
}

/**
 * The popup as a page, pointed at a tab (`popup.html?tab=<id>`), at the toolbar popup's size; `openAll`
 * unfolds every name's facts (`&open=all`).
 */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  { openAll = false }: { openAll?: boolean } = {},
): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}${openAll ? '&open=all' : ''}`);
  return popup;
}

/** The names of the page's registered `context-cards` highlights and how many ranges each holds. */
export function pageHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('context-cards')) sizes[name] = highlight.size;
    });
    return sizes;
  });
}

/** The toolbar badge of a tab, as the browser shows it. */
export function badgeText(serviceWorker: Worker, tabId: number): Promise<string> {
  return serviceWorker.evaluate((id) => {
    const { chrome } = globalThis as unknown as {
      chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
    };
    return chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}
