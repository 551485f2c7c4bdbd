import { describe, expect, it } from 'vitest';
import {
  checkSettingsFileSize,
  parseSettingsFile,
  serializeSettings,
  settingsFileName,
  type AllSettings,
} from '@/utils/settings-file';
import { DEFAULT_MUTED_ENTITIES, DEFAULT_READING_PREFS, DEFAULT_SITE_RULES } from '@/utils/settings-schema';

const settings: AllSettings = {
  sites: { mode: 'only', sites: ['example.com', '*.xn--bcher-kva.de', '[::1]'] },
  muted: ['hamas', 'donald-trump'],
  reading: { hoverDelayMs: 500, highlightStyle: 'tint', theme: 'dark', mentions: 'first' },
};

/** A settings file with some fields replaced. */
function file(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...JSON.parse(serializeSettings(settings)), ...overrides });
}

describe('settings-file', () => {
  it('exports the format, the version and every setting', () => {
    expect(JSON.parse(serializeSettings(settings))).toEqual({
      format: 'context-cards-settings',
      version: 1,
      ...settings,
    });
  });

  it.each([
    ['the current settings', settings],
    ['the defaults', { sites: DEFAULT_SITE_RULES, muted: DEFAULT_MUTED_ENTITIES, reading: DEFAULT_READING_PREFS }],
  ])('imports what it exported: %s', (_name, value) => {
    expect(parseSettingsFile(serializeSettings(value))).toEqual({ ok: true, settings: value });
  });

  it('reads a file saved before reading preferences had `mentions` as every mention', () => {
    const old = file({ reading: { hoverDelayMs: 500, highlightStyle: 'tint', theme: 'dark' } });
    expect(parseSettingsFile(old)).toEqual({
      ok: true,
      settings: { ...settings, reading: { ...settings.reading, mentions: 'every' } },
    });
  });

  it.each([
    [
      'normalises sites as the Site field does',
      file({ sites: { mode: 'all-except', sites: ['Bücher.DE', 'https://example.com/a'] } }),
      { mode: 'all-except', sites: ['xn--bcher-kva.de', 'example.com'] },
      settings.muted,
    ],
    [
      'drops duplicate sites',
      file({ sites: { mode: 'all-except', sites: ['example.com', 'EXAMPLE.com.'] } }),
      { mode: 'all-except', sites: ['example.com'] },
      settings.muted,
    ],
    ['drops duplicate muted ids', file({ muted: ['hamas', 'hamas'] }), settings.sites, ['hamas']],
    ['ignores unknown top-level fields', file({ comment: 'from my laptop' }), settings.sites, settings.muted],
    ['reads a file with a byte order mark', `\uFEFF${file()}`, settings.sites, settings.muted],
  ])('%s', (_name, text, sites, muted) => {
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: { ...settings, sites, muted } });
  });

  it.each([
    ['not JSON', 'hello', /^The file is not valid JSON \(.+\)\.$/],
    ['empty', '', /^The file is not valid JSON \(.+\)\.$/],
    ['truncated JSON', file().slice(0, 40), /^The file is not valid JSON/],
    ['a JSON list', '[]', 'This is not a Context Cards settings file: it has no "format": "context-cards-settings".'],
    ['JSON null', 'null', 'This is not a Context Cards settings file: it has no "format": "context-cards-settings".'],
    [
      'no format',
      file({ format: undefined }),
      'This is not a Context Cards settings file: it has no "format": "context-cards-settings".',
    ],
    [
      'another format',
      file({ format: 'dark-reader' }),
      'This is not a Context Cards settings file: its format is “dark-reader”, not “context-cards-settings”.',
    ],
    [
      'no version',
      file({ version: undefined }),
      'The file has no valid “version”; this Context Cards reads settings version 1.',
    ],
    [
      'a version as text',
      file({ version: '1' }),
      'The file has no valid “version”; this Context Cards reads settings version 1.',
    ],
    [
      'a newer version',
      file({ version: 2 }),
      'The file is settings version 2, from a newer Context Cards; this one reads version 1.',
    ],
    [
      'version 0',
      file({ version: 0 }),
      'The file is settings version 0, which is unknown; Context Cards reads version 1.',
    ],
    ['no sites', file({ sites: undefined }), 'The file has no “sites”.'],
    ['sites as a list', file({ sites: ['example.com'] }), 'The file’s “sites” should be an object, not a list.'],
    [
      'an unknown mode',
      file({ sites: { mode: 'never', sites: [] } }),
      'The file’s “sites.mode” should be one of "all-except", "only" (it is "never").',
    ],
    [
      'a site that is a number',
      file({ sites: { mode: 'only', sites: ['a.com', 42] } }),
      'The file’s “sites.sites[1]” should be text, not a number.',
    ],
    [
      'an empty site',
      file({ sites: { mode: 'only', sites: [''] } }),
      'The file’s “sites.sites[0]” should not be empty.',
    ],
    [
      'an invalid site',
      file({ sites: { mode: 'only', sites: ['ok.com', 'exa mple.com'] } }),
      'The file’s “sites.sites[1]” (“exa mple.com”) is not a valid site: A site name can’t contain spaces.',
    ],
    [
      'a site with another scheme',
      file({ sites: { mode: 'only', sites: ['ftp://a.com'] } }),
      'The file’s “sites.sites[0]” (“ftp://a.com”) is not a valid site: Only web sites (http or https) can be added, not ftp: addresses.',
    ],
    ['muted as text', file({ muted: 'hamas' }), 'The file’s “muted” should be a list, not text.'],
    [
      'a muted id that is too long',
      file({ muted: ['x'.repeat(101)] }),
      'The file’s “muted[0]” should be at most 100 characters long.',
    ],
    ['no reading prefs', file({ reading: undefined }), 'The file has no “reading”.'],
    [
      'a hover delay out of range',
      file({ reading: { ...settings.reading, hoverDelayMs: 5000 } }),
      'The file’s “reading.hoverDelayMs” should be at most 1000 (it is 5000).',
    ],
    [
      'a hover delay too short',
      file({ reading: { ...settings.reading, hoverDelayMs: 10 } }),
      'The file’s “reading.hoverDelayMs” should be at least 150 (it is 10).',
    ],
    [
      'a fractional hover delay',
      file({ reading: { ...settings.reading, hoverDelayMs: 350.5 } }),
      'The file’s “reading.hoverDelayMs” should be a whole number, not 350.5.',
    ],
    [
      'a hover delay as text',
      file({ reading: { ...settings.reading, hoverDelayMs: '350' } }),
      'The file’s “reading.hoverDelayMs” should be a number, not text.',
    ],
    [
      'an unknown highlight style',
      file({ reading: { ...settings.reading, highlightStyle: 'wavy' } }),
      'The file’s “reading.highlightStyle” should be one of "underline", "tint", "both" (it is "wavy").',
    ],
    [
      'a missing theme',
      file({ reading: { hoverDelayMs: 350, highlightStyle: 'tint' } }),
      'The file has no “reading.theme”.',
    ],
    [
      'too many sites for sync storage',
      file({ sites: { mode: 'only', sites: Array.from({ length: 500 }, (_, i) => `site-${i}.example`) } }),
      'The file’s “sites” is too large for the browser’s sync storage (at most 8 KB per setting).',
    ],
  ])('refuses %s', (_name, text, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('refuses text over 1 MB before parsing it', () => {
    const text = file({ padding: 'x'.repeat(1_400_000) });
    expect(parseSettingsFile(text)).toEqual({
      ok: false,
      message: 'The file is 1.4 MB; settings files are at most 1 MB.',
    });
  });

  it.each([
    [1_000_000, undefined],
    [1_000_001, 'The file is 1,000,001 bytes; settings files are at most 1 MB.'],
    [1_400_000, 'The file is 1.4 MB; settings files are at most 1 MB.'],
    [52_000_000, 'The file is 52.0 MB; settings files are at most 1 MB.'],
  ])('checks a file of %i bytes: %s', (bytes, message) => {
    expect(checkSettingsFileSize(bytes)).toBe(message);
  });

  it('names the file with the local date', () => {
    expect(settingsFileName(new Date(2025, 0, 31, 23, 59))).toBe('context-cards-settings-2025-01-31.json');
  });
});
