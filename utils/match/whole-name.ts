/**
 * Names are whole names: a hit that is only part of a longer proper name is another entity ("Sara
 * Netanyahu", "Gaza City", "The Times of Israel", "Trump Tower"). Decided from capitalisation: a capitalised
 * word joined to the hit by a space continues the name, unless it is a title ("Prime Minister Netanyahu",
 * "U.S. Secretary"), a word that starts sentences ("When Trump…"), a day or month, an acronym or a
 * possessive ("UN Gaza…", "Israel’s Netanyahu"), or a name of the pack itself ("Israel Hamas war"). A longer
 * span that is itself an alias never gets here: the matcher takes the longest alias first. Where capitals
 * say nothing about names (headlines, "Blinken Meets Netanyahu in Cairo"; German, which capitalises every
 * noun: "ob Kritik am Staat Israel denn nun…") the hit stands.
 * Runs on every hit, so the common case (lower-case or punctuated neighbours) allocates nothing.
 */
import { isLineBreakCode, isSpaceCode } from './boundaries';
import { lazyRegExp } from './lazy-regexp';
import {
  endsInLetterOrDigit,
  fromFirstLetter,
  isAcronym,
  isLongWord,
  isPeoplePlural,
  startsWithLetterOrDigit,
  trimPunctuation,
} from './word-shape';

/** Capitalised words that may stand next to a name without being part of it. */
const NOT_NAME_WORDS = new Set(
  [
    // Titles and roles, before a name ("Prime Minister", "Secretary of State", "Sen.") or after a country.
    'President Vice Prime Minister Secretary State Foreign Defense Defence Ambassador Envoy Special Senator Sen',
    'Rep Representative Gov Governor Mayor General Gen Lt Col Chief Justice Judge King Queen Prince Crown',
    'Chancellor Speaker Leader Former Mr Mrs Ms Dr Sir Lord Pope Rabbi Sheikh Officials Official Spokesman',
    'Spokeswoman Spokesperson Administrator Commissioner Director Deputy Acting Then Ex Elect Top Senior',
    'Republican Republicans Democrat Democrats Democratic Independent Conservative Liberal Labour',
    // Directions and regions ("Northeastern U.S.", "U.S. Mideast policy", "Trump Middle East envoy"), and
    // "the Trump White House" (his, not a name of its own).
    'North South East West Northern Southern Eastern Western Northeastern Northwestern Southeastern',
    'Southwestern Central Middle Mideast White',
    // Words that open sentences or clauses.
    'The A An And But Or Nor So Yet If When While After Before Since As At In On Of To For From By With',
    'Without Under Over Against Between Among About Into Then Now Today Tonight Yesterday Tomorrow Also Still',
    'Even Only Both Neither Either Not No Yes Why How What Where Who Whom Whose Which That This These Those',
    'Meanwhile However Although Though Unlike Like Despite During Until Once Instead Here There It He She',
    'They We You I His Her Their Our Its Asked Says Said According Dear Thanks Thank Sources Source Via Photo',
    'Is Are Was Were Be Do Does Did Can Will Would Should Could Has Have Had Must Let',
    'Watch Read Listen Video Opinion Analysis Update Updated Breaking Live Exclusive Editorial Related More',
    // Days and months ("Trump Tuesday said", "Hamas October 7 attack").
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July',
    'August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec',
  ]
    .join(' ')
    .split(' '),
);

/** Whether a word names something of the pack (then "Israel Hamas war" is two names side by side). */
export type IsPackName = (word: string) => boolean;

