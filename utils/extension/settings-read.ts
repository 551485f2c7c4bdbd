/**
 * Reading the settings, and nothing else: what the content script needs on every page. It reads
 * `browser.storage.sync` directly (the keys WXT's storage items use, see settings.ts) and checks each value
 * with its zod/mini schema, so a corrupted or foreign value reads as the default. Writing, versions and
 * migrations stay in settings.ts, out of the content script's bundle (DESIGN.md budget: 25 KB gzip).
 */
import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import {
  DEFAULT_MUTED_ENTITIES,
  DEFAULT_READING_PREFS,
  DEFAULT_SITE_RULES,
  mutedEntitiesSchema,
  readingPrefsSchema,
  siteRulesSchema,
  upgradeReadingPrefs,
} from '@/utils/settings-schema';

export interface SettingReader<T> {
  /** The key in browser.storage.sync. */
  readonly key: string;
  readonly fallback: T;
  readonly schema: z.ZodMiniType<T>;
  /** A raw stored value checked: itself when valid, else the fallback. */
  parse(raw: unknown): T;
  /** The stored value, or the fallback when it is missing or invalid. */
  get(): Promise<T>;
  /** Calls back with the valid new value (the fallback when invalid) on every change; returns unwatch. */
  watch(callback: (value: T) => void): () => void;
}

/**
 * `upgrade` turns a value of an older version into the current shape: the content script reads storage
 * directly, possibly before the background has run the item's migration (settings.ts).
 */
export function defineSettingReader<T>(
  name: string,
  schema: z.ZodMiniType<T>,
  fallback: T,
  upgrade: (raw: unknown) => unknown = (raw) => raw,
): SettingReader<T> {
  const key = `context-cards-${name}`;
  const valid = (raw: unknown): T => {
    if (raw == null) return fallback;
    const parsed = schema.safeParse(upgrade(raw));
    return parsed.success ? parsed.data : fallback;
  };
  return {
    key,
    fallback,
    schema,
    parse: valid,
    get: async () => valid((await browser.storage.sync.get(key))[key]),
    watch: (callback) => {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'sync' && key in changes) callback(valid(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

export const siteRulesReader = defineSettingReader('sites', siteRulesSchema, DEFAULT_SITE_RULES);
export const mutedEntitiesReader = defineSettingReader('muted', mutedEntitiesSchema, DEFAULT_MUTED_ENTITIES);
export const readingPrefsReader = defineSettingReader(
  'reading',
  readingPrefsSchema,
  DEFAULT_READING_PREFS,
  upgradeReadingPrefs,
);
