/**
 * Proposes the names a document mentions, for the reader to review: compromise tags the words (people,
 * organizations, places), name-runs.ts takes capitalised names and acronyms, and variants merge into one
 * proposal ("Vivek Ramaswamy" with alias "Ramaswamy", "UNRWA" beside its full name). Each proposal has a
 * kind, how often the text names it, and a confidence. Only the library page imports this (compromise's
 * tagger weighs about 120 KB gzip).
 */
import nlp from 'compromise/two';
import { compileMatcher } from '@/utils/match';
import { aliasKey } from '@/utils/match/alias-variants';
import { nameRuns, type NameRun, type TaggedWord } from './name-runs';
import { mergeVariants, type Candidate } from './merge-variants';

export type ProposalKind = 'person' | 'organization' | 'place';

export interface NameProposal {
  name: string;
  kind: ProposalKind;
  /** Other forms of the name found in the text (surname, acronym, shorter form). */
  aliases: string[];
  /** How many times the text names it, by name or alias, as the highlighter would count. */
  count: number;
  /** 0–1: how sure the proposer is that this is a name worth keeping. */
  confidence: number;
  /** Checked at first on the review list. */
  confident: boolean;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const CONFIDENT = 0.6;
const ORG_HEADS =
  /^(?:Administration|Agency|Assembly|Association|Bank|Board|Bureau|Commission|Committee|Company|Corp|Corporation|Council|Court|Department|Foundation|Fund|Group|Inc|Institute|International|Journal|League|Ministry|News|Office|Organization|Organisation|Parliament|Party|Police|Post|Press|Service|Times|Tribune|Union|University|Watch)$/;

export function proposeNames(text: string): NameProposal[] {
  const candidates = new Map<string, Candidate>();
  for (const line of taggedLines(text)) {
    if (isHeadline(line, text)) continue;
    for (const run of nameRuns(line, text)) addRun(candidates, run, text);
  }
  const merged = mergeVariants([...candidates.values()].filter((candidate) => !isNoise(candidate)));
  const matcher = compileMatcher(merged.map((candidate, index) => ({ id: String(index), aliases: forms(candidate) })));
  const counts = new Map<string, number>();
  for (const mention of matcher(text)) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  return merged
    .map((candidate, index) => toProposal(candidate, counts.get(String(index)) ?? 0))
    .filter((proposal) => proposal.count > 0)
    .sort((a, b) => b.confidence - a.confidence || b.count - a.count || a.name.localeCompare(b.name));
}

function forms(candidate: Candidate): string[] {
  return [candidate.name, ...candidate.aliases];
}

function addRun(candidates: Map<string, Candidate>, run: NameRun, text: string): void {
  if (run.text.length < 2) return;
  const key = aliasKey(run.text);
  const existing = candidates.get(key);
  const tags = new Set(run.words.flatMap((word) => [...word.tags]));
  // "UN Relief and Works Agency (UNRWA)": an acronym in brackets that starts with the name's initial.
  const bracketed = /^\s*\(([\p{Lu}.]{2,10})\)/u.exec(text.slice(run.end))?.[1];
  const acronymAfter = bracketed?.[0] === run.text[0] ? bracketed : undefined;
  const next = run.followedBy;
  const modifier = next !== undefined && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb');
  if (existing) {
    existing.occurrences += 1;
    if (modifier) existing.modifierUses += 1;
    for (const tag of tags) existing.tags.add(tag);
    if (acronymAfter) existing.aliases.push(acronymAfter);
    return;
  }
  candidates.set(key, {
    name: run.text,
    aliases: acronymAfter ? [acronymAfter] : [],
    tags,
    words: run.text.split(' '),
    lastTags: run.words.at(-1)?.tags ?? new Set(),
    occurrences: 1,
    modifierUses: modifier ? 1 : 0,
  });
}

/** One word the tagger does not know as a name. */
function isUnknownWord(candidate: Candidate): boolean {
  const named = ['Person', 'Place', 'Organization', 'Acronym'].some((tag) => candidate.tags.has(tag));
  return candidate.words.length === 1 && !named;
}

/** A lone adjective ("Democratic", "Soviet") is not a name, even capitalised. */
function isNoise(candidate: Candidate): boolean {
  return isUnknownWord(candidate) && candidate.tags.has('Adjective');
}

/**
 * An unknown word only ever placed before a lower-case noun ("Republican president", but also "Iowa man")
 * is more often an adjective than a name: proposed, but unchecked.
 */
function onlyModifies(candidate: Candidate): boolean {
  return isUnknownWord(candidate) && candidate.modifierUses === candidate.occurrences;
}

function toProposal(candidate: Candidate, count: number): NameProposal {
  const tagged = ['Person', 'Place', 'Organization'].some((tag) => candidate.tags.has(tag));
  const acronym = isAcronym(candidate.name);
  let confidence = 0.3;
  if (tagged) confidence += 0.35;
  if (count >= 2) confidence += 0.25;
  if (count >= 4) confidence += 0.1;
  if (candidate.words.length > 1 || acronym) confidence += 0.15;
  if (onlyModifies(candidate)) confidence -= 0.3;
  confidence = Math.max(0.05, Math.min(1, Math.round(confidence * 100) / 100));
  return {
    name: candidate.name,
    kind: kindOf(candidate),
    aliases: [...new Set(candidate.aliases)].filter((alias) => aliasKey(alias) !== aliasKey(candidate.name)),
    count,
    confidence,
    confident: confidence >= CONFIDENT,
  };
}

const COUNTRY_ACRONYMS = /^(?:U\.?S\.?A?|U\.?K\.?|U\.?A\.?E\.?)$/;

function kindOf({ words, tags, name, lastTags }: Candidate): ProposalKind {
  if (COUNTRY_ACRONYMS.test(name)) return 'place';
  if (words.some((word) => ORG_HEADS.test(word))) return 'organization';
  if (['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'].some((tag) => tags.has(tag))) return 'person';
  // "Antony Blinken": two or three plain capitalised words not ending in a place read as a person.
  const plainWords = words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word));
  if (plainWords && !lastTags.has('Place') && !lastTags.has('Organization')) return 'person';
  if (tags.has('Place') && !tags.has('Organization')) return 'place';
  if (isAcronym(name) || tags.has('Organization')) return 'organization';
  return 'organization';
}

