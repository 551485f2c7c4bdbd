import { MentionEngine } from '@/utils/dom/mention-engine';
import type { MentionIndex } from '@/utils/dom/mention-index';
import { readerUrl } from '@/utils/dom/reader-url';
import { guarded, reportFailure } from '@/utils/dom/report-failure';
import type { ScriptContext } from '@/utils/dom/script-context';
import { extensionApi } from '@/utils/extension/extension-api';
import type { ToBackground } from '@/utils/extension/messages';
import { isMatcherData, LIBRARY_MATCHER_KEY, MATCHER_KEY } from '@/utils/extension/page-plan';
import { readingPrefsReader, siteRulesReader } from '@/utils/extension/settings-read';
import { instantiateMatcher, type MentionMatcher } from '@/utils/match';
import { isSiteEnabled } from '@/utils/site-rules';

const NO_MENTIONS: MentionMatcher = () => [];

/**
 * Starts the mention engine on this frame when its site is enabled, once the page is idle, and follows the
 * settings live: the site switch, the highlight style, which mentions to highlight, and the matcher, which
 * the background compiles from the active entities (muted ones left out) and stores whenever they change.
 * The matcher is the public one (the bundled article's names) unless the reader asked, on this tab, to see
 * their own documents' names too (the background says so on start and with `context-cards:use-library`).
 */
export async function wireEngine(ctx: ScriptContext): Promise<MentionIndex> {
  const browser = extensionApi();
  // Both settings in one read: each storage call costs a frame a few tenths of a millisecond on first use.
  const [settings, stored, shown] = await Promise.all([
    browser.storage.sync.get([siteRulesReader.key, readingPrefsReader.key]) as Promise<Record<string, unknown>>,
    browser.storage.local.get(MATCHER_KEY) as Promise<Record<string, unknown>>,
    libraryShownHere(browser),
  ]);
  const rules = siteRulesReader.parse(settings[siteRulesReader.key]);
  const prefs = readingPrefsReader.parse(settings[readingPrefsReader.key]);
  /** The matcher data under `key`; the library's falls back to the public one while it has none. */
  const read = async (key: string): Promise<unknown> => {
    const value = (await browser.storage.local.get(key))[key];
    return key === LIBRARY_MATCHER_KEY && !isMatcherData(value) ? read(MATCHER_KEY) : value;
  };
  let matcherKey = shown ? LIBRARY_MATCHER_KEY : MATCHER_KEY;
  const engine = new MentionEngine(
    matcherFrom(shown ? await read(LIBRARY_MATCHER_KEY) : stored[MATCHER_KEY]),
    prefs.highlightStyle,
    prefs.mentions,
  );
  let enabled = isSiteEnabled(rules, readerUrl());
  let idle = false;

  // The content script runs on every page: read it only once the page has settled.
  ctx.requestIdleCallback(
    guarded('Starting the mention engine', () => {
      idle = true;
      if (enabled && document.documentElement !== null) engine.start();
    }),
    { timeout: 500 },
  );

  const useMatcher = async (key: string) => {
    matcherKey = key;
    engine.setMatcher(matcherFrom(await read(key)));
  };
  const onMatcher = guarded('Following the names', (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(matcherKey in changes || MATCHER_KEY in changes)) return;
    const next = changes[matcherKey]?.newValue;
    if (isMatcherData(next)) engine.setMatcher(matcherFrom(next));
    // The library's matcher went (or is not there yet): the public one, read afresh.
    else useMatcher(matcherKey).catch((error: unknown) => reportFailure('Following the names', error));
  });
  browser.storage.onChanged.addListener(onMatcher);
  // Every frame, not only the top one: the background tells the whole tab when the reader chose, and each
  // frame asks whether that holds for it (a frame of another site on the page is not what the reader chose).
  const onMessage = (raw: unknown): undefined => {
    const message = raw as { type?: unknown } | null;
    if (message?.type !== 'context-cards:use-library') return undefined;
    libraryShownHere(browser)
      .then((here) => useMatcher(here ? LIBRARY_MATCHER_KEY : MATCHER_KEY))
      .catch((error: unknown) => reportFailure('Showing your documents', error));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = [
    siteRulesReader.watch(
      guarded('Following the site switch', (next) => {
        enabled = isSiteEnabled(next, readerUrl());
        if (!enabled) engine.stop();
        else if (idle) engine.start();
      }),
    ),
    readingPrefsReader.watch(
      guarded('Following the reading preferences', (next) => {
        engine.setStyle(next.highlightStyle);
        engine.setScope(next.mentions);
      }),
    ),
    () => browser.storage.onChanged.removeListener(onMatcher),
    () => browser.runtime.onMessage.removeListener(onMessage),
  ];
  ctx.onInvalidated(() => {
    for (const stop of unwatch) stop();
    engine.destroy();
  });
  return engine.index;
}

function matcherFrom(value: unknown): MentionMatcher {
  return isMatcherData(value) ? instantiateMatcher(value) : NO_MENTIONS;
}

/** Whether the reader showed their own documents' names on this frame's page (the background decides). */
function libraryShownHere(browser: ReturnType<typeof extensionApi>): Promise<boolean> {
  const ask: ToBackground = { type: 'context-cards:library-shown' };
  return browser.runtime.sendMessage(ask).then(
    (answer: unknown) => (answer as { shown?: unknown } | undefined)?.shown === true,
    () => false,
  );
}
