import { CARD_VIEW_GLOBAL, type CardView, type CreateCardView } from '@/utils/dom/card-view';
import type { ScriptContext } from '@/utils/dom/script-context';
import { extensionApi } from '@/utils/extension/extension-api';
import type { ToBackground } from '@/utils/extension/messages';

/**
 * Loads card-ui.js once, on first need (a pointer resting on a mention, a tap, the keyboard command), and
 * creates the card view. Until then the content script carries none of the card's code.
 *
 * The background runs card-ui.js in this frame's isolated world (scripting.executeScript, or
 * tabs.executeScript in Firefox's MV2 build), as it does content scripts. An `import()` of a
 * web-accessible file instead is blocked where the reader switched the page's JavaScript off (Chromium
 * applies the page's script setting to it), and would let pages probe for the file.
 */
export function cardViewLoader(ctx: ScriptContext): () => Promise<CardView> {
  let view: Promise<CardView> | undefined;
  return () =>
    (view ??= (async () => {
      const request: ToBackground = { type: 'context-cards:inject', part: 'card-ui' };
      await extensionApi().runtime.sendMessage(request);
      const create = (globalThis as Record<string, unknown>)[CARD_VIEW_GLOBAL] as CreateCardView | undefined;
      if (!create) throw new Error('card-ui.js did not load');
      return create(ctx);
    })().catch((error: unknown) => {
      view = undefined; // a later hover may try again (the background may have been restarting)
      throw error;
    }));
}
