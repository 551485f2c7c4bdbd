import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { engineLoaded } from '@/utils/dom/engine-flag';
import { PagePrefilter } from '@/utils/dom/page-prefilter';
import { PrefilterWatcher } from '@/utils/dom/prefilter-watcher';
import { readerUrl } from '@/utils/dom/reader-url';
import { guarded, reportFailure } from '@/utils/dom/report-failure';
import { SCAN_MEASURE } from '@/utils/dom/scan-measure';
import { extensionApi, type ExtensionApi } from '@/utils/extension/extension-api';
import { FIRST_LOOK_KEY, isFirstLook, type FirstLook } from '@/utils/extension/page-plan';
import { isSiteEnabled } from '@/utils/site-rules';

/**
 * The content script every page and frame runs (the manifest's only one, wxt.config.ts). It stays tiny: no
 * polyfill, no zod, no Preact. An empty frame waits for content before doing anything; otherwise one
 * storage read (site rules and the prefilter's word hashes, kept by the background), one walk of the text
 * (open shadow roots too), and then either the engine is asked for (content-engine.ts, injected by the
 * background) or a MutationObserver watches for text added later. The walk is recorded as a
 * `context-cards:scan` pass with no mentions (DESIGN.md contract).
 */
export default defineUnlistedScript(() => {
  if (engineLoaded() || document.documentElement === null) return;
  // An empty frame (about:blank, an ad slot) costs nothing until something is put in it, not even the
  // compile of the rest of this script's functions: a news page can hold a dozen such frames.
  if (isEmpty()) {
    const waiting = new MutationObserver(() => {
      if (isEmpty()) return;
      waiting.disconnect();
      begin();
    });
    waiting.observe(document, { childList: true, subtree: true });
    return;
  }
  begin();
});

function isEmpty(): boolean {
  return document.body === null || document.body.firstChild === null;
}

function begin(): void {
  performance.mark('context-cards:ready');
  try {
    firstLook();
  } catch (error) {
    reportFailure('Starting', error);
  }
}

function firstLook(): void {
  const api = extensionApi();
  let look: FirstLook | undefined;
  let watcher: PrefilterWatcher | undefined;
  let requested = false;

  const loadEngine = () => {
    if (requested) return;
    requested = true;
    watcher?.stop();
    api.runtime.sendMessage({ type: 'context-cards:inject', part: 'engine' }).catch((error: unknown) => {
      requested = false; // the background may have been restarting: a later change may ask again
      reportFailure('Loading the mention engine', error);
    });
  };

  const check = guarded('Reading the page', () => {
    watcher?.stop();
    watcher = undefined;
    if (look === undefined || requested || engineLoaded()) return;
    if (!isSiteEnabled(look.sites, readerUrl())) return;
    const prefilter = new PagePrefilter(look);
    const start = performance.now();
    if (document.body !== null && prefilter.check(document.body)) return loadEngine();
    const workMs = Math.round((performance.now() - start) * 100) / 100;
    const detail = { chars: prefilter.chars, mentions: 0, workMs, slices: 1, longestSliceMs: workMs };
    performance.measure(SCAN_MEASURE, { start, detail });
    watcher = new PrefilterWatcher(prefilter, loadEngine);
    watcher.observe(document);
    for (const root of prefilter.takeShadowRoots()) watcher.observe(root);
  });

  const start = () => {
    api.storage.local
      .get(FIRST_LOOK_KEY)
      .then((items: Record<string, unknown>) => {
        const value = items[FIRST_LOOK_KEY];
        if (isFirstLook(value)) look = value;
        check();
      })
      .catch((error: unknown) => reportFailure('Reading the settings', error));
    api.storage.onChanged.addListener(
      guarded('Following the settings', (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'local' || !(FIRST_LOOK_KEY in changes)) return;
        const value = changes[FIRST_LOOK_KEY]?.newValue;
        look = isFirstLook(value) ? value : undefined;
        check();
      }),
    );
    if (window === window.top) answerPopup(api, () => look);
  };

  start();
}

/** The popup asks the top frame what this page is; the engine answers once it runs here. */
function answerPopup(api: ExtensionApi, look: () => FirstLook | undefined): void {
  api.runtime.onMessage.addListener((message: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
    if ((message as { type?: unknown } | null)?.type !== 'context-cards:page-info' || engineLoaded()) return false;
    const rules = look()?.sites;
    respond({ url: location.href, enabled: rules === undefined || isSiteEnabled(rules, location.href) });
    return false;
  });
}
