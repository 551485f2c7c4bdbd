import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { toBackgroundSchema, type Pong, type ToBackground, type ToContent } from '@/utils/extension/messages';
import { forgetTab, recordFrame, tabCounts } from '@/utils/extension/tab-mentions';

export default defineBackground(() => {
  void browser.action.setBadgeBackgroundColor({ color: '#1f4e79' });

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

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});

async function handle(message: ToBackground, sender: { tab?: { id?: number }; frameId?: number }): Promise<unknown> {
  switch (message.type) {
    case 'context-cards:ping': {
      const pong: Pong = { type: 'context-cards:pong', version: browser.runtime.getManifest().version };
      return pong;
    }
    case 'context-cards:found':
      if (sender.tab?.id !== undefined) await recordFrame(sender.tab.id, sender.frameId ?? 0, message.counts);
      return { ok: true };
    case 'context-cards:tab-counts':
      return tabCounts(message.tabId);
    case 'context-cards:open-article': {
      const hash = message.factId ? `#fact-${encodeURIComponent(message.factId)}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/article.html${hash}`) });
      return { ok: true };
    }
  }
}
