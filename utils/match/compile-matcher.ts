/**
 * The mention matcher: every alias of the pack compiled once into one regular expression, run over plain
 * strings. Leftmost-longest: at each position the longest alias wins, and a span is one mention; a hit that is
 * only part of a longer proper name is no mention (whole-name.ts).
 */
import type { AliasGuard, Entity } from '@/data/schema';
import { aliasKey, aliasVariants } from './alias-variants';
import { isWordCharAt, isWordCharBefore } from './boundaries';
import { passesGuard } from './guards';
import { isWholeName } from './whole-name';

/** One mention: [start, end) in UTF-16 offsets; covers the name only, not a trailing `’s`. */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
}

/** Finds the mentions in a string, sorted by start and non-overlapping. */
export type MentionMatcher = (text: string) => Mention[];

interface Target {
  entityId: string;
  guard: AliasGuard | undefined;
  /** Anchored (sticky) pattern for this form, to retry it when a longer form at the same place is rejected. */
  sticky: RegExp;
  /** Other forms this one starts with, longest first ("Biden" for "Biden administration"). */
  shorter: Target[];
}

/** ASCII word characters; non-ASCII neighbours are checked after the hit (see boundaries.ts). */
const BEFORE = '(?<![A-Za-z0-9])';
const AFTER = '(?![A-Za-z0-9])';

export function compileMatcher(entities: ReadonlyArray<Pick<Entity, 'id' | 'aliases'>>): MentionMatcher {
  const targets = new Map<string, Target>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      for (const { key, pattern, guard } of aliasVariants(alias)) {
        // The first entity to claim a form keeps it: the pack's order decides, never the page.
        if (targets.has(key)) continue;
        targets.set(key, { entityId: entity.id, guard, sticky: new RegExp(pattern + AFTER, 'y'), shorter: [] });
      }
    }
  }
  if (targets.size === 0) return () => [];

  // Longest first, so the alternation tries "UN Security Council" before "UN".
  const keys = [...targets.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const key of keys) {
    const target = targets.get(key)!;
    for (const other of keys) {
      if (other.length < key.length && key.startsWith(other)) target.shorter.push(targets.get(other)!);
    }
  }
  const alternatives = keys.map((key) => targets.get(key)!.sticky.source.slice(0, -AFTER.length));
  // A lookahead on the forms' first characters lets V8 skip most positions before trying the lookbehind and
  // the alternation: about 12% faster on English text (scripts/bench-matcher.ts: 229 → 260 MB/s).
  const firsts = [...new Set(keys.map((key) => key[0]!))].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('');
  const scanner = new RegExp(`(?=[${firsts}])${BEFORE}(?:${alternatives.join('|')})${AFTER}`, 'g');

  function lookup(matched: string): Target | undefined {
    return targets.get(matched) ?? targets.get(aliasKey(matched));
  }

  const isPackName = (word: string) => targets.has(word);

  function accepts(text: string, start: number, end: number, target: Target): boolean {
    if (isWordCharAt(text, end)) return false;
    if (target.guard !== undefined && !passesGuard(text, start, end, target.guard)) return false;
    return isWholeName(text, start, end, isPackName);
  }

  /** A shorter form at `start` that passes, when the longest one was rejected. */
  function retryShorter(text: string, start: number, rejected: Target): Mention | undefined {
    for (const target of rejected.shorter) {
      target.sticky.lastIndex = start;
      if (!target.sticky.test(text)) continue;
      const end = target.sticky.lastIndex;
      if (accepts(text, start, end, target)) return { entityId: target.entityId, start, end };
    }
    return undefined;
  }

  return (text) => {
    const mentions: Mention[] = [];
    scanner.lastIndex = 0;
    for (let hit = scanner.exec(text); hit !== null; hit = scanner.exec(text)) {
      const start = hit.index;
      // A letter before the hit rules out every form starting here; try one character later.
      if (isWordCharBefore(text, start)) {
        scanner.lastIndex = start + 1;
        continue;
      }
      const target = lookup(hit[0]);
      if (target === undefined) continue; // unreachable: every alternative has a key
      const end = start + hit[0].length;
      const mention = accepts(text, start, end, target)
        ? { entityId: target.entityId, start, end }
        : retryShorter(text, start, target);
      if (mention === undefined) {
        scanner.lastIndex = start + 1;
      } else {
        mentions.push(mention);
        scanner.lastIndex = mention.end;
      }
    }
    return mentions;
  };
}
