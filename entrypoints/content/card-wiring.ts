import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardView } from '@/utils/dom/card-view';
import { liveRange, mentionAtPoint, sameMention } from '@/utils/dom/hit-test';
import { HoverIntent } from '@/utils/dom/hover-intent';
import { isEditingText, isInViewport, scrollToMention, stepMention } from '@/utils/dom/mention-navigation';
import type { MentionIndex, PageMention } from '@/utils/dom/mention-index';
import { watchPointerFrames } from '@/utils/dom/pointer-frames';
import { readerUrl } from '@/utils/dom/reader-url';
import { guarded, reportFailure } from '@/utils/dom/report-failure';
import { watchTaps } from '@/utils/dom/touch-taps';
import type { ToBackground } from '@/utils/extension/messages';
import { readingPrefsReader } from '@/utils/extension/settings-read';
import { firstOfEachMemo } from '@/utils/first-mentions';
import { DEFAULT_READING_PREFS } from '@/utils/settings-schema';
import { cardViewLoader } from './card-view-loader';

/** What the rest of the content script (keyboard command, popup) can ask of the cards. */
export interface CardController {
  /**
   * Moves to the next or previous highlighted mention from the reading position (or from the card the
   * keyboard opened, while its mention is in view), scrolls it into view and opens its card with focus
   * inside. Does nothing while the reader types in a field.
   */
  navigate(direction: 'next' | 'previous'): void;
  /** Scrolls to the first mention of an entity and opens its card; false when the page has none. */
  reveal(entityId: string): boolean;
}

/** After the pointer leaves both the mention and its card (Wikipedia's previews use 300 ms too). */
const CLOSE_DELAY_MS = 300;
/** A frame's latency counts toward the hover delay, up to this much. */
const MAX_FRAME_CREDIT_MS = 50;

type OpenedBy = 'hover' | 'keyboard' | 'touch';

/** Shown and announced in the card when keyboard navigation goes round the end of the page. */
const WRAPPED = {
  next: 'Back to the first name on this page.',
  previous: 'Back to the last name on this page.',
} as const;

/**
 * Fact cards: hover intent, keyboard navigation and taps decide which mention's card is open (one at a
 * time); the card host shows it; the card's actions go to settings and the background.
 */
