/**
 * The entities pages look for: the bundled pack's, minus those the reader muted. The one place the
 * background asks, so the reader's library (issue 12) plugs in here: add its entities to `sources`.
 */
import { entities as packEntities } from '@/data/entities';
import type { Entity } from '@/data/schema';
import { mutedEntitiesSetting } from './settings';

export type MatchableEntity = Pick<Entity, 'id' | 'aliases'>;

/** Entities beyond the pack (the library, or the benchmark's synthetic one), and a revision that changes with them. */
let extra: { entities: readonly MatchableEntity[]; revision: string } = { entities: [], revision: '' };

export function setExtraEntities(entities: readonly MatchableEntity[], revision: string): void {
  extra = { entities, revision };
}

export interface ActiveEntities {
  entities: MatchableEntity[];
  /** Changes whenever `entities` may have: muted ids, the extension's version, the extra entities' revision. */
  source: string;
}

export async function activeEntities(version: string): Promise<ActiveEntities> {
  const muted = await mutedEntitiesSetting.get();
  const silenced = new Set(muted);
  const entities = [...packEntities, ...extra.entities].filter((entity) => !silenced.has(entity.id));
  return { entities, source: JSON.stringify([version, muted, extra.revision]) };
}
