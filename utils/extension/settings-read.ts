/**
 * Reading the settings, and nothing else: what the injected mention engine needs. It reads
 * `browser.storage.sync` directly (the keys WXT's storage items use, see settings.ts) and checks each value,
 * so a corrupted or foreign value reads as the default. The engine's readers check with the plain functions
 * of settings-check.ts (no zod and no polyfill to evaluate in every frame that has a name, issue 11);
 * settings.ts defines the same readers with the zod schemas, for writing, versions and migrations.
 */
import {
  checkMutedEntities,
  checkReadingPrefs,
  checkSiteRules,
  DEFAULT_MUTED_ENTITIES,
  DEFAULT_READING_PREFS,
  DEFAULT_SITE_RULES,
  upgradeReadingPrefs,
} from '@/utils/settings-check';
import { extensionApi } from './extension-api';

/** What a reader checks values with: a zod schema, or a plain check (`plainCheck`). */
export interface SettingCheck<T> {
  safeParse(raw: unknown): { success: true; data: T } | { success: false };
  /** The value checked, or an error saying what is wrong. */
  parse(raw: unknown): T;
}

export interface SettingReader<T> {
  /** The key in browser.storage.sync. */
  readonly key: string;
  readonly fallback: T;
  readonly schema: SettingCheck<T>;
  /** A raw stored value checked: itself when valid, else the fallback. */
  parse(raw: unknown): T;
  /** The stored value, or the fallback when it is missing or invalid. */
  get(): Promise<T>;
  /** Calls back with the valid new value (the fallback when invalid) on every change; returns unwatch. */
  watch(callback: (value: T) => void): () => void;
}

/** A check written by hand (the value, or undefined when invalid) as a SettingCheck. */
export function plainCheck<T>(check: (raw: unknown) => T | undefined, what: string): SettingCheck<T> {
  return {
    safeParse: (raw) => {
      const data = check(raw);
      return data === undefined ? { success: false } : { success: true, data };
    },
    parse: (raw) => {
      const data = check(raw);
      if (data === undefined) throw new TypeError(`Not valid ${what}.`);
      return data;
    },
  };
}

/**
 * `upgrade` turns a value of an older version into the current shape: the content script reads storage
 * directly, possibly before the background has run the item's migration (settings.ts).
 */
export function defineSettingReader<T>(
  name: string,
  schema: SettingCheck<T>,
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
    get: async () => {
      const items: Record<string, unknown> = await extensionApi().storage.sync.get(key);
      return valid(items[key]);
    },
    watch: (callback) => {
      const api = extensionApi();
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'sync' && key in changes) callback(valid(changes[key]?.newValue));
      };
      api.storage.onChanged.addListener(listener);
      return () => api.storage.onChanged.removeListener(listener);
    },
  };
}

export const siteRulesReader = defineSettingReader(
  'sites',
  plainCheck(checkSiteRules, 'site rules'),
  DEFAULT_SITE_RULES,
);
export const mutedEntitiesReader = defineSettingReader(
  'muted',
  plainCheck(checkMutedEntities, 'muted names'),
  DEFAULT_MUTED_ENTITIES,
);
export const readingPrefsReader = defineSettingReader(
  'reading',
  plainCheck(checkReadingPrefs, 'reading preferences'),
  DEFAULT_READING_PREFS,
  upgradeReadingPrefs,
);
