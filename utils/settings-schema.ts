/**
 * The user's settings: their shapes, bounds and defaults. zod/mini keeps the content script small; every
 * stored or imported value goes through these schemas, and a value that fails falls back to its default.
 */
import * as z from 'zod/mini';
import { HOVER_DELAY_MAX, HOVER_DELAY_MIN } from './settings-check';

// The defaults, bounds and version live in settings-check.ts, beside the zod-free checks the injected
// engine uses; they are exported from here too, so the rest of the code has one place to import from.
export {
  DEFAULT_MUTED_ENTITIES,
  DEFAULT_READING_PREFS,
  DEFAULT_SITE_RULES,
  HOVER_DELAY_MAX,
  HOVER_DELAY_MIN,
  READING_PREFS_VERSION,
  upgradeReadingPrefs,
} from './settings-check';

export const siteRulesSchema = z.object({
  /** 'all-except': run everywhere but the listed sites (default). 'only': run on the listed sites only. */
  mode: z.enum(['all-except', 'only']),
  /** Hostnames (`example.com`, covering subdomains) or wildcards (`*.example.com`), lower case, punycode. */
  sites: z.array(z.string().check(z.minLength(1), z.maxLength(253))),
});
export type SiteRules = z.infer<typeof siteRulesSchema>;

export const mutedEntitiesSchema = z.array(z.string().check(z.minLength(1), z.maxLength(100)));
export type MutedEntities = z.infer<typeof mutedEntitiesSchema>;

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
