/**
 * Merges the variants of one name into one candidate: "U.S." and "US", a surname and the full name
 * ("Ramaswamy" into "Vivek Ramaswamy"), an acronym and the name it abbreviates ("UNRWA"), and a shorter
 * form ending a longer one ("Security Council" into "UN Security Council").
 */
import { aliasKey } from '@/utils/match/alias-variants';

export interface Candidate {
  name: string;
  aliases: string[];
  /** compromise's tags over every occurrence. */
  tags: Set<string>;
  words: string[];
  /** compromise's tags of the name's last word, at its first occurrence. */
  lastTags: ReadonlySet<string>;
  occurrences: number;
  /** Occurrences where it directly modifies a lower-case noun ("Soviet countries", "Republican president"). */
  modifierUses: number;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

export function mergeVariants(candidates: readonly Candidate[]): Candidate[] {
  const list = candidates.map((candidate) => ({ ...candidate, aliases: [...candidate.aliases] }));
  const absorbed = new Set<Candidate>();
  const absorb = (into: Candidate, from: Candidate) => {
    into.aliases.push(from.name, ...from.aliases);
    into.occurrences += from.occurrences;
    into.modifierUses += from.modifierUses;
    for (const tag of from.tags) into.tags.add(tag);
    absorbed.add(from);
  };
  // Longest first, so a short form finds the fullest name it belongs to.
  const byLength = [...list].sort((a, b) => b.words.length - a.words.length || b.name.length - a.name.length);
  for (const short of byLength) {
    if (absorbed.has(short)) continue;
    const owner = byLength.find((long) => long !== short && !absorbed.has(long) && isVariantOf(short, long, list));
    if (owner) absorb(owner, short);
  }
  // An alias already proposed on its own (an acronym found in brackets and alone) joins too.
  for (const owner of list) {
    if (absorbed.has(owner)) continue;
    const keys = new Set(owner.aliases.map(aliasKey));
    for (const other of list) {
      if (other !== owner && !absorbed.has(other) && keys.has(aliasKey(other.name))) absorb(owner, other);
    }
  }
  return list.filter((candidate) => !absorbed.has(candidate));
}

function isVariantOf(short: Candidate, long: Candidate, all: readonly Candidate[]): boolean {
  const plain = (name: string) => name.replace(/\./g, '');
  if (short.words.length === 1 && long.words.length === 1) {
    // "U.S." and "US": the dotted form is the same acronym; the more frequent one stays the name.
    return plain(short.name) === plain(long.name) && short.name !== long.name && long.occurrences >= short.occurrences;
  }
  if (short.words.length >= long.words.length) return false;
  const tail = long.words.slice(long.words.length - short.words.length).join(' ');
  if (short.words.length > 1) return tail === short.name;
  // One word: a person's surname, when only one person in the text has it.
  if (tail === short.name && isPerson(long)) {
    return (
      all.filter((other) => other.words.length > 1 && other.words.at(-1) === short.name && isPerson(other)).length === 1
    );
  }
  return initials(long) === plain(short.name);
}

function isPerson(candidate: Candidate): boolean {
  return (
    PERSON_TAGS.some((tag) => candidate.tags.has(tag)) || candidate.words.every((word) => /^\p{Lu}\p{Ll}/u.test(word))
  );
}

/** "UN Relief and Works Agency" → "UNRWA": capitals of the significant words, acronyms whole. */
function initials(candidate: Candidate): string {
  return candidate.words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => (/^[\p{Lu}.]+$/u.test(word) ? word.replace(/\./g, '') : word[0]))
    .join('');
}
