/**
 * Unicode word-boundary checks for the characters around a hit. The combined pattern already rejects ASCII
 * letters and digits on either side (cheap lookarounds); these run only when a neighbour is non-ASCII,
 * which keeps the scan near full regex speed (`\p{L}` lookarounds in the pattern cost about 3.5×).
 */
import { lazyRegExp } from './lazy-regexp';
import { isKnownPunctuation } from './word-shape';

/**
 * Letters, digits, combining marks, and the invisible characters that join a word (soft hyphen, ZWNJ, ZWJ);
 * not U+02BC, a letter by category that pages use as an apostrophe ("Hamasʼs").
 */
const WORD_CHAR = lazyRegExp(String.raw`(?!\u02bc)[\p{L}\p{N}\p{M}\u00ad\u200c\u200d]`, 'uy');

/** True when the code point starting at `index` belongs to a word. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return isAsciiAlnum(code);
  if (isKnownPunctuation(code)) return false; // a curly quote or dash: no regex to compile
  const wordChar = WORD_CHAR();
  wordChar.lastIndex = index;
  return wordChar.test(text);
}

/** True when the code point ending just before `index` belongs to a word. */
export function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  let at = index - 1;
  const code = text.charCodeAt(at);
  if (code < 0x80) return isAsciiAlnum(code);
  if (isKnownPunctuation(code)) return false;
  // Step back to the start of a surrogate pair so the /u regex sees the whole code point.
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) {
    const high = text.charCodeAt(at - 1);
    if (high >= 0xd800 && high <= 0xdbff) at -= 1;
  }
  const wordChar = WORD_CHAR();
  wordChar.lastIndex = at;
  return wordChar.test(text);
}

/** The same set as the regex `\s`: ASCII whitespace, NBSP, the Unicode spaces, line separators, BOM. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A line feed or paragraph separator (counted to tell a block break from a space). */
export function isLineBreakCode(code: number): boolean {
  return code === 0x0a || code === 0x2029;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
