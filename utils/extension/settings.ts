/**
 * Typed, versioned settings in `browser.storage.sync` (WXT storage items). Every read and every change
 * notification is checked against its schema: a corrupted or foreign value reads as the default (and
 * `isCorrupt()` says so), so a bad stored value never breaks a page.
 *
 * Versions: each stored value carries its item's version in WXT's metadata key (`context-cards-sites$`
 * holds `{ v: 1 }`). When a schema changes shape, bump `version` and add `migrations[version]`, which
 * WXT runs once on the old value before anything reads it. All three items are at version 1: nothing
 * older was ever stored, so there is no migration to write yet (tests/unit/settings-storage.test.ts
 * proves the mechanism with a test item).
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type * as z from 'zod/mini';
import {
  DEFAULT_MUTED_ENTITIES,
  DEFAULT_READING_PREFS,
  DEFAULT_SITE_RULES,
  mutedEntitiesSchema,
  readingPrefsSchema,
  siteRulesSchema,
} from '@/utils/settings-schema';

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
  name: string,
  schema: z.ZodMiniType<T>,
  fallback: T,
  { version, migrations }: SettingVersioning = { version: 1, migrations: {} },
): Setting<T> {
  const key = `sync:context-cards-${name}` as const;
  // Defined on first use: WXT starts an item's migration when it is defined, and importing this module
  // must not touch storage.
  let defined: WxtStorageItem<unknown, { v: number }> | undefined;
  const item = () => (defined ??= storage.defineItem<unknown, { v: number }>(key, { version, migrations }));
  const valid = (raw: unknown): T => {
    if (raw == null) return fallback;
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    key,
    fallback,
    get: async () => valid(await item().getValue()),
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
    watch: (callback) => item().watch((raw) => callback(valid(raw))),
  };
}

export const siteRulesSetting = defineSetting('sites', siteRulesSchema, DEFAULT_SITE_RULES);
export const mutedEntitiesSetting = defineSetting('muted', mutedEntitiesSchema, DEFAULT_MUTED_ENTITIES);
export const readingPrefsSetting = defineSetting('reading', readingPrefsSchema, DEFAULT_READING_PREFS);
