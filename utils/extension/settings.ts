/**
 * Typed, versioned settings in `browser.storage.sync` (WXT storage items). Every read and every change
 * notification is checked against its schema: a corrupted or foreign value reads as the default (and is
 * reported through `onCorrupt`), so a bad stored value never breaks a page.
 */
import { storage } from 'wxt/utils/storage';
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
  set(value: T): Promise<void>;
  reset(): Promise<void>;
  /** Calls back with the valid new value (the fallback when invalid) on every change; returns unwatch. */
  watch(callback: (value: T) => void): () => void;
}

function defineSetting<T>(name: string, schema: z.ZodMiniType<T>, fallback: T): Setting<T> {
  const key = `sync:context-cards-${name}` as const;
  const item = storage.defineItem<unknown>(key, { version: 1 });
  const valid = (raw: unknown): T => {
    if (raw == null) return fallback;
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    key,
    fallback,
    get: async () => valid(await item.getValue()),
    isCorrupt: async () => {
      const raw = await item.getValue();
      return raw != null && !schema.safeParse(raw).success;
    },
    set: (value) => item.setValue(value),
    reset: () => item.removeValue(),
    watch: (callback) => item.watch((raw) => callback(valid(raw))),
  };
}

export const siteRulesSetting = defineSetting('sites', siteRulesSchema, DEFAULT_SITE_RULES);
export const mutedEntitiesSetting = defineSetting('muted', mutedEntitiesSchema, DEFAULT_MUTED_ENTITIES);
export const readingPrefsSetting = defineSetting('reading', readingPrefsSchema, DEFAULT_READING_PREFS);
