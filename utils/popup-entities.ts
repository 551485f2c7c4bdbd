/**
 * The popup's "On this page" list: the entities a tab reported, most mentioned first. Pure.
 */
import type { Entity } from '@/data/schema';
import type { EntityCounts } from './entity-counts';

export interface EntityOnPage<E> {
  entity: E;
  count: number;
}

/**
 * Entities with at least one mention, by count (highest first), ties in the pack's order. Ids the pack does
 * not know (a newer content script, a foreign message) are left out.
 */
export function rankEntitiesOnPage<E extends Pick<Entity, 'id'>>(
  counts: EntityCounts,
  entities: readonly E[],
): Array<EntityOnPage<E>> {
  return entities
    .map((entity, order) => ({ entity, count: counts[entity.id] ?? 0, order }))
    .filter(({ count }) => Number.isFinite(count) && count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ entity, count }) => ({ entity, count }));
}

/** "1 mention", "12 mentions". */
export function mentionLabel(count: number): string {
  return count === 1 ? '1 mention' : `${count} mentions`;
}
