/**
 * What each tab's frames found, kept in `storage.session` so it survives the service worker being
 * stopped, and shown as the toolbar badge: the number of distinct entities on the tab, all frames together.
 */
import { browser } from 'wxt/browser';
import { toolbarAction } from './browser-differences';
import { badgeText, mergeCounts, type EntityCounts } from '@/utils/entity-counts';

type FrameCounts = Record<string, EntityCounts>;

const keyOf = (tabId: number) => `context-cards-tab-${tabId}`;

async function framesOf(tabId: number): Promise<FrameCounts> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  return stored && typeof stored === 'object' ? (stored as FrameCounts) : {};
}

async function showBadge(tabId: number, counts: EntityCounts): Promise<void> {
  await toolbarAction().setBadgeText({ tabId, text: badgeText(counts) });
}

/**
 * Updates run one after another: a page and its frames report at about the same time, and two
 * read-modify-writes of the same tab's entry would otherwise lose one frame's counts.
 */
let updates: Promise<unknown> = Promise.resolve();
function serially<T>(update: () => Promise<T>): Promise<T> {
  const next = updates.then(update, update);
  updates = next.catch(() => undefined);
  return next;
}

/** Records one frame's counts and updates the tab's badge. */
export function recordFrame(tabId: number, frameId: number, counts: EntityCounts): Promise<void> {
  return serially(async () => {
    const frames = await framesOf(tabId);
    if (Object.keys(counts).length === 0) delete frames[frameId];
    else frames[frameId] = counts;
    await browser.storage.session.set({ [keyOf(tabId)]: frames });
    await showBadge(tabId, mergeCounts(Object.values(frames)));
  });
}

/** The tab's counts, all frames together. */
export async function tabCounts(tabId: number): Promise<EntityCounts> {
  return mergeCounts(Object.values(await framesOf(tabId)));
}

/** Forgets a tab (closed, or its top frame navigated away: the new page's frames report afresh). */
export function forgetTab(tabId: number): Promise<void> {
  return serially(async () => {
    await browser.storage.session.remove(keyOf(tabId));
    await showBadge(tabId, {}).catch(() => undefined); // the tab may be gone
  });
}
