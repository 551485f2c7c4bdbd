/**
 * The user's settings: their shapes, bounds and defaults. zod/mini keeps the content script small; every
 * stored or imported value goes through these schemas, and a value that fails falls back to its default.
 */
import * as z from 'zod/mini';

export const siteRulesSchema = z.object({
  /** 'all-except': run everywhere but the listed sites (default). 'only': run on the listed sites only. */
  mode: z.enum(['all-except', 'only']),
  /** Hostnames (`example.com`, covering subdomains) or wildcards (`*.example.com`), lower case, punycode. */
  sites: z.array(z.string().check(z.minLength(1), z.maxLength(253))),
});
export type SiteRules = z.infer<typeof siteRulesSchema>;

export const mutedEntitiesSchema = z.array(z.string().check(z.minLength(1), z.maxLength(100)));
export type MutedEntities = z.infer<typeof mutedEntitiesSchema>;

export const HOVER_DELAY_MIN = 150;
export const HOVER_DELAY_MAX = 1000;

export const readingPrefsSchema = z.object({
  /** How long the pointer rests on a mention before its card opens. */
  hoverDelayMs: z.number().check(z.int(), z.gte(HOVER_DELAY_MIN), z.lte(HOVER_DELAY_MAX)),
  highlightStyle: z.enum(['underline', 'tint', 'both']),
  theme: z.enum(['auto', 'light', 'dark']),
  /** 'every': highlight every mention (default). 'first': only each name's first mention on the page. */
  mentions: z.enum(['every', 'first']),
});
export type ReadingPrefs = z.infer<typeof readingPrefsSchema>;
export type HighlightStyle = ReadingPrefs['highlightStyle'];
export type MentionScope = ReadingPrefs['mentions'];

/** The reading preferences' stored shape: version 2 added `mentions` (storage.defineItem versions). */
export const READING_PREFS_VERSION = 2;

/**
 * A version 1 value (no `mentions`: every mention was highlighted) as version 2; anything else unchanged.
 * The background's migration, the content script's reader and the settings file import all use it, so
 * a value stored before the upgrade reads the same everywhere, migrated or not.
 */
export function upgradeReadingPrefs(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'mentions' in value) return value;
  return { ...value, mentions: 'every' };
}

export const DEFAULT_SITE_RULES: SiteRules = { mode: 'all-except', sites: [] };
export const DEFAULT_MUTED_ENTITIES: MutedEntities = [];
export const DEFAULT_READING_PREFS: ReadingPrefs = {
  hoverDelayMs: 350,
  highlightStyle: 'both',
  theme: 'auto',
  mentions: 'every',
};
