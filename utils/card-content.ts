/**
 * The words a fact card shows, derived from the pack. Pure: no DOM, so the card's wording is unit-tested
 * without a browser.
 */
import type { EntityKind, Fact } from '@/data/schema';

/** How many facts a card lists before its "More (N)" button; the pack lists each entity's best first. */
export const SHOWN_FACTS = 3;

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

/**
 * Whose claim a fact is, as a reader-facing phrase. The pack writes the source as a noun phrase
 * ("the article", "Amnesty International", "unnamed reports"), so "According to …" reads right for
 * each of them; a phrase that already says so is kept.
 */
export function attributionText(attribution: string): string {
  const source = attribution.trim();
  return /^according to\b/i.test(source) ? source : `According to ${source}`;
}

/** The facts shown at first and the ones behind "More (N)", keeping pack order (the intended order). */
export function splitFacts<T>(facts: readonly T[], shown = SHOWN_FACTS): { first: T[]; more: T[] } {
  return { first: facts.slice(0, shown), more: facts.slice(shown) };
}

/** The titles of the documents a card's facts come from, once each, in order of first use. */
export function sourceTitles(facts: readonly Pick<Fact, 'document'>[], titleOf: (id: string) => string | undefined) {
  const titles: string[] = [];
  for (const fact of facts) {
    const title = titleOf(fact.document);
    if (title !== undefined && !titles.includes(title)) titles.push(title);
  }
  return titles;
}
