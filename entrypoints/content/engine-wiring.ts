import { MentionEngine } from '@/utils/dom/mention-engine';
import type { MentionIndex } from '@/utils/dom/mention-index';
import { readerUrl } from '@/utils/dom/reader-url';
import { guarded } from '@/utils/dom/report-failure';
import type { ScriptContext } from '@/utils/dom/script-context';
import { extensionApi } from '@/utils/extension/extension-api';
import { isMatcherData, MATCHER_KEY } from '@/utils/extension/page-plan';
import { readingPrefsReader, siteRulesReader } from '@/utils/extension/settings-read';
import { instantiateMatcher, type MentionMatcher } from '@/utils/match';
import { isSiteEnabled } from '@/utils/site-rules';

const NO_MENTIONS: MentionMatcher = () => [];

/**
 * Starts the mention engine on this frame when its site is enabled, once the page is idle, and follows the
 * settings live: the site switch, the highlight style, which mentions to highlight, and the matcher, which the background compiles from
 * the active entities (muted ones left out) and stores whenever they change.
 */
export async function wireEngine(ctx: ScriptContext): Promise<MentionIndex> {
  const browser = extensionApi();
  // Two reads, not three: each storage call costs a frame a few tenths of a millisecond on first use.
  const [settings, stored] = await Promise.all([
    browser.storage.sync.get([siteRulesReader.key, readingPrefsReader.key]) as Promise<Record<string, unknown>>,
    browser.storage.local.get(MATCHER_KEY) as Promise<Record<string, unknown>>,
  ]);
  const rules = siteRulesReader.parse(settings[siteRulesReader.key]);
  const prefs = readingPrefsReader.parse(settings[readingPrefsReader.key]);
  const engine = new MentionEngine(matcherFrom(stored[MATCHER_KEY]), prefs.highlightStyle, prefs.mentions);
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

  const onMatcher = guarded('Following the names', (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && MATCHER_KEY in changes) engine.setMatcher(matcherFrom(changes[MATCHER_KEY]?.newValue));
  });
  browser.storage.onChanged.addListener(onMatcher);
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
