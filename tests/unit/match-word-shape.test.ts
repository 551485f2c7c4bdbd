import { describe, expect, it } from 'vitest';
import { isWordCharAt, isWordCharBefore } from '@/utils/match/boundaries';
import {
  endsInLetterOrDigit,
  fromFirstLetter,
  isAcronym,
  isAllCaps,
  isKnownPunctuation,
  isLongWord,
  isPeoplePlural,
  startsUppercase,
  startsWithLetterOrDigit,
  trimPunctuation,
} from '@/utils/match/word-shape';

/** The regexes whole-name.ts used before the ASCII fast paths: each function must answer as they do. */
const reference = {
  endsInLetterOrDigit: (w: string) => /[\p{L}\p{N}]$/u.test(w),
  startsWithLetterOrDigit: (w: string) => /^[\p{L}\p{N}]/u.test(w),
  trimPunctuation: (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
  isPeoplePlural: (w: string) => /^\p{Lu}\p{Ll}{4,}(?:ians|eans|ans|is)$/u.test(w),
  isAcronym: (w: string) => {
    const letters = w.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase();
  },
  fromFirstLetter: (w: string) => w.replace(/^[^\p{L}]+/u, ''),
  isLongWord: (w: string) => /^[^\p{L}]*\p{L}{5}/u.test(w),
  startsUppercase: (w: string) => /^[^\p{L}\p{N}]*[\p{Lu}\p{Lt}]/u.test(w),
  isAllCaps: (w: string) => {
    const letters = w.replace(/\P{L}+/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  },
};
const fast = {
  endsInLetterOrDigit,
  startsWithLetterOrDigit,
  trimPunctuation,
  isPeoplePlural,
  isAcronym,
  fromFirstLetter,
  isLongWord,
  startsUppercase,
  isAllCaps,
};

const WORDS = [
  '', 'a', 'A', '7', '.', '“', 'Trump', 'Trump,', '(Gaza)', '“Hamas”', 'Netanyahu’s', "Hamas's", 'U.S.', 'UN',
  'U.N.', 'IDF', 'I', 'Ab', 'aB', 'NATO-led', 'Iran-backed', 'President-elect', 'Israelis', 'Palestinians',
  'Americans', 'Koreans', 'Europeans', 'Abcdans', 'Abcdeans', 'Abcdis', 'Abcdeis', 'Israelis,', 'ISRAELIS',
  'Ägypter', 'Äbcdeis', 'Österreicher', 'Straße', 'São', 'Zürich', '«Haaretz»', 'Ελλάδα', 'ΗΠΑ', 'Μαΐου',
  'Ñandú', '𝐀𝐁', '𝐀bcdeis', '2024', '2024.', '…', '—Trump', 'Trump—', 'x\u00adyz', 'e\u0301', 'abc\u0301',
  '...Hello', '12abcde', 'ab1cdef', 'Gaza.', 'Gaza;', '\u02bcs', 'Hamas\u02bc', 'ÉTATS-UNIS', 'états',
  '“UN”', '‘Israelis’', '“Israelis”', 'Trump–Biden', '·', '—', '“”', '«»', '“CONTACT', 'US”', '‹ABC›', '…Gaza…',
  'x²', '²', 'ª', 'Ab\u00adcdefg', '“Ägypter”', '“שלום”', 'שלום', '“٣”', '″Hamas′', '•News', '\u00a0Gaza\u00a0',
  '“a', '“ab', '“Abcdeis”', '“Abcdans”', 'AB•', '•AB', '“12”',
]; // prettier-ignore

/** Neighbours of a hit: ASCII, typographic punctuation, and characters that are word characters. */
const NEIGHBOURS = [
  'a', ' ', '.', '’', '“', '”', '‘', '—', '–', '…', '«', '»', '·', '•', '\u00a0', '\u2033', 'é', 'ß', 'א',
  '\u0301', '\u00ad', '\u200d', '\u02bc', '²', '𝐀', '\u2016', '\u2017', '\u2020', '\u2027', '\u203b',
]; // prettier-ignore
const WORD_CHAR = /(?!\u02bc)[\p{L}\p{N}\p{M}\u00ad\u200c\u200d]/uy;

describe('match/word-shape', () => {
  it('takes for known punctuation only characters that are no letter, digit, mark or joiner', () => {
    const known: number[] = [];
    for (let code = 0x80; code < 0x10000; code++) if (isKnownPunctuation(code)) known.push(code);
    expect(known.length).toBeGreaterThan(20);
    for (const code of known) {
      expect({ code, word: /[\p{L}\p{N}\p{M}\u00ad\u200c\u200d]/u.test(String.fromCharCode(code)) }).toEqual({
        code,
        word: false,
      });
    }
  });

  it.each(Object.keys(fast) as Array<keyof typeof fast>)('%s answers as its Unicode regex does', (name) => {
    for (const word of WORDS) {
      expect({ word, answer: fast[name](word) }).toEqual({ word, answer: reference[name](word) });
    }
  });
});

describe('match/boundaries', () => {
  it('tells word characters around a hit as its Unicode regex does, typographic punctuation included', () => {
    for (const neighbour of NEIGHBOURS) {
      const after = `Gaza${neighbour}`;
      const before = `${neighbour}Gaza`;
      WORD_CHAR.lastIndex = 4;
      expect({ after, word: isWordCharAt(after, 4) }).toEqual({ after, word: WORD_CHAR.test(after) });
      WORD_CHAR.lastIndex = 0;
      expect({ before, word: isWordCharBefore(before, neighbour.length) }).toEqual({
        before,
        word: WORD_CHAR.test(before),
      });
    }
  });
});
