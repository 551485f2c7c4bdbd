/**
 * The settings file people export and import: `{ format, version, sites, muted, reading }` as JSON.
 * An import is all or nothing: `parseSettingsFile` either returns every setting, checked and normalised,
 * or one sentence naming what is wrong (and the caller writes nothing).
 */
import * as z from 'zod/mini';
import {
  mutedEntitiesSchema,
  readingPrefsSchema,
  upgradeReadingPrefs,
  siteRulesSchema,
  type MutedEntities,
  type ReadingPrefs,
  type SiteRules,
} from '@/utils/settings-schema';
import { parseSiteInput } from '@/utils/site-input';
import { fitsSyncItem, utf8Length } from '@/utils/sync-quota';

export const SETTINGS_FILE_FORMAT = 'context-cards-settings';
export const SETTINGS_FILE_VERSION = 1;
export const SETTINGS_FILE_MAX_BYTES = 1_000_000;

export interface AllSettings {
  sites: SiteRules;
  muted: MutedEntities;
  reading: ReadingPrefs;
}

export type SettingsFileCheck = { ok: true; settings: AllSettings } | { ok: false; message: string };

// Unknown top-level keys are ignored (a later file version may add some); known ones must be valid.
const settingsSchema = z.object({ sites: siteRulesSchema, muted: mutedEntitiesSchema, reading: readingPrefsSchema });

const fail = (message: string): SettingsFileCheck => ({ ok: false, message });

export function serializeSettings(settings: AllSettings): string {
  const file = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, ...settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `context-cards-settings-2025-01-31.json`, dated in the reader's time zone. */
export function settingsFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `context-cards-settings-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** A refusal for files over 1 MB (checked on the file's size before reading it), else undefined. */
export function checkSettingsFileSize(bytes: number): string | undefined {
  if (bytes <= SETTINGS_FILE_MAX_BYTES) return undefined;
  const megabytes = (bytes / 1_000_000).toFixed(1);
  const size = megabytes === '1.0' ? `${bytes.toLocaleString('en')} bytes` : `${megabytes} MB`;
  return `The file is ${size}; settings files are at most 1 MB.`;
}

export function parseSettingsFile(text: string): SettingsFileCheck {
  const tooBig = checkSettingsFileSize(utf8Length(text));
  if (tooBig !== undefined) return fail(tooBig);
  let json: unknown;
  try {
    // Editors on Windows may save a byte order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const header = checkHeader(json);
  if (header !== undefined) return fail(header);
  // A file saved before reading preferences had `mentions` reads as "every mention", as stored values do.
  const record = json as Record<string, unknown>;
  const upgraded = 'reading' in record ? { ...record, reading: upgradeReadingPrefs(record.reading) } : json;
  const parsed = settingsSchema.safeParse(upgraded, { reportInput: true });
  if (!parsed.success) return fail(describeIssue(parsed.error.issues[0]));
  const { sites, muted, reading } = parsed.data;
  const rules: string[] = [];
  for (const [index, raw] of sites.sites.entries()) {
    const site = parseSiteInput(raw);
    if (!site.ok) return fail(`The file’s “sites.sites[${index}]” (“${raw}”) is not a valid site: ${site.message}`);
    if (!rules.includes(site.site)) rules.push(site.site);
  }
  const settings: AllSettings = { sites: { mode: sites.mode, sites: rules }, muted: [...new Set(muted)], reading };
  for (const [name, value] of Object.entries(settings)) {
    if (!fitsSyncItem(value)) {
      return fail(`The file’s “${name}” is too large for the browser’s sync storage (at most 8 KB per setting).`);
    }
  }
  return { ok: true, settings };
}

function checkHeader(json: unknown): string | undefined {
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  const { format, version } = isObject ? (json as Record<string, unknown>) : {};
  if (format !== SETTINGS_FILE_FORMAT) {
    return typeof format === 'string'
      ? `This is not a Context Cards settings file: its format is “${format}”, not “${SETTINGS_FILE_FORMAT}”.`
      : `This is not a Context Cards settings file: it has no "format": "${SETTINGS_FILE_FORMAT}".`;
  }
  if (version === SETTINGS_FILE_VERSION) return undefined;
  if (typeof version !== 'number') {
    return `The file has no valid “version”; this Context Cards reads settings version ${SETTINGS_FILE_VERSION}.`;
  }
  return version > SETTINGS_FILE_VERSION && Number.isInteger(version)
    ? `The file is settings version ${version}, from a newer Context Cards; this one reads version ${SETTINGS_FILE_VERSION}.`
    : `The file is settings version ${version}, which is unknown; Context Cards reads version ${SETTINGS_FILE_VERSION}.`;
}

type Issue = z.core.$ZodIssue;

function pathOf(path: Issue['path']): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isInteger(value)) return String(value);
  return NOUNS[typeof value] ?? typeof value;
}

/** One sentence naming the field (`reading.hoverDelayMs`) and what it should be. */
export function describeIssue(issue: Issue | undefined): string {
  if (issue === undefined) return 'The file is not a valid settings file.';
  const field = `“${pathOf(issue.path)}”`;
  const input: unknown = issue.input;
  const was = input === undefined ? '' : ` (it is ${JSON.stringify(input)})`;
  const isMissing = input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
  if (isMissing) return `The file has no ${field}.`;
  switch (issue.code) {
    case 'invalid_type':
      return `The file’s ${field} should be ${NOUNS[issue.expected] ?? issue.expected}, not ${kindOf(input)}.`;
    case 'invalid_value':
      return `The file’s ${field} should be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}${was}.`;
    case 'too_big':
    case 'too_small': {
      if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) {
        return `The file’s ${field} should not be empty.`;
      }
      const bound = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
      const unit = issue.origin === 'string' ? ' characters long' : issue.origin === 'array' ? ' items long' : '';
      return `The file’s ${field} should be ${bound}${unit}${issue.origin === 'number' ? was : ''}.`;
    }
    default:
      return `The file’s ${field} is not valid.`;
  }
}
