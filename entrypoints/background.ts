import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { documents as packDocuments } from '@/data';
import { articlePath } from '@/utils/article-anchor';
import { injectFile, toolbarAction } from '@/utils/extension/browser-differences';
import { documentOfFact } from '@/utils/extension/library-document';
import { keepCapturedDraft } from '@/utils/extension/library-draft';
import { cardFacts } from '@/utils/extension/card-facts';
import { activeEntities, watchLibrary } from '@/utils/extension/library-store';
import { followTab, forgetLibraryShown, isLibraryShown, setLibraryShown } from '@/utils/extension/library-shown';
import {
  INJECTABLE,
  toBackgroundSchema,
  type Pong,
  type ToBackground,
  type ToContent,
} from '@/utils/extension/messages';
import { setExtraEntities, type MatchableEntity } from '@/utils/extension/active-entities';
import { publishMatcher } from '@/utils/extension/publish-matcher';
import { mutedEntitiesSetting, readingPrefsSetting, siteRulesSetting } from '@/utils/extension/settings';
import { forgetTab, recordFrame, tabCounts } from '@/utils/extension/tab-mentions';
import { setSiteEnabled, siteOf } from '@/utils/site-rules';

export default defineBackground(() => {
  void toolbarAction().setBadgeBackgroundColor({ color: '#1f4e79' });
  // Reading an item runs its pending migration (WXT storage): do it as soon as the extension starts, since
  // content scripts read the stored values directly (utils/extension/settings-read.ts).
  for (const setting of [siteRulesSetting, mutedEntitiesSetting, readingPrefsSetting]) {
    setting.get().catch((error) => console.warn(`[Context Cards] Reading ${setting.key} failed:`, error));
  }
  // Pages read the compiled names and the site rules from storage.local (utils/extension/page-plan.ts):
  // compiled here when the active entities change, never on a page.
  void publishMatcher();
  mutedEntitiesSetting.watch(() => void publishMatcher());
  watchLibrary(() => void publishMatcher());
  siteRulesSetting.watch(() => void publishMatcher());
  // `npm run bench` builds with WXT_BENCH_HOOKS=1 to hand over a synthetic 10,000-alias library, as the
  // reader's library will (issue 12); a normal build has no such hook (the branch is compiled out).
  if (import.meta.env.WXT_BENCH_HOOKS === '1') {
    (globalThis as Record<string, unknown>).contextCardsBench = {
      useLibrary: async (entities: MatchableEntity[] | null) => {
        setExtraEntities(entities ?? [], entities ? `bench:${entities.length}:${Date.now()}` : '');
        await publishMatcher();
      },
    };
  }

  browser.runtime.onMessage.addListener((raw, sender) => {
    const parsed = toBackgroundSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    return handle(parsed.data, sender);
  });

  // Keyboard commands (manifest `commands`): the active tab's top frame moves to the next/previous mention.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-mention' && command !== 'previous-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: ToContent = {
      type: 'context-cards:navigate',
      direction: command === 'next-mention' ? 'next' : 'previous',
    };
    await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') void forgetTab(tabId);
    // Where the reader showed their documents, the next page of the same site shows them too, even when
    // no public name brought the engine there.
    if (change.url !== undefined || change.status === 'complete') {
      void followTab(tabId, change.url ?? tab.url)
        .then((shown) => {
          if (shown && change.status === 'complete') return injectFile(tabId, 'every frame', INJECTABLE.engine);
        })
        .catch(() => undefined);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetLibraryShown(tabId);
  });
});

const BUNDLED_IDS: ReadonlySet<string> = new Set(packDocuments.map((doc) => doc.id));

