/**
 * The tabs where the reader asked to see the names of their own documents (the popup's "Show names from
 * my documents"), each with the site it was asked on, kept in `storage.session` so it survives the service
 * worker being stopped, and never written to disk. The choice lasts until the tab leaves that site or
 * closes: no page can ask for it, and a page on another site never learns the library's names.
 */
import { browser } from 'wxt/browser';
import { siteOf } from '@/utils/site-rules';

const keyOf = (tabId: number) => `context-cards-library-shown-${tabId}`;

/** The site the reader showed their documents on in this tab, if any. */
async function shownSite(tabId: number): Promise<string | undefined> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  return typeof stored === 'string' ? stored : undefined;
}

/** Whether a tab's page, at `url`, shows the reader's documents. */
export async function isLibraryShown(tabId: number, url: string | undefined): Promise<boolean> {
  const site = await shownSite(tabId);
  return site !== undefined && url !== undefined && siteOf(url) === site;
}

/** Records the reader's choice for the tab's current site; false when the page has no site (file:, about:). */
export async function setLibraryShown(tabId: number, url: string | undefined, shown: boolean): Promise<boolean> {
  if (!shown) {
    await browser.storage.session.remove(keyOf(tabId));
    return true;
  }
  const site = url === undefined ? undefined : siteOf(url);
  if (site === undefined) return false;
  await browser.storage.session.set({ [keyOf(tabId)]: site });
  return true;
}

/** Forgets the choice when the tab closes, or when it goes to another site (false then). */
export async function followTab(tabId: number, url: string | undefined): Promise<boolean> {
  const site = await shownSite(tabId);
  if (site === undefined) return false;
  if (url === undefined || siteOf(url) === site) return true;
  await browser.storage.session.remove(keyOf(tabId));
  return false;
}

export async function forgetLibraryShown(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
