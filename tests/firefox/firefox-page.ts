/**
 * Observing the extension in a Firefox tab as a page, a reader and an acceptance test would: the highlight
 * registry and scan measures from the page's world, points on text (also inside open shadow roots) for the
 * mouse, the toolbar badge and per-tab counts from an extension page.
 */
import type { Page } from 'puppeteer-core';
import { middleOfText } from '../e2e/page-text';
import type { BrowserInPage } from './extension-api';
import type { FirefoxSession } from './fixtures';
import { pollPage } from './poll-page';

/** Waits for the content script's first scan pass, then two frames for the viewport registration. */
export async function waitForScan(page: Page): Promise<void> {
  await pollPage(page, () => performance.getEntriesByName('context-cards:scan').length > 0);
  await frames(page, 2);
}

export function frames(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (n: number) =>
      new Promise<void>((done) => {
        const tick = (left: number): void => {
          if (left === 0) done();
          else requestAnimationFrame(() => tick(left - 1));
        };
        tick(n);
      }),
    count,
  );
}

/** The texts highlighted as mentions (any style), sorted, as the page sees the registry. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('context-cards-mention'))
      .flatMap(([, highlight]) =>
        [...highlight].map((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          return live.toString();
        }),
      )
      .sort(),
  );
}

/** The middle of the first line of `text`, found in the page's text and in its open shadow roots. */
export async function pointOnText(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(middleOfText, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

/**
 * The tab id of a page, as the extension knows it. Without the `tabs` permission tab URLs are hidden, so
 * each tab's content script is asked for its page's address, as the popup does.
 */
export async function tabIdOf(firefox: FirefoxSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await firefox.control.evaluate(async (address: string) => {
    for (const tab of await (globalThis as unknown as { browser: BrowserInPage }).browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      const info = (await (globalThis as unknown as { browser: BrowserInPage }).browser.tabs
        .sendMessage(tab.id, { type: 'context-cards:page-info' }, { frameId: 0 })
        .catch(() => undefined)) as { url?: string } | undefined;
      if (info?.url === address) return tab.id;
    }
    return undefined;
  }, url);
  if (id === undefined) throw new Error(`No tab's content script answers for ${url}`);
  return id;
}

/** Sends a message to the page's content script as the background does for the keyboard command. */
export async function sendToTab(firefox: FirefoxSession, page: Page, message: object): Promise<unknown> {
  const tabId = await tabIdOf(firefox, page);
  return firefox.control.evaluate(
    (id: number, payload: object) =>
      (globalThis as unknown as { browser: BrowserInPage }).browser.tabs.sendMessage(id, payload, { frameId: 0 }),
    tabId,
    message,
  );
}

/** What the popup's "Show names from my documents" sends for the page's tab. */
export async function showLibrary(firefox: FirefoxSession, page: Page, shown: boolean): Promise<unknown> {
  const tabId = await tabIdOf(firefox, page);
  return firefox.control.evaluate(
    (id: number, value: boolean) =>
      (globalThis as unknown as { browser: BrowserInPage }).browser.runtime.sendMessage({
        type: 'context-cards:show-library',
        tabId: id,
        shown: value,
      }),
    tabId,
    shown,
  );
}

/** The toolbar badge's text on the page's tab (MV2: browserAction). */
export async function badgeText(firefox: FirefoxSession, page: Page): Promise<string> {
  const tabId = await tabIdOf(firefox, page);
  return firefox.control.evaluate(
    (id: number) =>
      (globalThis as unknown as { browser: BrowserInPage }).browser.browserAction.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** The tab's mention counts as the background totals them for the popup (all frames). */
export async function tabCounts(firefox: FirefoxSession, page: Page): Promise<Record<string, number>> {
  const tabId = await tabIdOf(firefox, page);
  return firefox.control.evaluate(
    (id: number) =>
      (globalThis as unknown as { browser: BrowserInPage }).browser.runtime.sendMessage({
        type: 'context-cards:tab-counts',
        tabId: id,
      }) as Promise<Record<string, number>>,
    tabId,
  );
}

/**
 * Clicks, with the mouse, the button (or radio, checkbox) whose accessible name (aria-label, its label or
 * its text) starts with `name`. puppeteer's ARIA selectors need an accessibility locator Firefox ESR's
 * BiDi does not offer, so the name is computed here the simple way our own pages allow.
 */
export async function clickControl(page: Page, role: 'button' | 'radio' | 'checkbox', name: string): Promise<void> {
  // The page may still be rendering it (settings are read asynchronously): look again for a while.
  const deadline = Date.now() + 5_000;
  let point = await findControl(page, role, name);
  while (!point && Date.now() < deadline) {
    await new Promise((resume) => setTimeout(resume, 100));
    point = await findControl(page, role, name);
  }
  if (!point) throw new Error(`No ${role} named "${name}…" on ${page.url()}`);
  await page.mouse.click(point.x, point.y);
}

function findControl(page: Page, role: string, name: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(
    (wanted: string, kind: string) => {
      const selector = kind === 'button' ? 'button, [role="button"]' : `input[type="${kind}"], [role="${kind}"]`;
      const textOf = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
      for (const control of document.querySelectorAll(selector)) {
        const label = control.getAttribute('aria-label') ?? (textOf(control) || textOf(control.closest('label')));
        if (!label.startsWith(wanted)) continue;
        control.scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = control.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return undefined;
    },
    name,
    role,
  );
}