const UPPER = lazyRegExp(String.raw`[\p{Lu}\p{Lt}]`, 'u');
const POSSESSIVE = /['\u2019\u02bc]s?$/;

/** False when the hit [start, end) is part of a longer proper name. */
export function isWholeName(text: string, start: number, end: number, isPackName: IsPackName): boolean {
  const before = capitalisedWordBefore(text, start);
  const after = capitalisedWordAfter(text, end);
  // "The Times of Israel", "the Bank of Israel": a name that holds "of" is a name in headlines too.
  if (before?.of !== undefined) return !joinsName(before, isPackName, 'before');
  // A word before a full name ("Furious Donald Trump") is no first name; before a single word it may be.
  const joined =
    (before !== undefined && !text.slice(start, end).includes(' ') && joinsName(before, isPackName, 'before')) ||
    (after !== undefined && joinsName(after, isPackName, 'after'));
  return !joined || isTitleCaseLine(text, start, end);
}

interface Neighbour {
  word: string;
  /** For "X of <hit>": the capitalised X, else undefined. */
  of?: string;
}

/**
 * True when the neighbour makes the hit part of another name: a capitalised word that is no title, no
 * clause word, no acronym, no possessive and no name of the pack.
 */
function joinsName(neighbour: Neighbour, isPackName: IsPackName, side: 'before' | 'after'): boolean {
  const raw = neighbour.of ?? neighbour.word;
  if (side === 'before' && POSSESSIVE.test(raw)) return false;
  // Punctuation between the two ("said, Trump", "Mr. Trump", "Gaza (City)") keeps them apart.
  if (side === 'before' ? !endsInLetterOrDigit(raw) : !startsWithLetterOrDigit(raw)) return false;
  const word = trimPunctuation(raw);
  // The last part of a hyphenated word decides: "President-elect", "Iran-backed" are no names.
  const last = word.slice(word.lastIndexOf('-') + 1);
  if (!startsUpper(word) || !startsUpper(last)) return false;
  if (NOT_NAME_WORDS.has(word) || NOT_NAME_WORDS.has(last) || isPeoplePlural(word)) return false;
  if (isAcronym(word)) return false;
  return !isPackName(word);
}

/** The word before the hit when only spaces (no blank line) separate them and it starts with a capital. */
function capitalisedWordBefore(text: string, start: number): Neighbour | undefined {
  const span = wordBefore(text, start);
  if (span === undefined) return undefined;
  const word = text.slice(span.start, span.end);
  if (word === 'of') {
    const x = wordBefore(text, span.start);
    if (x === undefined) return undefined;
    const named = text.slice(x.start, x.end);
    // Only "the X of": "Bank of Israel" alone is too close to "Prime Minister of Israel" to call.
    const the = wordBefore(text, x.start);
    const article = the === undefined ? '' : text.slice(the.start, the.end);
    if (!startsUpper(named) || (article !== 'The' && article !== 'the')) return undefined;
    if (NOT_NAME_WORDS.has(named)) return undefined;
    return { word, of: named };
  }
  return startsUpper(word) ? { word } : undefined;
}

function capitalisedWordAfter(text: string, end: number): Neighbour | undefined {
  const span = wordAfter(text, end);
  if (span === undefined) return undefined;
  const word = text.slice(span.start, span.end);
  return startsUpper(word) ? { word } : undefined;
}

function startsUpper(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return UPPER().test(String.fromCodePoint(first));
}

/**
 * Whether capitals around the hit, on its line, say nothing about names. Of up to six words on either side,
 * those of five letters or more (two at least) are all capitalised
 * (a headline, a menu), or two or more are German function words (German capitalises every noun).
 */
function isTitleCaseLine(text: string, start: number, end: number): boolean {
  const before = text
    .slice(lineStart(text, start), start)
    .split(/\s+/)
    .slice(-WINDOW_WORDS - 1, -1);
  const after = text
    .slice(end, lineEnd(text, end))
    .split(/\s+/)
    .slice(2, WINDOW_WORDS + 2);
  const around = [...before, ...after];
  if (around.filter((w) => GERMAN_WORDS.has(trimPunctuation(w))).length >= 2) return true;
  const words = around.filter(isLongWord);
  return words.length >= 2 && words.every((w) => startsUpper(fromFirstLetter(w)));
}

/** Frequent German words that English text does not use. */
const GERMAN_WORDS = new Set(
  'der das und nicht ist eine einer einen von mit auf für dem des im über wer ob denn nun auch sich werden wird zum zur bei nach oder aber wie sind hat sie es ein'.split(
    ' ',
  ),
);

const WINDOW_WORDS = 6;
const LINE_LIMIT = 80;

function lineStart(text: string, index: number): number {
  const limit = Math.max(0, index - LINE_LIMIT);
  for (let i = index; i > limit; i--) {
    const code = text.charCodeAt(i - 1);
    if (isLineBreakCode(code) || code === 0x7c /* | */) return i;
  }
  return limit;
}

function lineEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + LINE_LIMIT);
  for (let i = index; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreakCode(code) || code === 0x7c) return i;
  }
  return limit;
}

interface Span {
  start: number;
  end: number;
}

/** The space-delimited word ending just before `index`, when only spaces on one line separate them. */
function wordBefore(text: string, index: number): Span | undefined {
  let i = index;
  for (let code; i > 0 && isSpaceCode((code = text.charCodeAt(i - 1))); i--) {
    if (isLineBreakCode(code)) return undefined;
  }
  if (i === index || i === 0) return undefined;
  const end = i;
  while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  return { start: i, end };
}

/** The space-delimited word starting just after `index`, when only spaces on one line separate them. */
function wordAfter(text: string, index: number): Span | undefined {
  let i = index;
  for (let code; i < text.length && isSpaceCode((code = text.charCodeAt(i))); i++) {
    if (isLineBreakCode(code)) return undefined;
  }
  if (i === index || i === text.length) return undefined;
  const start = i;
  while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
  return { start, end: i };
}
