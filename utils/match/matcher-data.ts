/**
 * The matcher compiled from the active entities, in the plain-data form the background stores
 * (storage.local) whenever the entities change, so a page only instantiates it (instantiate-matcher.ts)
 * in constant time, however large the library:
 * - `forms`: every surface form, one per line (`key \t entity index \t guard`), grouped by the hash of the
 *   form's first word (`groupHashes` ascending, `groupStarts` the offset of each group's first line), each
 *   group longest form first; a page parses a group, and compiles its forms' patterns, only when its text
 *   holds that first word;
 * - `firstChars`: a character class of the first words' first characters, where a form may start;
 * - `words`, `capsWords`, `unWords`: sorted 32-bit hashes of each whole form's words, by guard, and
 *   `prefixes`, of their first words short of the whole: the every-page prefilter reads a page's words on
 *   while they are a prefix, and says yes on a whole form (utils/dom/page-prefilter.ts), before any engine
 *   loads.
 */
import type { Entity } from '@/data/schema';
import { aliasVariants } from './alias-variants';
import { firstCharClass, hashPair, hashText, wordsOf } from './word-runs';

export interface MatcherData {
  entityIds: string[];
  firstChars: string;
  groupHashes: number[];
  groupStarts: number[];
  forms: string;
  /** Hashes of whole forms (their words, one space between) without a guard. */
  words: number[];
  /** Hashes of every form's first word, first two words…, short of the whole form: where to read on. */
  prefixes: number[];
  /** One-word forms taken only outside all-caps text ("US", not "CONTACT US"): the `not-in-caps` guard. */
  capsWords: number[];
  /** Forms taken only in text that names the UN ("General Assembly"): the `un-context` guard. */
  unWords: number[];
}

export function compileMatcherData(entities: ReadonlyArray<Pick<Entity, 'id' | 'aliases'>>): MatcherData {
  const entityIds: string[] = [];
  const forms = new Map<string, { entity: number; guard: string }>();
  for (const entity of entities) {
    const index = entityIds.push(entity.id) - 1;
    for (const alias of entity.aliases) {
      for (const { key, guard } of aliasVariants(alias)) {
        // The first entity to claim a form keeps it: the pack's order decides, never the page.
        if (!forms.has(key)) forms.set(key, { entity: index, guard: guard ?? '' });
      }
    }
  }
  // Longest first, so "UN Security Council" is tried before "UN".
  const keys = [...forms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const words = new Set<number>();
  const prefixes = new Set<number>();
  const capsWords = new Set<number>();
  const unWords = new Set<number>();
  const firstWords: string[] = [];
  const groups = new Map<number, string[]>();
  for (const key of keys) {
    const parts = wordsOf(key);
    // A form must start with a word character: that is where the matcher and the prefilter look.
    if (parts.length === 0 || !key.startsWith(parts[0]!)) continue;
    const first = hashText(parts[0]!);
    firstWords.push(parts[0]!);
    const { entity, guard } = forms.get(key)!;
    let hash = first;
    for (const part of parts.slice(1)) {
      prefixes.add(hash);
      hash = hashPair(hash, part, 0, part.length);
    }
    if (guard === 'un-context') unWords.add(hash);
    else if (guard === 'not-in-caps' && parts.length === 1) capsWords.add(hash);
    else words.add(hash);
    const line = `${key}\t${entity}\t${guard}\n`;
    const group = groups.get(first);
    if (group) group.push(line);
    else groups.set(first, [line]);
  }
  const groupHashes = [...groups.keys()].sort((a, b) => a - b);
  const groupStarts: number[] = [];
  let text = '';
  for (const hash of groupHashes) {
    groupStarts.push(text.length);
    text += groups.get(hash)!.join('');
  }
  groupStarts.push(text.length);
  return {
    entityIds,
    firstChars: firstCharClass(firstWords),
    groupHashes,
    groupStarts,
    forms: text,
    words: sorted(words),
    prefixes: sorted(prefixes),
    // A hash some form takes unguarded is in `words` only.
    capsWords: sorted([...capsWords].filter((hash) => !words.has(hash))),
    unWords: sorted([...unWords].filter((hash) => !words.has(hash) && !capsWords.has(hash))),
  };
}

function sorted(hashes: Iterable<number>): number[] {
  return [...hashes].sort((a, b) => a - b);
}

/** Index of `hash` in an ascending array, or -1. */
export function indexOfHash(sorted: ArrayLike<number>, hash: number): number {
  let [low, high] = [0, sorted.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = sorted[mid]!;
    if (value === hash) return mid;
    if (value < hash) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
