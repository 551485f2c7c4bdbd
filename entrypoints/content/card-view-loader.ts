import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_VIEW_GLOBAL, type CardView, type CreateCardView } from '@/utils/dom/card-view';

/**
 * Loads card-ui.js once, on first need (a pointer resting on a mention, a tap, the keyboard command), and
 * creates the card view. Until then the content script carries none of the card's code.
 */
export function cardViewLoader(ctx: ContentScriptContext): () => Promise<CardView> {
  let view: Promise<CardView> | undefined;
  return () =>
    (view ??= (async () => {
      // use_dynamic_url in the manifest: the URL changes per session, so pages cannot probe for it.
      await import(/* @vite-ignore */ browser.runtime.getURL('/card-ui.js'));
      const create = (globalThis as Record<string, unknown>)[CARD_VIEW_GLOBAL] as CreateCardView | undefined;
      if (!create) throw new Error('card-ui.js did not load');
      return create(ctx);
    })());
}
