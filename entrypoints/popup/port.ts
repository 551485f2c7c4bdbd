import { browser } from 'wxt/browser';
import type { PopupPort } from '@/components/Popup';
import { factHash } from '@/utils/article-anchor';
import { openShortcutSettings, readShortcuts, shortcutSettingsPlace } from '@/utils/extension/shortcuts';
import type { EntityCounts, PageInfo, ToBackground, ToContent } from '@/utils/extension/messages';
import { siteRulesSetting } from '@/utils/extension/settings';

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
    openArticle(factId) {
      const hash = factId === undefined ? '' : factHash(factId);
      void browser.tabs.create({ url: browser.runtime.getURL(`/article.html${hash}`) });
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
