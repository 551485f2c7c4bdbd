import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineSettingReader, readingPrefsReader } from '@/utils/extension/settings-read';
import * as z from 'zod/mini';
import {
  defineSetting,
  mutedEntitiesSetting,
  readingPrefsSetting,
  siteRulesSetting,
  type Setting,
} from '@/utils/extension/settings';
import {
  DEFAULT_MUTED_ENTITIES,
  DEFAULT_READING_PREFS,
  DEFAULT_SITE_RULES,
  READING_PREFS_VERSION,
  siteRulesSchema,
  upgradeReadingPrefs,
} from '@/utils/settings-schema';

const sync = () => fakeBrowser.storage.sync;

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each<[string, Setting<unknown>, unknown, unknown, number]>([
    ['sites', siteRulesSetting, DEFAULT_SITE_RULES, { mode: 'only', sites: ['example.com'] }, 1],
    ['muted', mutedEntitiesSetting, DEFAULT_MUTED_ENTITIES, ['hamas'], 1],
    [
      'reading',
      readingPrefsSetting,
      DEFAULT_READING_PREFS,
      { hoverDelayMs: 600, highlightStyle: 'tint', theme: 'dark', mentions: 'first' },
      2,
    ],
  ])(
    'stores %s in sync storage under context-cards-*, tagged with its version',
    async (name, setting, fallback, value, version) => {
      expect(setting.key).toBe(`sync:context-cards-${name}`);
      expect(await setting.get()).toEqual(fallback);
      expect(await setting.isCorrupt()).toBe(false);

      await setting.set(value);
      expect(await setting.get()).toEqual(value);
      expect(await sync().get(null)).toEqual({
        [`context-cards-${name}`]: value,
        [`context-cards-${name}$`]: { v: version },
      });

      await setting.reset();
      expect(await setting.get()).toEqual(fallback);
      expect(await setting.isCorrupt()).toBe(false);
    },
  );

  it('tags a value with its version even when it replaces one written without', async () => {
    await sync().set({ 'context-cards-muted': ['un'] });
    await mutedEntitiesSetting.set(['hamas']);
    expect(await sync().get('context-cards-muted$')).toEqual({ 'context-cards-muted$': { v: 1 } });
  });

  it('refuses to store a value its schema refuses', async () => {
    const bad = { hoverDelayMs: 5, highlightStyle: 'tint', theme: 'dark', mentions: 'every' } as const;
    await expect(readingPrefsSetting.set(bad)).rejects.toThrow();
    expect(await sync().get(null)).toEqual({});
  });

  it.each<[string, Setting<unknown>, unknown]>([
    ['sites of the wrong type', siteRulesSetting, 'example.com'],
    ['sites with an unknown mode', siteRulesSetting, { mode: 'never', sites: [] }],
    ['sites that are not strings', siteRulesSetting, { mode: 'only', sites: [1, 2] }],
    ['muted as an object', mutedEntitiesSetting, { hamas: true }],
    ['muted with an empty id', mutedEntitiesSetting, ['']],
    ['a hover delay out of range', readingPrefsSetting, { hoverDelayMs: 5000, highlightStyle: 'tint', theme: 'dark' }],
    ['an unknown highlight style', readingPrefsSetting, { hoverDelayMs: 350, highlightStyle: 'wavy', theme: 'dark' }],
    ['an unknown theme', readingPrefsSetting, { hoverDelayMs: 350, highlightStyle: 'tint', theme: 'sepia' }],
    [
      'an unknown mention scope',
      readingPrefsSetting,
      { hoverDelayMs: 350, highlightStyle: 'tint', theme: 'dark', mentions: 'some' },
    ],
    ['a number', readingPrefsSetting, 42],
  ])('reads %s as the default and reports it corrupt', async (_name, setting, stored) => {
    await sync().set({ [setting.key.replace('sync:', '')]: stored });
    expect(await setting.get()).toEqual(setting.fallback);
    expect(await setting.isCorrupt()).toBe(true);
    await setting.reset();
    expect(await setting.isCorrupt()).toBe(false);
  });

  it('gives watchers valid values only: the default for a corrupted one', async () => {
    const seen: unknown[] = [];
    const unwatch = readingPrefsSetting.watch((value) => seen.push(value));
    const prefs = { hoverDelayMs: 800, highlightStyle: 'underline', theme: 'light', mentions: 'every' } as const;
    await readingPrefsSetting.set(prefs);
    await sync().set({ 'context-cards-reading': { hoverDelayMs: 'slow' } });
    await readingPrefsSetting.reset();
    unwatch();
    await readingPrefsSetting.set(prefs);
    expect(seen).toEqual([prefs, DEFAULT_READING_PREFS, DEFAULT_READING_PREFS]);
  });

  describe('reading preferences, version 1 to 2', () => {
    const v1 = { hoverDelayMs: 600, highlightStyle: 'tint', theme: 'dark' };
    const v2 = { ...v1, mentions: 'every' };

    it('migrates a stored version 1 value (no `mentions`) to every mention, and records version 2', async () => {
      await sync().set({ 'context-cards-reading': v1, 'context-cards-reading$': { v: 1 } });
      const setting = defineSetting(readingPrefsReader, {
        version: READING_PREFS_VERSION,
        migrations: { 2: upgradeReadingPrefs },
      });
      expect(await setting.get()).toEqual(v2);
      expect(await sync().get(null)).toEqual({ 'context-cards-reading': v2, 'context-cards-reading$': { v: 2 } });
    });

    it('reads a version 1 value the same before any migration ran (the content script reads storage directly)', async () => {
      await sync().set({ 'context-cards-reading': v1 });
      expect(await readingPrefsReader.get()).toEqual(v2);
    });

    it('leaves other values to the schema', () => {
      expect(upgradeReadingPrefs(42)).toBe(42);
      expect(upgradeReadingPrefs(['x'])).toEqual(['x']);
      expect(upgradeReadingPrefs({ ...v1, mentions: 'first' })).toEqual({ ...v1, mentions: 'first' });
    });
  });

  describe('migrations', () => {
    // Version 1 of this test item stored a bare list of sites; version 2 stores { mode, sites }.
    const schemaV2 = z.object({ mode: z.enum(['all-except', 'only']), sites: z.array(z.string()) });
    const defineV2 = () =>
      defineSetting(
        defineSettingReader('test-sites', schemaV2, { mode: 'all-except', sites: [] } as z.infer<typeof schemaV2>),
        {
          version: 2,
          migrations: { 2: (sites) => ({ mode: 'all-except', sites }) },
        },
      );

    it('migrates a version 1 value once, before it is read, and records version 2', async () => {
      await sync().set({ 'context-cards-test-sites': ['example.com'], 'context-cards-test-sites$': { v: 1 } });
      const setting = defineV2();
      expect(await setting.get()).toEqual({ mode: 'all-except', sites: ['example.com'] });
      expect(await sync().get(null)).toEqual({
        'context-cards-test-sites': { mode: 'all-except', sites: ['example.com'] },
        'context-cards-test-sites$': { v: 2 },
      });
    });

    it('treats a value without a version as version 1', async () => {
      await sync().set({ 'context-cards-test-sites': ['a.org'] });
      expect(await defineV2().get()).toEqual({ mode: 'all-except', sites: ['a.org'] });
    });

    it('leaves a value that is already at version 2 alone', async () => {
      const value = { mode: 'only', sites: ['a.org'] };
      await sync().set({ 'context-cards-test-sites': value, 'context-cards-test-sites$': { v: 2 } });
      expect(await defineV2().get()).toEqual(value);
    });

    it('writes version 2 with a new value, so it is never migrated again', async () => {
      const setting = defineV2();
      await setting.set({ mode: 'only', sites: ['a.org'] });
      await setting.reset();
      await setting.set({ mode: 'only', sites: ['b.org'] });
      expect(await sync().get('context-cards-test-sites$')).toEqual({ 'context-cards-test-sites$': { v: 2 } });
      expect(await defineV2().get()).toEqual({ mode: 'only', sites: ['b.org'] });
    });

    it('falls back to the default when a value from a newer version cannot be read', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await sync().set({ 'context-cards-sites': { rules: [] }, 'context-cards-sites$': { v: 9 } });
      const setting = defineSetting(defineSettingReader('sites', siteRulesSchema, DEFAULT_SITE_RULES));
      expect(await setting.get()).toEqual(DEFAULT_SITE_RULES);
      expect(await setting.isCorrupt()).toBe(true);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('Migration failed'), expect.anything());
      error.mockRestore();
    });
  });
});
