/**
 * The words of a text as the matcher sees them: maximal runs of word characters (boundaries.ts, Unicode
 * aware), each with a 32-bit FNV-1a hash of its UTF-16 code units. The matcher looks up the first word of
 * each form by this hash, and the page prefilter checks words and word pairs against the same hashes, so
 * both agree on what a word is.
 */
import { isWordCharAt, isWordCharBefore } from './boundaries';

export const HASH_SEED = 0x811c9dc5;
const PRIME = 0x01000193;
const SPACE = 0x20;

/** ASCII letters and digits, by code. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const digit = code >= 0x30 && code <= 0x39;
  const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  ASCII_WORD[code] = digit || letter ? 1 : 0;
}

/** Continues a hash with the code units of text[start, end). */
export function hashText(text: string, start = 0, end = text.length, seed = HASH_SEED): number {
  let hash = seed;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), PRIME);
  return hash >>> 0;
}

/** The hash of "first second" from the hash of "first" (one space between, whatever separated them). */
export function hashPair(firstHash: number, text: string, start: number, end: number): number {
  return hashText(text, start, end, Math.imul(firstHash ^ SPACE, PRIME) >>> 0);
}

/**
 * Reads the word run starting at `start` (a word character not preceded by one): returns its end, and its
 * hash in `out.hash`. Allocation-free, for the hot loops of the matcher and the prefilter.
 */
export function readWordRun(text: string, start: number, out: { hash: number }): number {
  const length = text.length;
  let hash = HASH_SEED;
  let i = start;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? ASCII_WORD[code] === 0 : !isWordCharAt(text, i)) break;
    hash = Math.imul(hash ^ code, PRIME);
    i++;
    // The low half of a surrogate pair belongs to the same code point.
    if (code >= 0xd800 && code <= 0xdbff && i < length) {
      hash = Math.imul(hash ^ text.charCodeAt(i), PRIME);
      i++;
    }
  }
  out.hash = hash >>> 0;
  return i;
}

/** Whether a word run starts at `index`: a word character with none before it. */
export function isWordStart(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80 ? ASCII_WORD[code] === 0 : !isWordCharAt(text, index)) return false;
  return !isWordCharBefore(text, index);
}

/** The word runs of a short text (an alias), as strings. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  const out = { hash: 0 };
  for (let i = 0; i < text.length;) {
    if (!isWordStart(text, i)) {
      i++;
      continue;
    }
    const end = readWordRun(text, i, out);
    words.push(text.slice(i, end));
    i = end;
  }
  return words;
}

/** A character class (for a RegExp source) of the first characters of `words`. */
export function firstCharClass(words: Iterable<string>): string {
  const firsts = new Set<string>();
  for (const word of words) {
    const code = word.codePointAt(0);
    if (code !== undefined) firsts.add(String.fromCodePoint(code));
  }
  return [...firsts].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('');
}
