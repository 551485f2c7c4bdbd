import { describe, expect, it } from 'vitest';
import { checkMutedEntities, checkReadingPrefs, checkSiteRules } from '@/utils/settings-check';
import { mutedEntitiesSchema, readingPrefsSchema, siteRulesSchema } from '@/utils/settings-schema';

const prefs = { hoverDelayMs: 350, highlightStyle: 'both', theme: 'auto', mentions: 'every' };
const long = (n: number) => 'a'.repeat(n);

/** Values a store could hold: valid ones, each bound and one step past it, wrong types, extra keys. */
const SITE_RULES: unknown[] = [
  { mode: 'all-except', sites: [] },
  { mode: 'only', sites: ['example.com', '*.example.org'] },
  { mode: 'only', sites: [long(253)] },
  { mode: 'only', sites: [long(254)] },
  { mode: 'only', sites: [''] },
  { mode: 'some', sites: [] },
  { mode: 'only' },
  { mode: 'only', sites: 'example.com' },
  { mode: 'only', sites: [1] },
  // eslint-disable-next-line no-sparse-arrays
  { mode: 'only', sites: [, 'a.org'] },
  { mode: 'only', sites: ['a.org'], extra: true },
  ['example.com'],
  null,
  undefined,
  'only',
  42,
];

const MUTED: unknown[] = [[], ['hamas'], [long(100)], [long(101)], [''], [3], 'hamas', {}, null, [null]];

const READING: unknown[] = [
  prefs,
  { ...prefs, hoverDelayMs: 150 },
  { ...prefs, hoverDelayMs: 1000 },
  { ...prefs, hoverDelayMs: 149 },
  { ...prefs, hoverDelayMs: 1001 },
  { ...prefs, hoverDelayMs: 350.5 },
  { ...prefs, hoverDelayMs: Number.NaN },
  { ...prefs, hoverDelayMs: '350' },
  { ...prefs, highlightStyle: 'tint', theme: 'dark', mentions: 'first' },
  { ...prefs, highlightStyle: 'underline', theme: 'light' },
  { ...prefs, highlightStyle: 'bold' },
  { ...prefs, theme: 'sepia' },
  { ...prefs, mentions: 'some' },
  { hoverDelayMs: 350, highlightStyle: 'both', theme: 'auto' },
  { ...prefs, extra: 1 },
  [prefs],
  null,
  'both',
];

describe('settings-check', () => {
  it.each([
    ['site rules', SITE_RULES, checkSiteRules, siteRulesSchema],
    ['muted names', MUTED, checkMutedEntities, mutedEntitiesSchema],
    ['reading preferences', READING, checkReadingPrefs, readingPrefsSchema],
  ] as const)('reads %s exactly as the zod schema does', (_name, values, check, schema) => {
    for (const value of values) {
      const parsed = (schema as { safeParse(v: unknown): { success: boolean; data?: unknown } }).safeParse(value);
      expect({ value, read: (check as (v: unknown) => unknown)(value) }).toEqual({
        value,
        read: parsed.success ? parsed.data : undefined,
      });
    }
  });
});
