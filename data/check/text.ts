/** Text helpers for the pack checks: paragraphs, alias occurrence, URL detection. Pure string work. */
import type { Alias } from '../schema';

/** The document's title: its first line. */
export function titleLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/** The document's paragraphs: the non-empty lines after the title line. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '');
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const UN_PREFIX = 'UN ';
const UN_FORMS = '(?:UN|U\\.N\\.|United\\s+Nations)';

/**
 * Whether an alias (or a name) occurs in the text as the matcher would find it: case-sensitive, whole
 * words, any whitespace run between words, either apostrophe, and a leading "UN " standing for
 * "U.N. " and "United Nations " too (schema.ts: aliasSchema).
 */
export function aliasOccurs(text: string, alias: Alias): boolean {
  const surface = (typeof alias === 'string' ? alias : alias.text).trim();
  const unPrefixed = surface.startsWith(UN_PREFIX);
  const words = (unPrefixed ? surface.slice(UN_PREFIX.length) : surface)
    .split(/\s+/)
    .map((word) => word.replace(REGEX_SPECIAL, '\\$&').replace(/['\u2019]/g, "['\u2019]"));
  const body = (unPrefixed ? `${UN_FORMS}\\s+` : '') + words.join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'u').test(text);
}

/**
 * A URL in any form: a scheme, a `www.` host, or a bare domain such as example.com (labels of two or
 * more characters, so "U.S." and "U.N." are not domains; file names such as a document's .txt are not).
 */
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S*|\b(?:[\p{L}\p{N}-]{2,}\.)+(?!(?:txt|json|ts)\b)\p{L}{2,}\b/iu;

export function findUrl(value: string): string | undefined {
  return URL_LIKE.exec(value)?.[0];
}

/** Every string inside a JSON value, with its path (`[3].aliases[1].text`). */
export function* stringsIn(value: unknown, path: readonly PropertyKey[] = []): Generator<[string, PropertyKey[]]> {
  if (typeof value === 'string') {
    yield [value, [...path]];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringsIn(item, [...path, index]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
  }
}
