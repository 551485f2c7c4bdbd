import { browser } from 'wxt/browser';
import type { PopupPort } from '@/components/Popup';
import { documents as packDocuments } from '@/data';
import type { Entity } from '@/data/schema';
import { articlePath } from '@/utils/article-anchor';
import { factsForCard, libraryEntity, listDocuments, watchLibrary } from '@/utils/extension/library-store';
import { openShortcutSettings, readShortcuts, shortcutSettingsPlace } from '@/utils/extension/shortcuts';
import type { EntityCounts, PageInfo, ToBackground, ToContent } from '@/utils/extension/messages';
import { siteRulesSetting } from '@/utils/extension/settings';

const BUNDLED_IDS: ReadonlySet<string> = new Set(packDocuments.map((doc) => doc.id));

/** How long the tab's content script may take to answer before the popup treats it as absent. */
const ANSWER_TIMEOUT_MS = 1500;

/** The popup's view of one tab, through messages to its content script and the background. */
export function createPopupPort(tabId: Promise<number | undefined>): PopupPort {
  const toTab = async (message: ToContent): Promise<unknown> => {
    const id = await tabId;
    if (id === undefined) return undefined;
    // Only the top frame answers these; a tab without our content script rejects (browser pages, the store).
    const reply = browser.tabs.sendMessage(id, message, { frameId: 0 }).catch(() => undefined);
    const timeout = new Promise((done) => setTimeout(done, ANSWER_TIMEOUT_MS, undefined));
    return Promise.race([reply, timeout]);
  };

  return {
    async pageUrl() {
      const info = (await toTab({ type: 'context-cards:page-info' })) as Partial<PageInfo> | undefined;
      return typeof info?.url === 'string' ? info.url : undefined;
    },
    async tabUrl() {
      const id = await tabId;
      if (id === undefined) return undefined;
      const tab = await browser.tabs.get(id).catch(() => undefined);
      return tab?.url ?? tab?.pendingUrl;
    },
    getSiteRules: () => siteRulesSetting.get(),
    setSiteRules: (rules) => siteRulesSetting.set(rules),
    watchSiteRules: (callback) => siteRulesSetting.watch(callback),
    async tabCounts() {
      const id = await tabId;
      if (id === undefined) return {};
      const message: ToBackground = { type: 'context-cards:tab-counts', tabId: id };
      const counts: unknown = await browser.runtime.sendMessage(message).catch(() => undefined);
      return counts !== null && typeof counts === 'object' ? (counts as EntityCounts) : {};
    },
    watchTabCounts(callback) {
      // The background keeps each tab's counts in storage.session (utils/extension/tab-mentions.ts).
      const listener = (_changes: unknown, area: string) => {
        if (area === 'session') callback();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    async showOnPage(entityId) {
      const reply = (await toTab({ type: 'context-cards:show', entityId })) as { ok?: unknown } | undefined;
      return reply?.ok === true;
    },
    async addPageToLibrary() {
      const id = await tabId;
      if (id === undefined) return false;
      const message: ToBackground = { type: 'context-cards:capture-page', tabId: id };
      const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as { ok?: unknown } | undefined;
      return reply?.ok === true;
    },
    openArticle(address) {
      void browser.tabs.create({ url: browser.runtime.getURL(articlePath(address, BUNDLED_IDS)) });
    },
    openLibrary() {
      void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    },
    // The library (IndexedDB) is the extension's own: the popup reads it directly, as the library page does.
    async documents() {
      return (await listDocuments()).items.map(({ id, title, site, published, active, bundled }) => ({
        id,
        title,
        site,
        published,
        active,
        bundled,
      }));
    },
    watchLibrary,
    // As much as a card carries (CARD_LIMITS): an unfolded name stays readable with a large library.
    factsAbout: async (entityId) => (await factsForCard(entityId)).groups,
    async libraryEntities(ids) {
      const found = await Promise.all(ids.map((id) => libraryEntity(id)));
      return found.filter((entity): entity is Entity => entity !== undefined);
    },
    async libraryShown() {
      const id = await tabId;
      if (id === undefined) return false;
      const message: ToBackground = { type: 'context-cards:library-shown', tabId: id };
      const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as
        { shown?: unknown } | undefined;
      return reply?.shown === true;
    },
    async showLibrary(shown) {
      const id = await tabId;
      if (id === undefined) return;
      const message: ToBackground = { type: 'context-cards:show-library', tabId: id, shown };
      await browser.runtime.sendMessage(message);
    },
    shortcuts: readShortcuts,
    shortcutsPlace: shortcutSettingsPlace(),
    changeShortcuts() {
      openShortcutSettings().catch((error) =>
        console.warn('[Context Cards] Opening the shortcuts page failed:', error),
      );
    },
  };
}