export function wireCards(ctx: ContentScriptContext, index: MentionIndex): CardController {
  const load = cardViewLoader(ctx);
  /** The view once card-ui.js has loaded; until then there is no card on the page to ask about. */
  let view: CardView | undefined;
  const loadView = async () => {
    view ??= await load();
    view.setTheme(prefs.theme);
    return view;
  };
  let prefs = DEFAULT_READING_PREFS;
  const applyPrefs = (value: typeof prefs) => {
    prefs = value;
    view?.setTheme(value.theme);
  };
  readingPrefsReader.get().then(applyPrefs, (error) => reportFailure('Reading preferences', error));
  ctx.onInvalidated(readingPrefsReader.watch(guarded('Reading preferences', applyPrefs)));

  let shown: { mention: PageMention; by: OpenedBy } | undefined;
  /** Where keyboard navigation continues from while it is in view: the last mention opened or revealed. */
  let cursor: PageMention | undefined;
  /** With "only the first mention of each name", only those are highlighted, hovered and navigated to. */
  const firsts = firstOfEachMemo<PageMention>();
  const highlighted = () => (prefs.mentions === 'first' ? firsts(index.all()) : index.all());
  const isHighlighted = (mention: PageMention) =>
    prefs.mentions !== 'first' || firsts(index.all()).some((first) => sameMention(first, mention));

  const close = (restoreFocus: boolean) => {
    if (!shown) return;
    if (shown.by !== 'keyboard') index.setActive(undefined);
    shown = undefined;
    intent.cancel();
    view?.close({ restoreFocus });
  };

  const open = (mention: PageMention, by: OpenedBy, notice?: string) => {
    const entityId = mention.entityId;
    const range = liveRange(mention);
    if (!range) return;
    const opening = { mention, by };
    shown = opening;
    cursor = mention;
    if (by !== 'hover') intent.cancel();
    index.setActive(mention);
    const actions = {
      onShowInArticle: guarded('Show in article', (factId: string) => {
        send({ type: 'context-cards:open-article', factId }, 'Show in article');
      }),
      onHide: guarded('Hiding an entity', () => {
        close(true);
        send({ type: 'context-cards:mute-entity', entityId }, 'Hiding an entity');
      }),
      onTurnOffSite: guarded('Turning off on this site', () => {
        close(true);
        send({ type: 'context-cards:turn-off-site', url: readerUrl() }, 'Turning off on this site');
      }),
      onClose: guarded('Closing the card', () => close(true)),
    };
    loadView()
      .then((loaded) => {
        // Closed, or another card opened, while card-ui.js loaded.
        if (shown === opening) return loaded.open({ entityId, range, focus: by === 'keyboard', notice, actions });
      })
      .catch((error) => reportFailure('Opening a card', error));
  };

  const intent = new HoverIntent({
    openDelay: () => prefs.hoverDelayMs,
    closeDelay: CLOSE_DELAY_MS,
    shown: () => shown?.mention,
    closesOnLeave: () => shown?.by === 'hover',
    open: guarded('Opening a card', (mention: PageMention) => open(mention, 'hover')),
    close: guarded('Closing the card', () => close(false)),
  });

  watchPointerFrames({
    signal: ctx.signal,
    lastDomChange: () => index.lastDomChange(),
    wantsScroll: () => shown !== undefined || intent.isPending,
    onFrame: (point) => {
      if (!point) return intent.update(undefined);
      if (view?.containsPoint(point.x, point.y)) return intent.update('card');
      // No mentions (yet, or switched off): no hit-test at all.
      const hit = index.all().length > 0 ? mentionAtPoint(index, point.x, point.y) : undefined;
      const over = hit && isHighlighted(hit) ? hit : undefined;
      // The pointer rests on a mention: fetch the card's code, and what it will say, while the delay runs.
      if (over && !sameMention(over, intent.pendingMention) && !sameMention(over, shown?.mention)) {
        void loadView()
          .then((loaded) => loaded.prefetch(over.entityId))
          .catch((error) => reportFailure('Loading the card', error));
      }
      intent.update(over, Math.min(performance.now() - point.time, MAX_FRAME_CREDIT_MS));
    },
  });

  watchTaps({
    signal: ctx.signal,
    index,
    isCard: (target) => view?.owns(target) ?? false,
    shown: () => shown?.mention,
    open: (mention) => open(mention, 'touch'),
    close: () => close(false),
  });

  // Escape closes a card opened by hovering too; inside the card, the card itself handles it.
  window.addEventListener(
    'keydown',
    guarded('Closing the card', (event: KeyboardEvent) => {
      if (event.isTrusted && event.key === 'Escape' && shown && !view?.owns(event.target)) close(false);
    }),
    { capture: true, signal: ctx.signal },
  );

  // The mention left the page (or was hidden, or the site switched off): its card goes with it.
  ctx.onInvalidated(
    index.subscribe(
      guarded('Following the page', () => {
        const current = shown?.mention;
        if (current && !index.all().some((mention) => sameMention(mention, current))) close(false);
      }),
    ),
  );
  ctx.onInvalidated(() => intent.cancel());

  return {
    navigate: guarded('Keyboard navigation', (direction: 'next' | 'previous') => {
      if (isEditingText()) return;
      // The reader scrolled away from the last card: start again from where they are reading.
      const from = cursor && isInViewport(cursor) ? cursor : undefined;
      const step = stepMention(highlighted(), from, direction);
      if (!step) return;
      scrollToMention(step.mention);
      open(step.mention, 'keyboard', step.wrapped ? WRAPPED[direction] : undefined);
    }),
    reveal: (entityId) => {
      try {
        const target = index.all().find((mention) => mention.entityId === entityId && liveRange(mention));
        if (!target) return false;
        close(false);
        scrollToMention(target);
        open(target, 'keyboard');
        return true;
      } catch (error) {
        reportFailure('Showing on the page', error);
        return false;
      }
    },
  };
}

/** Settings are written by the background; the content script only reads them. */
function send(message: ToBackground, where: string): void {
  browser.runtime.sendMessage(message).catch((error) => reportFailure(where, error));
}
