/**
 * The card's view: what the content script asks of the part that renders cards (Preact, Floating UI, the
 * facts). That part is a separate script, `card-ui.js`, loaded the first time a card is about to open, so
 * the content script that runs on every page stays small (DESIGN.md budget: 25 KB gzip).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardTheme } from './card-host';

export interface CardActions {
  onShowInArticle(factId: string): void;
  onHide(): void;
  onTurnOffSite(): void;
  /** Escape or the close button. */
  onClose(): void;
}

export interface CardRequest {
  entityId: string;
  /** The mention, as a live Range built for this opening. */
  range: Range;
  /** Keyboard: move the focus into the card. */
  focus: boolean;
  /** A short message the card shows and announces with it (keyboard navigation wrapped around). */
  notice?: string;
  actions: CardActions;
}

export interface CardView {
  open(request: CardRequest): Promise<void>;
  /** The pointer rests on a mention of this entity: fetch what its card will say while the delay runs. */
  prefetch(entityId: string): void;
  close(options: { restoreFocus: boolean }): void;
  setTheme(theme: CardTheme): void;
  /** Whether an event's target (retargeted to the host outside the shadow root) is the card. */
  owns(target: EventTarget | null): boolean;
  containsPoint(x: number, y: number): boolean;
}

export type CreateCardView = (ctx: ContentScriptContext) => CardView;

/** Where card-ui.js leaves its factory, in the content script's isolated world (never the page's). */
export const CARD_VIEW_GLOBAL = '__contextCardsCreateCardView';
