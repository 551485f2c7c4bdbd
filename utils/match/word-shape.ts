/**
 * Questions about a word's letters that whole-name.ts asks of a hit's neighbours, answered from the ASCII
 * code units when the word is ASCII, and with a Unicode (`/u`, `\p{L}`) regex only when it is not. Such a
 * regex is compiled on its first use in each frame, at 0.2–0.4 ms apiece (issue 11's profile of a page's
 * first scan), and most pages' neighbours are ASCII, or ASCII in typographic quotes and dashes. Each
 * answer is the regex's answer (tests/unit/match-word-shape.test.ts compares them).
 */

import { lazyRegExp } from './lazy-regexp';

// Built on first use (lazy-regexp.ts): a \p{…} literal costs every frame that evaluates the script.
const LETTER_OR_DIGIT_END = lazyRegExp(String.raw`[\p{L}\p{N}]$`, 'u');
const LETTER_OR_DIGIT_START = lazyRegExp(String.raw`^[\p{L}\p{N}]`, 'u');
const TRIM_PUNCTUATION = lazyRegExp(String.raw`^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$`, 'gu');
/** Peoples in the plural ("Palestinians Israel has taken captive", "Israelis", "Americans"). */
const PEOPLES = lazyRegExp(String.raw`^\p{Lu}\p{Ll}{4,}(?:ians|eans|ans|is)$`, 'u');
const NOT_LETTERS = lazyRegExp(String.raw`[^\p{L}]`, 'gu');
const LEADING_NOT_LETTERS = lazyRegExp(String.raw`^[^\p{L}]+`, 'u');
/** A word of at least five letters, to tell title case from a sentence (short words vary by style). */
const LONG_WORD = lazyRegExp(String.raw`^[^\p{L}]*\p{L}{5}`, 'u');
const STARTS_UPPERCASE = lazyRegExp(String.raw`^[^\p{L}\p{N}]*[\p{Lu}\p{Lt}]`, 'u');

/**
 * Typographic punctuation around words (NBSP, guillemets, middle dot, hyphens and dashes, curly quotes,
 * bullet, ellipsis, primes, angle quotes): none is a letter, digit or mark, so a word made of ASCII and
 * these is answered without a regex.
 */
export function isKnownPunctuation(code: number): boolean {
  if (code < 0x2010) return code === 0xa0 || code === 0xab || code === 0xbb || code === 0xb7;
  return (
    code <= 0x2015 ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2022 ||
    code === 0x2026 ||
    code === 0x2032 ||
    code === 0x2033 ||
    code === 0x2039 ||
    code === 0x203a
  );
}

const isUpper = (code: number) => code >= 0x41 && code <= 0x5a;
const isLower = (code: number) => code >= 0x61 && code <= 0x7a;
const isLetter = (code: number) => isUpper(code) || isLower(code);
const isAlnum = (code: number) => isLetter(code) || (code >= 0x30 && code <= 0x39);

/** ASCII and known punctuation only: letters are A–Z and a–z, and nothing else is a letter or digit. */
function isPlain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80 && !isKnownPunctuation(code)) return false;
  }
  return true;
}

/** /[\p{L}\p{N}]$/u */
export function endsInLetterOrDigit(word: string): boolean {
  const code = word.charCodeAt(word.length - 1);
  if (code < 0x80) return isAlnum(code);
  if (isKnownPunctuation(code)) return false;
  return code === code && LETTER_OR_DIGIT_END().test(word);
}

/** /^[\p{L}\p{N}]/u */
export function startsWithLetterOrDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return isAlnum(code);
  if (isKnownPunctuation(code)) return false;
  return code === code && LETTER_OR_DIGIT_START().test(word);
}

/** The word without the punctuation (anything but letters and digits) at either end. */
export function trimPunctuation(word: string): string {
  if (word.length === 0) return word;
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  if (first < 0x80 && last < 0x80 && isAlnum(first) && isAlnum(last)) return word;
  if (!isPlain(word)) return word.replace(TRIM_PUNCTUATION(), '');
  let from = 0;
  let to = word.length;
  while (from < to && !isAlnum(word.charCodeAt(from))) from++;
  while (to > from && !isAlnum(word.charCodeAt(to - 1))) to--;
  return word.slice(from, to);
}

/** A people in the plural: a capital, four or more small letters, and -ians, -eans, -ans or -is. */
export function isPeoplePlural(word: string): boolean {
  // Seven code units at least, ending in "s", or the regex cannot match.
  if (word.length < 7 || word.charCodeAt(word.length - 1) !== 0x73) return false;
  if (!isPlain(word)) return PEOPLES().test(word);
  if (!isUpper(word.charCodeAt(0))) return false;
  for (let i = 1; i < word.length; i++) if (!isLower(word.charCodeAt(i))) return false;
  // Four small letters before the ending: "-is" fits any seven, "-ans" (and -eans, -ians) eight or more.
  return word.endsWith('is') || (word.endsWith('ans') && word.length >= 8);
}

/** Two letters or more, none of them small ("UN", "U.S.", "IDF"). */
export function isAcronym(word: string): boolean {
  if (!isPlain(word)) {
    const letters = word.replace(NOT_LETTERS(), '');
    return letters.length >= 2 && letters === letters.toUpperCase();
  }
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isLower(code)) return false;
    if (isUpper(code)) letters++;
  }
  return letters >= 2;
}

/** The word without what comes before its first letter. */
export function fromFirstLetter(word: string): string {
  if (!isPlain(word)) return word.replace(LEADING_NOT_LETTERS(), '');
  let i = 0;
  while (i < word.length && !isLetter(word.charCodeAt(i))) i++;
  return i === 0 ? word : word.slice(i);
}

/** Five letters in a row after whatever non-letters open the word. */
export function isLongWord(word: string): boolean {
  if (!isPlain(word)) return LONG_WORD().test(word);
  let i = 0;
  while (i < word.length && !isLetter(word.charCodeAt(i))) i++;
  for (let n = 0; n < 5; n++, i++) if (i >= word.length || !isLetter(word.charCodeAt(i))) return false;
  return true;
}

/** Capitalised after whatever opens it that is no letter or digit (quotes, brackets). */
export function startsUppercase(word: string): boolean {
  if (!isPlain(word)) return STARTS_UPPERCASE().test(word);
  let i = 0;
  while (i < word.length && !isAlnum(word.charCodeAt(i))) i++;
  return i < word.length && isUpper(word.charCodeAt(i));
}

/** Two letters or more, all capitals, in a script that has capitals ("CONTACT", "US"). */
export function isAllCaps(word: string): boolean {
  if (isPlain(word)) return isAcronym(word);
  const letters = word.replace(NOT_LETTERS(), '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