export function isAcronym(name: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,9}$/u.test(name);
}

/**
 * A line is a headline when it does not end like a sentence and most of its longer words are capitalised
 * ("Political Implications"): its runs are not names. A sentence dense with names still ends with a stop.
 */
function isHeadline(line: readonly TaggedWord[], text: string): boolean {
  const long = line.filter((word) => word.text.length >= 4);
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word.text));
  const share = long.length === 0 ? 0 : capitalised.length / long.length;
  const last = line.at(-1);
  const ended = last !== undefined && /^\S*[.!?"”’]/u.test(text.slice(last.end, last.end + 3));
  return !ended && line.length <= 25 && share >= 0.7;
}

/** compromise's terms grouped by line, with the punctuation and sentence starts name-runs.ts needs. */
function taggedLines(text: string): TaggedWord[][] {
  const sentences = nlp(text).json({ offset: true }) as { terms: CompromiseTerm[] }[];
  const lines: TaggedWord[][] = [];
  let line: TaggedWord[] = [];
  let lastEnd = 0;
  for (const sentence of sentences) {
    sentence.terms.forEach((term, index) => {
      const start = term.offset.start;
      const end = start + term.offset.length;
      const newLine = /[\r\n]/.test(text.slice(lastEnd, start));
      if (newLine && line.length > 0) {
        lines.push(line);
        line = [];
      }
      const previous = line.at(-1);
      if (previous && /[^\s]/.test(term.pre)) previous.breakAfter = true;
      line.push({
        text: text.slice(start, end),
        start,
        end,
        tags: new Set(term.tags),
        breakAfter: /[^\s]/.test(term.post),
        // After an opening quote or bracket a capital starts a sentence too.
        sentenceStart: index === 0 || newLine || /[“"‘([]\s*$/u.test(term.pre),
      });
      lastEnd = end;
    });
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
