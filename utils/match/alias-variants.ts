/**
 * Turns the pack's aliases into the surface forms the matcher searches for: each form has a lookup key
 * (one space between words, ASCII apostrophes) and a regular-expression source that allows any run of
 * whitespace between words and either apostrophe.
 */
import type { Alias, AliasGuard } from '@/data/schema';

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
