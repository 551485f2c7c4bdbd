/**
 * The every-page prefilter: does this page's text (open shadow roots included) hold the first word of a
 * name, or its first two words, from the active library? It checks each word against sorted hashes the
 * background computed when the library changed (utils/match/matcher-data.ts), so a page pays one walk of
 * its text and never builds a pattern of the library. A superset of the engine's mentions: a "yes" may be
 * wrong (the engine then finds nothing), a "no" never is.
 */
import { indexOfHash } from '@/utils/match/matcher-data';
import { hashPair, isWordStart, readWordRun } from '@/utils/match/word-runs';
import { classifyElement } from './skip-rules';

export interface PrefilterData {
  /** Hashes of whole forms' words by guard, and of their prefixes (MatcherData). */
  words: number[];
  prefixes: number[];
  capsWords: number[];
  unWords: number[];
  /** A character class of the forms' first characters (MatcherData.firstChars). */
  firstChars: string;
}

/**
 * Text gathered before it is checked, in characters: little at first, since a page with a name usually
 * shows one near its top (headline, standfirst), so its walk ends early; then more at a time.
 */
const FIRST_CHUNK = 2_048;
const CHUNK = 32_768;
/** Characters carried from one chunk to the next, so a name across the cut is still seen. */
const CARRY = 256;

export class PagePrefilter {
  /** Characters read by the last `check`. */
  chars = 0;
  private readonly words: Uint32Array;
  private readonly prefixes: Uint32Array;
  private readonly capsWords: Uint32Array;
  private readonly unWords: Uint32Array;
  /** A UN body's bare name was seen during this check; the UN was named on this page (kept across checks). */
  private unBody = false;
  private namesUn = false;
  private readonly starts: RegExp | undefined;
  private readonly run = { hash: 0 };
  private shadowRoots: ShadowRoot[] = [];

  constructor(data: PrefilterData) {
    this.words = Uint32Array.from(data.words);
    this.prefixes = Uint32Array.from(data.prefixes);
    this.capsWords = Uint32Array.from(data.capsWords);
    this.unWords = Uint32Array.from(data.unWords);
    this.starts =
      data.firstChars === '' || data.words.length + data.capsWords.length + data.unWords.length === 0
        ? undefined
        : new RegExp(
            `(?=[${data.firstChars}])(?<![A-Za-z0-9])[${data.firstChars}]`,
            /[\ud800-\udbff]/.test(data.firstChars) ? 'gu' : 'g',
          );
  }

  /** Whether the text under `root` (a document, element, text node or shadow root) may hold a name. */
  check(root: Node): boolean {
    this.chars = 0;
    this.unBody = false;
    if (this.starts === undefined) return false;
    const roots: Node[] = [root];
    for (let next = roots.pop(); next !== undefined; next = roots.pop()) {
      if (this.checkRoot(next, roots)) return true;
    }
    // The un-context guard needs the UN named in the same text; anywhere on the page is a safe superset.
    return this.unBody && this.namesUn;
  }

  /** The open shadow roots met since the last call, to be followed too. */
  takeShadowRoots(): ShadowRoot[] {
    const roots = this.shadowRoots;
    this.shadowRoots = [];
    return roots;
  }

