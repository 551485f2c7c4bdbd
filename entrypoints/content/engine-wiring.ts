import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { entities } from '@/data/entities';
import { MentionEngine } from '@/utils/dom/mention-engine';
import type { MentionIndex } from '@/utils/dom/mention-index';
import { readerUrl } from '@/utils/dom/reader-url';
import { guarded } from '@/utils/dom/report-failure';
import { mutedEntitiesReader, readingPrefsReader, siteRulesReader } from '@/utils/extension/settings-read';
import { compileMatcher } from '@/utils/match';
import type { MutedEntities } from '@/utils/settings-schema';
import { isSiteEnabled } from '@/utils/site-rules';

/**
 * Starts the mention engine on this frame when its site is enabled, once the page is idle, and follows the
 * settings live: the site switch, muted entities, the highlight style and which mentions to highlight.
 */
export async function wireEngine(ctx: ContentScriptContext): Promise<MentionIndex> {
  const [rules, muted, prefs] = await Promise.all([
    siteRulesReader.get(),
    mutedEntitiesReader.get(),
    readingPrefsReader.get(),
  ]);
  let mutedNow = muted;
  const engine = new MentionEngine(matcherWithout(muted), prefs.highlightStyle, prefs.mentions);
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

  const unwatch = [
    siteRulesReader.watch(
      guarded('Following the site switch', (next) => {
        enabled = isSiteEnabled(next, readerUrl());
        if (!enabled) engine.stop();
        else if (idle) engine.start();
      }),
    ),
    mutedEntitiesReader.watch(
      guarded('Following muted entities', (next) => {
        if (sameList(next, mutedNow)) return;
        mutedNow = next;
        engine.setMatcher(matcherWithout(next));
      }),
    ),
    readingPrefsReader.watch(
      guarded('Following the reading preferences', (next) => {
        engine.setStyle(next.highlightStyle);
        engine.setScope(next.mentions);
      }),
    ),
  ];
  ctx.onInvalidated(() => {
    for (const stop of unwatch) stop();
    engine.destroy();
  });
  return engine.index;
}

function matcherWithout(muted: MutedEntities) {
  const silenced = new Set(muted);
  return compileMatcher(entities.filter((entity) => !silenced.has(entity.id)));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
