/**
 * What the popup's "Enable on this site" switch can do for a tab. Pure: takes what the tab's content script
 * answered (or not), the tab's URL when the browser tells it, and the site rules.
 */
import type { SiteRules } from './settings-schema';
import { isSiteEnabled, siteOf } from './site-rules';

export type SiteSwitchState =
  | { kind: 'available'; url: string; site: string; enabled: boolean }
  /** The switch is shown disabled, with the reason. */
  | { kind: 'unavailable'; reason: string };

const BROWSER_PAGE = /^(?:chrome|edge|brave|opera|vivaldi|about|view-source|devtools):/;
const EXTENSION_PAGE = /^(?:chrome-extension|moz-extension|safari-web-extension):/;
const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/**
 * @param pageUrl the URL the content script reported, or undefined when it did not answer
 * @param tabUrl the tab's URL as the browser reports it (often unknown without the `tabs` permission)
 */
export function siteSwitchState(
  pageUrl: string | undefined,
  tabUrl: string | undefined,
  rules: SiteRules,
): SiteSwitchState {
  if (pageUrl === undefined) return { kind: 'unavailable', reason: unreachableReason(tabUrl) };
  const site = siteOf(pageUrl);
  if (site === undefined) {
    return { kind: 'unavailable', reason: 'This page has no web address to switch; sites are switched by name.' };
  }
  return { kind: 'available', url: pageUrl, site, enabled: isSiteEnabled(rules, pageUrl) };
}

/** Why a tab's content script did not answer, as precisely as its URL allows. */
function unreachableReason(tabUrl: string | undefined): string {
  if (tabUrl === undefined || tabUrl === '') return 'Extensions can’t run on this page.';
  if (STORES.some((store) => store.test(tabUrl))) return 'Browsers don’t let extensions run in their web store.';
  if (BROWSER_PAGE.test(tabUrl)) return 'Extensions can’t run on browser pages.';
  if (EXTENSION_PAGE.test(tabUrl)) return 'Extensions can’t run on extension pages.';
  if (tabUrl.startsWith('file:')) {
    return 'To use Context Cards on local files, turn on “Allow access to file URLs” in its extension details.';
  }
  if (siteOf(tabUrl) !== undefined) return 'Reload this page to start Context Cards here.';
  return 'Extensions can’t run on this page.';
}

/**
 * The tab the popup targets when its URL says so: `popup.html?tab=<id>`. Tests open the popup as a page and
 * point it at a tab this way; the toolbar opens it without a query, and it targets the active tab.
 */
export function tabIdFromSearch(search: string): number | undefined {
  const match = /(?:^\?|&)tab=(\d{1,10})(?:&|$)/.exec(search);
  if (match === null) return undefined;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) ? id : undefined;
}
