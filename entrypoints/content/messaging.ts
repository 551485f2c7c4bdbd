import { sameCounts, type EntityCounts } from '@/utils/entity-counts';
import type { MentionIndex } from '@/utils/dom/mention-index';
import { after } from '@/utils/dom/page-timer';
import { guarded } from '@/utils/dom/report-failure';
import type { ScriptContext } from '@/utils/dom/script-context';
import { answerMessages, extensionApi } from '@/utils/extension/extension-api';
import type { PageInfo, ToBackground } from '@/utils/extension/messages';
import { siteRulesReader } from '@/utils/extension/settings-read';
import { readToContent } from '@/utils/extension/to-content';
import { isSiteEnabled } from '@/utils/site-rules';
import type { CardController } from './card-wiring';

/** Batches count reports: a busy page (feeds, re-rendering apps) changes its mentions many times a second. */
const REPORT_DELAY_MS = 200;

/**
 * Reports this frame's entities to the background (the toolbar badge) whenever they change, and answers
 * the keyboard command and the popup in the top frame.
 */
export function wireMessaging(ctx: ScriptContext, index: MentionIndex, cards: CardController): void {
  const browser = extensionApi();
  let reported: EntityCounts = {};
  let cancelReport: (() => void) | undefined;

  const report = guarded('Reporting mentions', () => {
    cancelReport = undefined;
    const counts = index.counts();
    if (sameCounts(counts, reported)) return;
    reported = counts;
    const message: ToBackground = { type: 'context-cards:found', counts };
    browser.runtime.sendMessage(message).catch(() => undefined); // the extension may be reloading
  });
  const scheduleReport = () => {
    cancelReport ??= after(REPORT_DELAY_MS, report);
  };
  ctx.onInvalidated(index.subscribe(scheduleReport));
  ctx.onInvalidated(() => cancelReport?.());
  scheduleReport();

  if (window !== window.top) return;
  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    const message = readToContent(raw);
    if (message === undefined) return undefined;
    switch (message.type) {
      case 'context-cards:navigate':
        cards.navigate(message.direction);
        return Promise.resolve({ ok: true });
      case 'context-cards:show':
        return Promise.resolve({ ok: cards.reveal(message.entityId) });
      case 'context-cards:page-info':
        return siteRulesReader.get().then((rules): PageInfo => {
          return { url: location.href, enabled: isSiteEnabled(rules, location.href) };
        });
      case 'context-cards:use-library':
        // Every frame hears it, not only the top one: engine-wiring.ts follows it.
        return undefined;
    }
  };
  ctx.onInvalidated(answerMessages(browser, onMessage));
}
