/**
 * Typed, versioned settings in `browser.storage.sync` (WXT storage items). Every read and every change
 * notification is checked against its schema: a corrupted or foreign value reads as the default (and
 * `isCorrupt()` says so), so a bad stored value never breaks a page.
 *
 * Versions: each stored value carries its item's version in WXT's metadata key (`context-cards-sites$`
 * holds `{ v: 1 }`). When a schema changes shape, bump `version` and add `migrations[version]`, which
 * WXT runs once on the old value before anything reads it. Sites and muted names are at version 1; the
 * reading preferences are at version 2, which added `mentions` (settings-schema.ts: upgradeReadingPrefs).
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  DEFAULT_MUTED_ENTITIES,
  DEFAULT_READING_PREFS,
  DEFAULT_SITE_RULES,
  mutedEntitiesSchema,
  READING_PREFS_VERSION,
  readingPrefsSchema,
  siteRulesSchema,
  upgradeReadingPrefs,
} from '@/utils/settings-schema';
import { defineSettingReader, type SettingReader } from './settings-read';

export interface Setting<T> {
  readonly key: string;
  readonly fallback: T;
  /** The stored value, or the fallback when it is missing or invalid. */
  get(): Promise<T>;
  /** Whether the stored value is present but invalid (then get() gives the fallback). */
  isCorrupt(): Promise<boolean>;
  /** Stores a value (rejects one its schema refuses), tagged with the item's version. */
  set(value: T): Promise<void>;
  /** Removes the stored value, so get() gives the fallback. */
  reset(): Promise<void>;
  /** Calls back with the valid new value (the fallback when invalid) on every change; returns unwatch. */
  watch(callback: (value: T) => void): () => void;
}

export interface SettingVersioning {
  /** The shape's version, from 1; bump it together with a migration to it. */
  version: number;
  /** `migrations[n]` turns a version n-1 value into version n. */
  migrations: Record<number, (value: unknown) => unknown>;
}

/** Exported for tests; the product's settings are the three items below. */
export function defineSetting<T>(
  reader: SettingReader<T>,
  { version, migrations }: SettingVersioning = { version: 1, migrations: {} },
): Setting<T> {
  const { key: rawKey, schema, fallback } = reader;
  const key = `sync:${rawKey}` as const;
  // Defined on first use: WXT starts an item's migration when it is defined, and importing this module
  // must not touch storage.
  let defined: WxtStorageItem<unknown, { v: number }> | undefined;
  const item = () => (defined ??= storage.defineItem<unknown, { v: number }>(key, { version, migrations }));
  return {
    key,
    fallback,
    // Reads here wait for a pending migration (getValue does); the content script reads without them.
    get: async () => reader.parse(await item().getValue()),
    isCorrupt: async () => {
      const raw = await item().getValue();
      return raw != null && !schema.safeParse(raw).success;
    },
    set: async (value) => {
      const checked = schema.parse(value);
      // getMeta waits for a pending migration. WXT tags a value with its version only when the item was
      // empty on definition; writing the tag with the value keeps it true after a reset or a foreign write.
      const meta = await item().getMeta();
      if (meta.v === version) return item().setValue(checked);
      await storage.setItems([
        { key, value: checked },
        { key: `${key}$`, value: { ...meta, v: version } },
      ]);
    },
    reset: () => item().removeValue(),
    watch: (callback) => reader.watch(callback),
  };
}

// The same keys the page's readers use (settings-read.ts), checked here with the zod schemas, whose errors
// say what is wrong with a value the options page or a settings file tries to store.
export const siteRulesSetting = defineSetting(defineSettingReader('sites', siteRulesSchema, DEFAULT_SITE_RULES));
export const mutedEntitiesSetting = defineSetting(
  defineSettingReader('muted', mutedEntitiesSchema, DEFAULT_MUTED_ENTITIES),
);
export const readingPrefsSetting = defineSetting(
  defineSettingReader('reading', readingPrefsSchema, DEFAULT_READING_PREFS, upgradeReadingPrefs),
  {
    version: READING_PREFS_VERSION,
    migrations: { 2: upgradeReadingPrefs },
  },
);
