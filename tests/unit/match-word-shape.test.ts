import { describe, expect, it } from 'vitest';
import {
  endsInLetterOrDigit,
  fromFirstLetter,
  isAcronym,
  isLongWord,
  isPeoplePlural,
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
};
const fast = {
  endsInLetterOrDigit,
  startsWithLetterOrDigit,
  trimPunctuation,
  isPeoplePlural,
  isAcronym,
  fromFirstLetter,
  isLongWord,
};

const WORDS = [
  '', 'a', 'A', '7', '.', '“', 'Trump', 'Trump,', '(Gaza)', '“Hamas”', 'Netanyahu’s', "Hamas's", 'U.S.', 'UN',
  'U.N.', 'IDF', 'I', 'Ab', 'aB', 'NATO-led', 'Iran-backed', 'President-elect', 'Israelis', 'Palestinians',
  'Americans', 'Koreans', 'Europeans', 'Abcdans', 'Abcdeans', 'Abcdis', 'Abcdeis', 'Israelis,', 'ISRAELIS',
  'Ägypter', 'Äbcdeis', 'Österreicher', 'Straße', 'São', 'Zürich', '«Haaretz»', 'Ελλάδα', 'ΗΠΑ', 'Μαΐου',
  'Ñandú', '𝐀𝐁', '𝐀bcdeis', '2024', '2024.', '…', '—Trump', 'Trump—', 'x\u00adyz', 'e\u0301', 'abc\u0301',
  '...Hello', '12abcde', 'ab1cdef', 'Gaza.', 'Gaza;', '\u02bcs', 'Hamas\u02bc', 'ÉTATS-UNIS', 'états',
]; // prettier-ignore

describe('match/word-shape', () => {
  it.each(Object.keys(fast) as Array<keyof typeof fast>)('%s answers as its Unicode regex does', (name) => {
    for (const word of WORDS) {
      expect({ word, answer: fast[name](word) }).toEqual({ word, answer: reference[name](word) });
    }
  });
});
