/**
 * Turns the pack's aliases into the surface forms the matcher searches for: each form has a lookup key
 * (one space between words, ASCII apostrophes) and a regular-expression source that allows any run of
 * whitespace between words and either apostrophe.
 */
import type { Alias, AliasGuard } from '@/data/schema';
import { isSpaceCode } from './boundaries';

export interface AliasVariant {
  /** Canonical text: words joined by one space, `’` written as `'`. */
  key: string;
  /** Regular-expression source for this form, without boundaries. */
  pattern: string;
  guard: AliasGuard | undefined;
}

/** A leading "UN " also stands for these (schema.ts: aliasSchema). */
const UN_PREFIX = 'UN ';
const UN_EXPANSIONS = ['UN ', 'U.N. ', 'United Nations '];

const WHITESPACE_RUN = /\s+/g;
const CURLY_APOSTROPHE = /\u2019/g;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** The lookup key of an alias or of a matched substring. */
export function aliasKey(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').replace(CURLY_APOSTROPHE, "'");
}

/** Every surface form of one alias, in the order of UN_EXPANSIONS. Empty for a blank alias. */
export function aliasVariants(alias: Alias): AliasVariant[] {
  const text = typeof alias === 'string' ? alias : alias.text;
  const guard = typeof alias === 'string' ? undefined : alias.guard;
  const key = aliasKey(text.trim());
  if (key === '') return [];
  const keys = key.startsWith(UN_PREFIX) ? UN_EXPANSIONS.map((prefix) => prefix + key.slice(UN_PREFIX.length)) : [key];
  return keys.map((variantKey) => ({ key: variantKey, pattern: keyPattern(variantKey), guard }));
}

/** Words escaped and joined by `\s+` (JS `\s` includes NBSP, narrow NBSP and line breaks); `'` matches `’`. */
export function keyPattern(key: string): string {
  return key
    .split(' ')
    .map((word) => word.replace(REGEX_SPECIAL, '\\$&').replaceAll("'", "['\u2019]"))
    .join('\\s+');
}

/**
 * Where `key` matches `text` at `start` exactly as `keyPattern(key)` followed by `(?![A-Za-z0-9])` would
 * (sticky), or -1: each space of the key takes a run of whitespace, `'` takes `’` too, every other code
 * unit itself. Compared by hand, because a page would otherwise compile a pattern for each form it meets
 * (issue 11). A key has single spaces between non-blank words (aliasKey), so the greedy run never has to
 * give a whitespace character back.
 */
export function matchKeyAt(key: string, text: string, start: number): number {
  let at = start;
  for (let k = 0; k < key.length; k++) {
    if (at >= text.length) return -1;
    const want = key.charCodeAt(k);
    const got = text.charCodeAt(at);
    if (want === 0x20) {
      if (!isSpaceCode(got)) return -1;
      do at++;
      while (at < text.length && isSpaceCode(text.charCodeAt(at)));
      continue;
    }
    if (got !== want && !(want === 0x27 && got === 0x2019)) return -1;
    at++;
  }
  if (at < text.length) {
    const next = text.charCodeAt(at);
    if ((next >= 0x30 && next <= 0x39) || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a)) return -1;
  }
  return at;
}
