/**
 * The extension API without webextension-polyfill, for the scripts that run in pages (first-look.ts, the
 * injected engine): Firefox's native `browser`, else Chrome's `chrome`, whose MV3 methods return promises.
 * Evaluating the polyfill (and WXT's `wxt/browser`) costs every frame about a millisecond, for nothing the
 * page scripts use. One difference the polyfill hid: a Chrome message listener that answers later must call
 * `sendResponse` and return true (a returned promise is not an answer there), so `answerMessages` does that.
 */
import type { browser } from 'wxt/browser';

export type ExtensionApi = typeof browser;

/** Firefox's `browser`, else Chrome's promise-returning `chrome`. */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!;
}

/**
 * Listens for messages; `answer` returns a promise of the reply, or undefined to leave the message to
 * other listeners. Returns the function that stops listening.
 */
export function answerMessages(
  api: ExtensionApi,
  answer: (message: unknown) => Promise<unknown> | undefined,
): () => void {
  const listener = (message: unknown, _sender: unknown, respond: (reply: unknown) => void): boolean => {
    const reply = answer(message);
    if (reply === undefined) return false;
    reply.then(respond, () => respond(undefined));
    return true;
  };
  api.runtime.onMessage.addListener(listener);
  return () => api.runtime.onMessage.removeListener(listener);
}
