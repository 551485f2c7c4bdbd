/**
 * Context checks for ambiguous aliases (the guards defined in data/schema.ts). They look only at the
 * neighbouring words, and run only on hits whose alias carries a guard, so they may allocate a little.
 */
import type { AliasGuard } from '@/data/schema';
import { isLineBreakCode, isSpaceCode } from './boundaries';
import { lazyRegExp } from './lazy-regexp';
import {
  endsInLetterOrDigit,
  isAllCaps,
  isKnownPunctuation,
  startsUppercase,
  startsWithLetterOrDigit,
} from './word-shape';

interface Span {
  start: number;
  end: number;
}

/** Capitalised words that may stand before a guarded UN body's name ("the UN General Assembly"). */
const UN_CONTEXT_WORDS = new Set(['The', 'UN', 'U.N.']);
const POSSESSIVE_END = /['\u2019\u02bc]s?$/;
const ENDS_IN_WORD_CHAR = lazyRegExp(String.raw`[\p{L}\p{N}\p{M}]$`, 'u');

/** A letter, digit or combining mark last; the regex only when the last character is neither ASCII nor known punctuation. */
function endsInWordChar(word: string): boolean {
  const code = word.charCodeAt(word.length - 1);
  if (code < 0x80 || isKnownPunctuation(code)) return endsInLetterOrDigit(word);
  return ENDS_IN_WORD_CHAR().test(word);
}
/** The UN named anywhere in the same run of text (ASCII boundaries: "UN" inside "UNRWA" does not count). */
const NAMES_THE_UN = /(?<![A-Za-z0-9.])(?:UN(?![A-Za-z0-9])|U\.N\.|United\s+Nations(?![A-Za-z0-9]))/;

/** The last text asked about and whether it names the UN: one run of text often holds several hits. */
let lastText: string | undefined;
let lastNamesTheUn = false;

function namesTheUn(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastNamesTheUn = NAMES_THE_UN.test(text);
  }
  return lastNamesTheUn;
}

/** Whether the hit [start, end) passes its alias's guard. */
export function passesGuard(text: string, start: number, end: number, guard: AliasGuard): boolean {
  switch (guard) {
    case 'un-context':
      return namesTheUn(text) && isNotAfterProperNoun(text, start);
    case 'not-in-caps':
      return isNotInCaps(text, start, end);
  }
}

/**
 * Rejected when the previous word is capitalised ("North Carolina General Assembly", "Virginia’s General
 * Assembly", "National Security Council"), except The/UN/U.N./United Nations. A previous word ending in
 * punctuation ("…in Gaza. General Assembly votes") closes a clause, so it does not qualify the alias.
 */
function isNotAfterProperNoun(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  if (before === undefined) return true;
  const word = text.slice(before.start, before.end).replace(POSSESSIVE_END, '');
  if (UN_CONTEXT_WORDS.has(word)) return true;
  if (word === 'Nations') {
    const united = wordBefore(text, before.start);
    if (united !== undefined && text.slice(united.start, united.end) === 'United') return true;
  }
  if (!endsInWordChar(word)) return true;
  return !startsUppercase(word);
}

/**
 * Rejected when the word directly before or after (only whitespace between) is in capitals with at least
 * two letters ("CONTACT US", "ABOUT US"); "US Votes Against UN Resolution" and "US, UK" pass.
 */
function isNotInCaps(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  if (before !== undefined) {
    const word = text.slice(before.start, before.end);
    if (endsInWordChar(word) && isAllCaps(word)) return false;
  }
  const after = wordAfter(text, end);
  if (after !== undefined) {
    const word = text.slice(after.start, after.end);
    if (startsWithLetterOrDigit(word) && isAllCaps(word)) return false;
  }
  return true;
}

/** The whitespace-delimited word before `index`, if whitespace (but not a blank line) separates them. */
function wordBefore(text: string, index: number): Span | undefined {
  let i = index;
  let lineBreaks = 0;
  for (let code; i > 0 && isSpaceCode((code = text.charCodeAt(i - 1))); i--) {
    if (isLineBreakCode(code)) lineBreaks++;
  }
  if (i === index || i === 0 || lineBreaks >= 2) return undefined;
  const end = i;
  while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  return { start: i, end };
}

/** The whitespace-delimited word after `index`, if whitespace (but not a blank line) separates them. */
function wordAfter(text: string, index: number): Span | undefined {
  let i = index;
  let lineBreaks = 0;
  for (let code; i < text.length && isSpaceCode((code = text.charCodeAt(i))); i++) {
    if (isLineBreakCode(code)) lineBreaks++;
  }
  if (i === index || i === text.length || lineBreaks >= 2) return undefined;
  const start = i;
  while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
  return { start, end: i };
}