  /** Reads one root; open shadow roots met on the way go to `more`. */
  private checkRoot(root: Node, more: Node[]): boolean {
    if (root.nodeType === Node.TEXT_NODE) {
      const text = (root as Text).data;
      this.chars += text.length;
      return this.holdsName(text);
    }
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    // Text nodes joined with a blank line ("<li>Home</li><li>Gaza</li>" stays two words, and the caps check
    // never looks across nodes), plus, where a word runs on from one node into the next ("<b>T</b>rump"),
    // the two nodes' ends glued together.
    let joined = '';
    let bridges = '';
    let previous = '';
    let chunk = FIRST_CHUNK;
    let node = walker.nextNode();
    while (node !== null) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = (node as Text).data;
        if (text === '') {
          node = walker.nextNode();
          continue;
        }
        this.chars += text.length;
        if (mayEndWord(previous) && mayStartWord(text))
          bridges += previous.slice(-BRIDGE) + text.slice(0, BRIDGE) + '\n\n';
        joined += text + '\n\n';
        previous = text;
        if (joined.length >= chunk) {
          if (this.holdsName(joined) || this.holdsName(bridges)) return true;
          joined = joined.slice(-CARRY);
          bridges = '';
          chunk = Math.min(chunk * 2, CHUNK);
        }
      } else {
        const element = node as Element;
        // What the engine never reads (skip-rules.ts: scripts, code, form controls, buttons, hidden and
        // aria-hidden subtrees, editable text) cannot make it load: a menu of "US news" links hidden until
        // opened would otherwise cost a page the whole engine for no highlight.
        if (classifyElement(element) === 'skip') {
          node = skipChildren(walker);
          continue;
        }
        const shadow = element.shadowRoot;
        if (shadow !== null) {
          more.push(shadow);
          this.shadowRoots.push(shadow);
        }
      }
      node = walker.nextNode();
    }
    return this.holdsName(joined) || this.holdsName(bridges);
  }

  /**
   * Whether the words from [start, end) on make a whole form: read on word by word (whatever separates
   * them) while they are a prefix of some form. A guarded form counts as its guard would (see above).
   */
  private holdsFormAt(text: string, start: number, end: number): boolean {
    const { run } = this;
    let hash = run.hash;
    let wordEnd = end;
    for (;;) {
      if (indexOfHash(this.words, hash) >= 0) return true;
      if (indexOfHash(this.capsWords, hash) >= 0 && !besideCaps(text, start, wordEnd)) return true;
      if (indexOfHash(this.unWords, hash) >= 0) this.unBody = true;
      if (indexOfHash(this.prefixes, hash) < 0) return false;
      // The next word: ASCII separators skipped inside the regular expression, the rest one by one.
      SEPARATORS.lastIndex = wordEnd;
      SEPARATORS.test(text);
      let next = SEPARATORS.lastIndex;
      while (next < text.length && !isWordStart(text, next)) next++;
      if (next >= text.length) return false;
      const nextEnd = readWordRun(text, next, run);
      hash = hashPair(hash, text, next, nextEnd);
      wordEnd = nextEnd;
    }
  }

  /** Whether `text` holds a whole form. */
  private holdsName(text: string): boolean {
    const { starts, run } = this;
    if (starts === undefined || text === '') return false;
    if (!this.namesUn && this.unWords.length > 0) this.namesUn = NAMES_THE_UN.test(text);
    starts.lastIndex = 0;
    while (starts.test(text)) {
      const after = starts.lastIndex;
      const low = text.charCodeAt(after - 1);
      const start = low >= 0xdc00 && low <= 0xdfff && after >= 2 ? after - 2 : after - 1;
      if (!isWordStart(text, start)) continue;
      const end = readWordRun(text, start, run);
      if (this.holdsFormAt(text, start, end)) return true;
      starts.lastIndex = end;
    }
    return false;
  }
}

/** The UN named (guards.ts, NAMES_THE_UN), for the `un-context` guard. */
const NAMES_THE_UN = /(?<![A-Za-z0-9.])(?:UN(?![A-Za-z0-9])|U\.N\.|United\s+Nations(?![A-Za-z0-9]))/;

/**
 * Whether the word [start, end) has a word in capitals (two letters or more) right before or after it on
 * the same line, separated by spaces only: then the engine's `not-in-caps` guard rejects it too ("CONTACT
 * US"). Looser than the guard, never stricter, so the prefilter never misses what the engine takes.
 */
function besideCaps(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0)) i--;
  if (i < start && isCapsWord(text, i, -1)) return true;
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j++;
  return j > end && isCapsWord(text, j, 1);
}

/** Whether the ASCII letters going from `from` in `step` direction, up to a space, are 2+ capitals and nothing else. */
function isCapsWord(text: string, from: number, step: 1 | -1): boolean {
  let letters = 0;
  for (let i = step === 1 ? from : from - 1; i >= 0 && i < text.length; i += step) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0xa0 || code === 0x0a) break;
    if (code >= 0x41 && code <= 0x5a) letters++;
    else return false;
  }
  return letters >= 2;
}

/** ASCII characters that are not word characters (the separator-skipping fast path). */
const SEPARATORS = /[^A-Za-z0-9\u0080-\uffff]*/y;
/** Characters of each side kept where a word may run across two text nodes. */
const BRIDGE = 48;

/** Whether the text may end inside a word (its last character is an ASCII letter or digit, or not ASCII). */
function mayEndWord(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code > 0x7f || isAsciiWordCode(code);
}

function mayStartWord(text: string): boolean {
  const code = text.charCodeAt(0);
  return code > 0x7f || isAsciiWordCode(code);
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Moves past the current node's subtree: to its next sibling, or its nearest ancestor's. */
function skipChildren(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    if (walker.parentNode() === null) return null;
  }
}
