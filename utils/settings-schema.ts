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
});
export type ReadingPrefs = z.infer<typeof readingPrefsSchema>;
export type HighlightStyle = ReadingPrefs['highlightStyle'];

export const DEFAULT_SITE_RULES: SiteRules = { mode: 'all-except', sites: [] };
export const DEFAULT_MUTED_ENTITIES: MutedEntities = [];
export const DEFAULT_READING_PREFS: ReadingPrefs = { hoverDelayMs: 350, highlightStyle: 'both', theme: 'auto' };
