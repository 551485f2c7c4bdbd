/**
 * Keeps what pages read in storage.local current (page-plan.ts): compiles the matchers from the active
 * entities when they changed (not on every page, not on every start of the background), and mirrors the
 * site rules beside the prefilter's hashes so the every-page script needs one read. The public names feed
 * the prefilter and the engine on every page; the reader's own documents' names are compiled apart
 * (LIBRARY_MATCHER_KEY), read only by a frame where the reader asked to see them.
 */
import { browser } from 'wxt/browser';
import { compileMatcherData } from '@/utils/match/matcher-data';
import { activeEntities, type ActiveEntities } from './active-entities';
import { FIRST_LOOK_KEY, isFirstLook, LIBRARY_MATCHER_KEY, MATCHER_KEY, type FirstLook } from './page-plan';
import { siteRulesSetting } from './settings';

/** Writes are chained: a change arriving mid-compile is applied after it, never interleaved. */
let queue: Promise<void> = Promise.resolve();

export function publishMatcher(options: { force?: boolean } = {}): Promise<void> {
  queue = queue
    .then(() => publish(options.force ?? false))
    .catch((error) => {
      console.warn('[Context Cards] Compiling the names for pages failed:', error);
    });
  return queue;
}

async function publish(force: boolean): Promise<void> {
  const sets = await activeEntities(browser.runtime.getManifest().version);
  await publishPublic(sets.public, force);
  await publishLibrary(sets.all, force);
}

async function publishLibrary(all: ActiveEntities | undefined, force: boolean): Promise<void> {
  const stored = (await browser.storage.local.get(LIBRARY_MATCHER_KEY))[LIBRARY_MATCHER_KEY] as
    { source?: unknown } | undefined;
  if (all === undefined) {
    if (stored !== undefined) await browser.storage.local.remove(LIBRARY_MATCHER_KEY);
    return;
  }
  if (!force && stored?.source === all.source) return;
  await browser.storage.local.set({
    [LIBRARY_MATCHER_KEY]: { ...compileMatcherData(all.entities), source: all.source },
  });
}

async function publishPublic({ entities, source }: ActiveEntities, force: boolean): Promise<void> {
  const sites = await siteRulesSetting.get();
  const stored = (await browser.storage.local.get(FIRST_LOOK_KEY))[FIRST_LOOK_KEY];
  const current = isFirstLook(stored) ? stored : undefined;
  if (!force && current?.source === source) {
    // Same names: only the site rules may have changed.
    if (JSON.stringify(current.sites) !== JSON.stringify(sites))
      await browser.storage.local.set({ [FIRST_LOOK_KEY]: { ...current, sites } });
    return;
  }
  const data = compileMatcherData(entities);
  const { words, prefixes, capsWords, unWords, firstChars } = data;
  const look: FirstLook = { sites, words, prefixes, capsWords, unWords, firstChars, source };
  // The matcher first: a page that sees the new hashes finds the matching engine data already there.
  await browser.storage.local.set({ [MATCHER_KEY]: data });
  await browser.storage.local.set({ [FIRST_LOOK_KEY]: look });
}
