/**
 * The settings' defaults and plain checks, without zod: what the injected mention engine needs to read
 * settings (utils/extension/settings-read.ts). Building zod schemas costs a page about 3 ms at evaluation
 * (issue 11), so the engine checks stored values with these functions, which accept exactly what the zod
 * schemas in settings-schema.ts accept (tests/unit/settings-check.test.ts compares them on a table of
 * values). The types still come from those schemas (a type-only import; nothing of zod is bundled).
 */
import type { MutedEntities, ReadingPrefs, SiteRules } from './settings-schema';

export const HOVER_DELAY_MIN = 150;
export const HOVER_DELAY_MAX = 1000;

/** The reading preferences' stored shape: version 2 added `mentions` (storage.defineItem versions). */
export const READING_PREFS_VERSION = 2;

export const DEFAULT_SITE_RULES: SiteRules = { mode: 'all-except', sites: [] };
export const DEFAULT_MUTED_ENTITIES: MutedEntities = [];
export const DEFAULT_READING_PREFS: ReadingPrefs = {
  hoverDelayMs: 350,
  highlightStyle: 'both',
  theme: 'auto',
  mentions: 'every',
};

/**
 * A version 1 value (no `mentions`: every mention was highlighted) as version 2; anything else unchanged.
 * The background's migration, the content script's reader and the settings file import all use it, so
 * a value stored before the upgrade reads the same everywhere, migrated or not.
 */
export function upgradeReadingPrefs(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'mentions' in value) return value;
  return { ...value, mentions: 'every' };
}

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf = <T extends string>(value: unknown, choices: readonly T[]): value is T =>
  typeof value === 'string' && (choices as readonly string[]).includes(value);

/** An index loop, not `every`, which would skip the holes of a sparse array that zod refuses. */
function stringsOf(value: unknown, min: number, max: number): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string' || item.length < min || item.length > max) return false;
  }
  return true;
}

/** Site rules as stored, or undefined when invalid; unknown keys are dropped, as zod's object does. */
export function checkSiteRules(value: unknown): SiteRules | undefined {
  if (!isRecord(value) || !oneOf(value.mode, ['all-except', 'only'] as const)) return undefined;
  if (!stringsOf(value.sites, 1, 253)) return undefined;
  return { mode: value.mode, sites: [...value.sites] };
}

export function checkMutedEntities(value: unknown): MutedEntities | undefined {
  return stringsOf(value, 1, 100) ? [...value] : undefined;
}

export function checkReadingPrefs(value: unknown): ReadingPrefs | undefined {
  if (!isRecord(value)) return undefined;
  const { hoverDelayMs, highlightStyle, theme, mentions } = value;
  if (
    typeof hoverDelayMs !== 'number' ||
    !Number.isSafeInteger(hoverDelayMs) ||
    hoverDelayMs < HOVER_DELAY_MIN ||
    hoverDelayMs > HOVER_DELAY_MAX
  )
    return undefined;
  if (!oneOf(highlightStyle, ['underline', 'tint', 'both'] as const)) return undefined;
  if (!oneOf(theme, ['auto', 'light', 'dark'] as const)) return undefined;
  if (!oneOf(mentions, ['every', 'first'] as const)) return undefined;
  return { hoverDelayMs, highlightStyle, theme, mentions };
}
