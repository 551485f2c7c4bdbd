/**
 * The every-page prefilter: does this page's text (open shadow roots included) hold the first word of a
 * name, or its first two words, from the active library? It checks each word against sorted hashes the
 * background computed when the library changed (utils/match/matcher-data.ts), so a page pays one walk of
 * its text and never builds a pattern of the library. A superset of the engine's mentions: a "yes" may be
 * wrong (the engine then finds nothing), a "no" never is.
 */
import { indexOfHash } from '@/utils/match/matcher-data';
import { hashPair, isWordStart, readWordRun } from '@/utils/match/word-runs';

export interface PrefilterData {
  /** Hashes of each form's first word, or first two words (MatcherData.words). */
  words: number[];
  /** A character class of the forms' first characters (MatcherData.firstChars). */
  firstChars: string;
}

/** Subtrees whose text is never shown as text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
/** Text gathered before it is checked, in characters. */
const CHUNK = 32_768;
/** Characters carried from one chunk to the next, so a name across the cut is still seen. */
const CARRY = 256;

export class PagePrefilter {
  /** Characters read by the last `check`. */
  chars = 0;
  private readonly words: Uint32Array;
  private readonly starts: RegExp | undefined;
  private readonly run = { hash: 0 };
  private shadowRoots: ShadowRoot[] = [];

  constructor(data: PrefilterData) {
    this.words = Uint32Array.from(data.words);
    this.starts =
      data.firstChars === '' || data.words.length === 0
        ? undefined
        : new RegExp(
            `(?=[${data.firstChars}])(?<![A-Za-z0-9])[${data.firstChars}]`,
            /[\ud800-\udbff]/.test(data.firstChars) ? 'gu' : 'g',
          );
  }

  /** Whether the text under `root` (a document, element, text node or shadow root) may hold a name. */
  check(root: Node): boolean {
    this.chars = 0;
    if (this.starts === undefined) return false;
    const roots: Node[] = [root];
    for (let next = roots.pop(); next !== undefined; next = roots.pop()) {
      if (this.checkRoot(next, roots)) return true;
    }
    return false;
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
    // Text nodes joined two ways: with nothing between them ("<b>T</b>rump") and with a space
    // ("<li>Home</li><li>Gaza</li>"); each way misses what the other sees.
    let glued = '';
    let spaced = '';
    let node = walker.nextNode();
    while (node !== null) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = (node as Text).data;
        this.chars += text.length;
        glued += text;
        spaced += ' ' + text;
        if (glued.length >= CHUNK) {
          if (this.holdsName(glued) || this.holdsName(spaced)) return true;
          glued = glued.slice(-CARRY);
          spaced = spaced.slice(-CARRY);
        }
      } else {
        const element = node as Element;
        if (SKIP.has(element.localName)) {
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
    return glued !== '' && (this.holdsName(glued) || this.holdsName(spaced));
  }

  /** Whether a word, or a word and the next one, of `text` is in the hashes. */
  private holdsName(text: string): boolean {
    const { starts, words, run } = this;
    if (starts === undefined) return false;
    starts.lastIndex = 0;
    while (starts.test(text)) {
      const after = starts.lastIndex;
      const low = text.charCodeAt(after - 1);
      const start = low >= 0xdc00 && low <= 0xdfff && after >= 2 ? after - 2 : after - 1;
      if (!isWordStart(text, start)) continue;
      const end = readWordRun(text, start, run);
      const first = run.hash;
      if (indexOfHash(words, first) >= 0) return true;
      let next = end;
      while (next < text.length && !isWordStart(text, next)) next++;
      if (next < text.length) {
        const nextEnd = readWordRun(text, next, run);
        if (indexOfHash(words, hashPair(first, text, next, nextEnd)) >= 0) return true;
      }
      starts.lastIndex = end;
    }
    return false;
  }
}

/** Moves past the current node's subtree: to its next sibling, or its nearest ancestor's. */
function skipChildren(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    if (walker.parentNode() === null) return null;
  }
}