async function handle(
  message: ToBackground,
  sender: { tab?: { id?: number; url?: string }; frameId?: number; url?: string },
): Promise<unknown> {
  switch (message.type) {
    case 'context-cards:ping': {
      const pong: Pong = { type: 'context-cards:pong', version: browser.runtime.getManifest().version };
      return pong;
    }
    case 'context-cards:found':
      if (sender.tab?.id !== undefined) await recordFrame(sender.tab.id, sender.frameId ?? 0, message.counts);
      return { ok: true };
    // The content script only reads settings (utils/extension/settings-read.ts); its cards write here.
    case 'context-cards:mute-entity': {
      const muted = await mutedEntitiesSetting.get();
      if (!muted.includes(message.entityId)) await mutedEntitiesSetting.set([...muted, message.entityId]);
      return { ok: true };
    }
    case 'context-cards:turn-off-site': {
      const site = siteOf(message.url);
      if (site === undefined) return { ok: false }; // file: and other pages without a site cannot be listed
      await siteRulesSetting.set(setSiteEnabled(await siteRulesSetting.get(), site, false));
      return { ok: true };
    }
    case 'context-cards:tab-counts':
      return tabCounts(message.tabId);
    case 'context-cards:capture-page':
      // Runs Readability in the tab only now, on the reader's click; the script reports back below.
      try {
        await injectFile(message.tabId, 0, '/capture.js');
        return { ok: true };
      } catch (error) {
        return { ok: false, message: String(error) };
      }
    case 'context-cards:captured': {
      if (sender.tab?.id === undefined) return { ok: false };
      const id = await keepCapturedDraft(message.draft);
      await browser.tabs.create({ url: browser.runtime.getURL(`/library.html?draft=${id}`) });
      return { ok: true };
    }
    case 'context-cards:active-entities':
      return (await activeEntities()).items;
    case 'context-cards:card-facts': {
      // The extension's own pages (popup, library) see the whole library; a page's frame, what is shown there:
      // a frame of another site on that page (an advertisement, an embed) is not the page the reader chose.
      const tabId = sender.tab?.id;
      const shown = fromOwnPage(sender) || (tabId !== undefined && (await isLibraryShown(tabId, frameUrl(sender))));
      return cardFacts(message.entityId, shown);
    }
    case 'context-cards:library-shown': {
      const tabId = message.tabId ?? sender.tab?.id;
      if (tabId === undefined) return { shown: false };
      // A frame asks for itself, by its own address (see card-facts); the popup names a tab.
      const url = message.tabId === undefined ? frameUrl(sender) : (await browser.tabs.get(tabId)).url;
      return { shown: await isLibraryShown(tabId, url) };
    }
    case 'context-cards:show-library': {
      // Only the popup (an extension page) asks: never a frame of the page it would show names to.
      if (!fromOwnPage(sender)) return { ok: false, message: 'Only the popup can show your documents.' };
      const tab = await browser.tabs.get(message.tabId);
      if (!(await setLibraryShown(message.tabId, tab.url, message.shown))) {
        return { ok: false, message: 'This page has no site, so its names cannot be shown.' };
      }
      // Frames without the engine (no public name in them) get it now; those with it switch matchers.
      if (message.shown) await injectFile(message.tabId, 'every frame', INJECTABLE.engine).catch(() => undefined);
      const notice: ToContent = { type: 'context-cards:use-library', shown: message.shown };
      await browser.tabs.sendMessage(message.tabId, notice).catch(() => undefined);
      return { ok: true };
    }
    case 'context-cards:inject': {
      // Into the asking frame's isolated world, as a content script: a page's script setting cannot block it.
      if (sender.tab?.id === undefined) return { ok: false };
      await injectFile(sender.tab.id, sender.frameId ?? 0, INJECTABLE[message.part]);
      return { ok: true };
    }
    case 'context-cards:open-article': {
      // A library document's fact opens that document (`?doc=`); the bundled article keeps its plain address.
      const { factId } = message;
      const documentId =
        message.documentId ?? (factId ? await documentOfFact(factId).catch(() => undefined) : undefined);
      const path = articlePath({ documentId, factId }, BUNDLED_IDS);
      await browser.tabs.create({ url: browser.runtime.getURL(path) });
      return { ok: true };
    }
  }
}

/** Whether a message comes from one of the extension's own pages (popup, library), not a page's frame. */
function fromOwnPage(sender: { url?: string }): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

/** The address of the frame a message came from (a content script's frame, or an extension page). */
function frameUrl(sender: { tab?: { url?: string }; url?: string }): string | undefined {
  return sender.url ?? sender.tab?.url;
}
