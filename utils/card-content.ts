/**
 * The words a fact card shows, derived from the pack. Pure: no DOM, so the card's wording is unit-tested
 * without a browser.
 */
import type { EntityKind, Fact } from '@/data/schema';

/**
 * How many facts a card lists before its "More (N)" button, so that it opens without an inner scroll bar
 * (at 1280 × 800 and the usual font size): as many of the first facts as fit in about nine lines under
 * the header and source, counting the description's lines, each quote's (a long one is folded to five) and
 * a line for its links; one at least, three at most.
 */
export const MAX_SHOWN_FACTS = 3;
const ROOM_LINES = 9;
/** Characters in a line of the card's text, about. */
const LINE_CHARS = 45;
const FOLDED_LINES = 5;

export function shownFactCount(quotes: readonly string[], descriptionLength = 0): number {
  let used = Math.ceil(descriptionLength / LINE_CHARS);
  let count = 0;
  for (const quote of quotes.slice(0, MAX_SHOWN_FACTS)) {
    used += Math.min(FOLDED_LINES, Math.ceil(quote.length / LINE_CHARS)) + 1;
    if (count > 0 && used > ROOM_LINES) break;
    count++;
  }
  return count;
}

/** A document a card's facts come from, as the card names it. */
export interface CardDocument {
  id: string;
  title: string;
  /** Where it was published or found ("theintercept.com"), when known. */
  site?: string;
  /** When it was published, as an ISO date (YYYY-MM-DD), when known. */
  published?: string;
}

/** One source document and the facts it states about the card's entity, best first. */
export interface CardSource<F = Fact> {
  document: CardDocument;
  facts: readonly F[];
}

const KIND_LABELS: Record<EntityKind, string> = {
  person: 'Person',
  group: 'Group',
  organization: 'Organization',
  'un-body': 'UN body',
  government: 'Government',
  legislature: 'Legislature',
  'country-or-territory': 'Country or territory',
  'news-outlet': 'News outlet',
  place: 'Place',
};

export function kindLabel(kind: EntityKind): string {
  return KIND_LABELS[kind];
}

/** Speakers that are the document itself: its quotes need no "According to …". */
const THE_DOCUMENT = /^(?:the\s+)?(?:article|document|report|text)$/i;
const APOSTROPHES = /[\u2019\u02bc]/g;

/**
 * Whose claim a fact is, as a reader-facing phrase, or undefined when the card should not say it: when
 * the document itself is the speaker, or when the quote already names the speaker ("…,” said Secretary of
 * State Antony Blinken), so no words appear twice.
 */
export function attributionText(attribution: string, quote: string): string | undefined {
  const source = attribution.trim();
  if (source === '' || THE_DOCUMENT.test(source)) return undefined;
  const bare = source.replace(/^according to\s+/i, '');
  if (normalise(quote).includes(normalise(bare))) return undefined;
  return `According to ${bare}`;
}

function normalise(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Groups an entity's facts by their document, in order of first use; a document the lookup does not know
 * is left out (its facts could not be attributed).
 */
export function groupBySource<F extends Pick<Fact, 'document'>, D extends CardDocument = CardDocument>(
  facts: readonly F[],
  documentOf: (id: string) => D | undefined,
): Array<{ document: D; facts: F[] }> {
  const groups = new Map<string, { document: D; facts: F[] }>();
  for (const fact of facts) {
    let group = groups.get(fact.document);
    if (group === undefined) {
      const document = documentOf(fact.document);
      if (document === undefined) continue;
      group = { document, facts: [] };
      groups.set(fact.document, group);
    }
    group.facts.push(fact);
  }
  return [...groups.values()];
}

/** "theintercept.com · 12 December 2024": what is known of where and when, or undefined. */
export function sourceDetails(document: CardDocument): string | undefined {
  const parts: string[] = [];
  if (document.site) parts.push(document.site);
  const date = document.published === undefined ? undefined : readableDate(document.published);
  if (date) parts.push(date);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** "2024-12-12" → "12 December 2024" (no locale data in the content script); anything else as given. */
export function readableDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * The facts a card shows before "More": taken in turns from each document (its best first), so every
 * document that speaks is named at first sight, as many as fit (shownFactCount), and with several
 * documents at least two.
 */
export function foldFacts<F extends { id: string; quote: string }>(
  sources: ReadonlyArray<CardSource<F>>,
  descriptionLength: number,
): { total: number; foldedIds: Set<string> } {
  const turns: F[] = [];
  const longest = Math.max(0, ...sources.map((source) => source.facts.length));
  for (let round = 0; round < longest; round++) {
    for (const source of sources) if (source.facts[round]) turns.push(source.facts[round]!);
  }
  const fits = shownFactCount(
    turns.map((fact) => fact.quote),
    descriptionLength,
  );
  const count = Math.max(fits, Math.min(sources.length, 2));
  return { total: turns.length, foldedIds: new Set(turns.slice(0, count).map((fact) => fact.id)) };
}
