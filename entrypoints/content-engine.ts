import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ENGINE_LOADED } from '@/utils/dom/engine-flag';
import { reportFailure } from '@/utils/dom/report-failure';
import { ScriptContext } from '@/utils/dom/script-context';
import { wireCards } from './content/card-wiring';
import { wireEngine } from './content/engine-wiring';
import { wireMessaging } from './content/messaging';

/**
 * The mention engine, cards and messaging: everything the content script did before issue 11, now run in
 * a frame only once the every-page script (first-look.ts) saw a name in it. The background runs this file
 * in the frame's isolated world on request (scripting.executeScript, INJECTABLE in messages.ts), as it does
 * card-ui.js: the page's script setting cannot block it. It evaluates no polyfill and no zod (issue 11):
 * the browser's own API (utils/extension/extension-api.ts), settings and messages checked by hand.
 */
export default defineUnlistedScript(() => {
  const flags = globalThis as Record<symbol, unknown>;
  if (flags[ENGINE_LOADED]) return; // asked for twice (a page change raced the first request)
  flags[ENGINE_LOADED] = true;
  const ctx = new ScriptContext('content-engine');
  void (async () => {
    try {
      const engine = await wireEngine(ctx);
      const cards = wireCards(ctx, engine);
      wireMessaging(ctx, engine, cards);
    } catch (error) {
      reportFailure('Starting', error);
    }
  })();
});
