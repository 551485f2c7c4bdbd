/**
 * Turns stored matcher data (matcher-data.ts) into a matcher over plain strings. Instantiating costs the
 * same for any library: the forms of a first word are parsed the first time a text holds that word, and
 * each is compared by hand where it may start (matchKeyAt), so a library of thousands of names costs a page
 * only what it shows, and no pattern is compiled for a form.
 * Leftmost-longest: at each word the longest form wins, and a span is one mention; a hit that is only part
 * of a longer proper name is no mention (whole-name.ts).
 */
import type { AliasGuard } from '@/data/schema';
import { matchKeyAt } from './alias-variants';
import { isWordCharAt } from './boundaries';
import { passesGuard } from './guards';
import { isWholeName } from './whole-name';
import { indexOfHash, type MatcherData } from './matcher-data';
import { hashText, isWordStart, readWordRun, wordsOf } from './word-runs';

/** One mention: [start, end) in UTF-16 offsets; covers the name only, not a trailing `’s`. */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
}

/** Finds the mentions in a string, sorted by start and non-overlapping. */
export type MentionMatcher = (text: string) => Mention[];

interface Form {
  key: string;
  entityId: string;
  guard: AliasGuard | undefined;
  /** Other forms of the same first word this one starts with, longest first ("Biden" for "Biden administration"). */
  shorter?: Form[];
}

/**
 * The forms of one first word, longest first; in a large group (a long library has many names per first
 * word: "John …") also the longer forms by the hash of their second word, and the one-word forms.
 */
interface Group {
  forms: Form[];
  singles: Form[];
  bySecond: Map<number, Form[]> | undefined;
}

/** Groups above this many forms are indexed by their second word; smaller ones are tried in order. */
const INDEX_ABOVE = 8;

export function instantiateMatcher(data: MatcherData): MentionMatcher {
  if (data.groupHashes.length === 0 || data.firstChars === '') return () => [];
  const groupHashes = Uint32Array.from(data.groupHashes);
  /** Groups parsed so far, by index. */
  const groups = new Map<number, Group>();
  const groupOf = (hash: number): Group | undefined => {
    const index = indexOfHash(groupHashes, hash);
    if (index < 0) return undefined;
    let group = groups.get(index);
    if (group === undefined) {
      const lines = data.forms.slice(data.groupStarts[index], data.groupStarts[index + 1]! - 1).split('\n');
      const forms = lines.map((line): Form => {
        const [key = '', entity = '', guard = ''] = line.split('\t');
        const entityId = data.entityIds[Number(entity)] ?? '';
        return { key, entityId, guard: guard === '' ? undefined : (guard as AliasGuard) };
      });
      group = { forms, singles: [], bySecond: undefined };
      if (forms.length > INDEX_ABOVE) {
        // A page then tries only the names whose second word it shows too.
        const bySecond = new Map<number, Form[]>();
        for (const form of forms) {
          const second = wordsOf(form.key)[1];
          if (second === undefined) {
            group.singles.push(form);
            continue;
          }
          const secondHash = hashText(second);
          const list = bySecond.get(secondHash);
          if (list) list.push(form);
          else bySecond.set(secondHash, [form]);
        }
        group.bySecond = bySecond;
      }
      groups.set(index, group);
    }
    return group;
  };
  // Where a form may start: a first character of a first word, after no ASCII word character (a
  // non-ASCII one is checked next). The lookahead first lets V8 skip other positions quickly. `test` and lastIndex, not `exec`: no match object per candidate.
  const starts = new RegExp(
    `(?=[${data.firstChars}])(?<![A-Za-z0-9])[${data.firstChars}]`,
    /[\ud800-\udbff]/.test(data.firstChars) ? 'gu' : 'g',
  );
  const run = { hash: 0 };
  const secondRun = { hash: 0 };

  const matches = (form: Form, text: string, start: number): number => matchKeyAt(form.key, text, start);
  /** Whether a word is itself a form (then "Israel Hamas war" is two names side by side, whole-name.ts). */
  const isPackName = (word: string): boolean => {
    const [first] = wordsOf(word);
    if (first === undefined) return false;
    const group = groupOf(hashText(first));
    return group !== undefined && group.forms.some((form) => form.key === word);
  };
  const accepts = (text: string, start: number, end: number, form: Form): boolean => {
    if (isWordCharAt(text, end)) return false;
    if (form.guard !== undefined && !passesGuard(text, start, end, form.guard)) return false;
    return isWholeName(text, start, end, isPackName);
  };
  // Shorter forms of the same first word that this one starts with share its second word, or have none.
  const shorterOf = (form: Form, group: Form[]): Form[] =>
    (form.shorter ??= group.filter((other) => other.key.length < form.key.length && form.key.startsWith(other.key)));

  /** The forms that may start at a word ending at `end`: those of the next word too, longest first. */
  const candidatesAt = (text: string, end: number, group: Group): Form[] => {
    if (group.bySecond === undefined) return group.forms;
    let next = end;
    while (next < text.length && !isWordStart(text, next)) next++;
    if (next >= text.length) return group.singles;
    readWordRun(text, next, secondRun);
    const longer = group.bySecond.get(secondRun.hash);
    // A longer form starts with more than the word, so it is longer than every one-word form of it.
    return longer === undefined ? group.singles : longer.concat(group.singles);
  };

  /** The mention at `start` among the forms of its first word: the longest that matches, or a shorter one. */
  const mentionAt = (text: string, start: number, end: number, found: Group): Mention | undefined => {
    const group = candidatesAt(text, end, found);
    for (const form of group) {
      const end = matches(form, text, start);
      if (end < 0) continue;
      if (accepts(text, start, end, form)) return { entityId: form.entityId, start, end };
      // The longest form here was rejected: a shorter one at the same place may pass.
      for (const shorter of shorterOf(form, group)) {
        const shorterEnd = matches(shorter, text, start);
        if (shorterEnd >= 0 && accepts(text, start, shorterEnd, shorter))
          return { entityId: shorter.entityId, start, end: shorterEnd };
      }
      return undefined;
    }
    return undefined;
  };

  return (text) => {
    const mentions: Mention[] = [];
    starts.lastIndex = 0;
    while (starts.test(text)) {
      const after = starts.lastIndex;
      const low = text.charCodeAt(after - 1);
      const start = low >= 0xdc00 && low <= 0xdfff && after >= 2 ? after - 2 : after - 1;
      if (!isWordStart(text, start)) continue;
      const end = readWordRun(text, start, run);
      const group = groupOf(run.hash);
      const mention = group === undefined ? undefined : mentionAt(text, start, end, group);
      if (mention === undefined) {
        starts.lastIndex = end;
      } else {
        mentions.push(mention);
        starts.lastIndex = mention.end;
      }
    }
    return mentions;
  };
}
