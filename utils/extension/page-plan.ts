/**
 * What pages read from `browser.storage.local`, written by the background whenever the active entities or
 * the site rules change, so that no page compiles anything:
 * - `context-cards-first-look`: all the every-page script needs, in one read: the site rules and the
 *   prefilter's word hashes;
 * - `context-cards-matcher`: the compiled matcher the engine instantiates once the prefilter found a name.
 * - `context-cards-library-matcher`: the same for the public names and those of the reader's own
 *   documents, read only by frames of a tab where the reader asked to see them (absent when the reader's
 *   documents add no name).
 * Plain data, checked with plain type tests where read (the every-page script carries no zod).
 */
import type { MatcherData } from '@/utils/match/matcher-data';
import type { SiteRules } from '@/utils/settings-schema';

export const FIRST_LOOK_KEY = 'context-cards-first-look';
export const MATCHER_KEY = 'context-cards-matcher';
export const LIBRARY_MATCHER_KEY = 'context-cards-library-matcher';

export interface FirstLook {
  sites: SiteRules;
  words: number[];
  prefixes: number[];
  capsWords: number[];
  unWords: number[];
  firstChars: string;
  /** What the matcher was compiled from (muted entities, library revision), to skip needless rewrites. */
  source: string;
}

export function isFirstLook(value: unknown): value is FirstLook {
  const look = value as Partial<FirstLook> | null | undefined;
  return (
    typeof look === 'object' &&
    look !== null &&
    Array.isArray(look.words) &&
    Array.isArray(look.prefixes) &&
    Array.isArray(look.capsWords) &&
    Array.isArray(look.unWords) &&
    typeof look.firstChars === 'string' &&
    typeof look.sites === 'object' &&
    look.sites !== null &&
    Array.isArray(look.sites.sites) &&
    (look.sites.mode === 'all-except' || look.sites.mode === 'only')
  );
}

export function isMatcherData(value: unknown): value is MatcherData {
  const data = value as Partial<MatcherData> | null | undefined;
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray(data.entityIds) &&
    Array.isArray(data.groupHashes) &&
    Array.isArray(data.groupStarts) &&
    typeof data.forms === 'string' &&
    typeof data.firstChars === 'string' &&
    Array.isArray(data.words)
  );
}
