/**
 * Names the library already has that a new document mentions, whether or not the proposer saw them: a
 * sentence-initial "Hamas" is no guess once the library knows Hamas. Each becomes a review entry that
 * joins its entity (checked), so that entity's card gathers what this document says too.
 */
import type { EntityKind } from '@/data/schema';
import { compileMatcher } from '@/utils/match';
import type { LibraryEntity } from './model';
import type { ProposalKind } from './propose-names';

export interface KnownName {
  entity: LibraryEntity;
  kind: ProposalKind;
  /** How many times the text names it, as the highlighter counts. */
  count: number;
}

const PLACES: ReadonlySet<EntityKind> = new Set(['place', 'country-or-territory']);

export function knownNames(text: string, entities: readonly LibraryEntity[]): KnownName[] {
  if (entities.length === 0) return [];
  const counts = new Map<string, number>();
  for (const mention of compileMatcher(entities)(text)) {
    counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  }
  return entities
    .filter((entity) => counts.has(entity.id))
    .map((entity) => ({
      entity,
      kind: entity.kind === 'person' ? 'person' : PLACES.has(entity.kind) ? 'place' : 'organization',
      count: counts.get(entity.id)!,
    }));
}
