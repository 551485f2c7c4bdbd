/**
 * The entities pages look for, in two sets, minus those the reader muted:
 * - public: the bundled pack's (when its document is switched on), which every page may look for with the
 *   Highlight API, since anyone can read that article;
 * - all: those plus the names of the documents the reader added, looked for on a page only once the reader
 *   asks there (the popup's "Show names from my documents"), so that a page cannot learn what the reader's
 *   library holds (README, Privacy).
 * The one place the background asks; publish-matcher.ts compiles both.
 */
import { browser } from 'wxt/browser';
import { entities as packEntities } from '@/data/entities';
import type { Entity } from '@/data/schema';
import { LIBRARY_VERSION_KEY } from './library-db';
import { listDocuments, activeEntities as libraryEntities } from './library-store';
import { mutedEntitiesSetting } from './settings';

export type MatchableEntity = Pick<Entity, 'id' | 'aliases'>;

/** Public entities beyond the pack (the benchmark's synthetic pack), and a revision that changes with them. */
let extra: { entities: readonly MatchableEntity[]; revision: string } = { entities: [], revision: '' };

export function setExtraEntities(entities: readonly MatchableEntity[], revision: string): void {
  extra = { entities, revision };
}

export interface ActiveEntities {
  entities: MatchableEntity[];
  /** Changes whenever `entities` may have: muted ids, the extension's version, the library's revision. */
  source: string;
}

export interface EntitySets {
  public: ActiveEntities;
  /** Undefined when the reader's own documents name no entity beyond the public ones. */
  all: ActiveEntities | undefined;
}

export async function activeEntities(version: string): Promise<EntitySets> {
  const muted = await mutedEntitiesSetting.get();
  const silenced = new Set(muted);
  const library = await readLibrary();
  const pack = library.bundledActive ? packEntities : [];
  const publicOnes = [...pack, ...extra.entities].filter((entity) => !silenced.has(entity.id));
  const source = JSON.stringify([version, muted, extra.revision, library.bundledActive]);
  const byId = new Map<string, MatchableEntity>(publicOnes.map((entity) => [entity.id, entity]));
  let added = false;
  for (const entity of library.entities) {
    if (silenced.has(entity.id)) continue;
    const known = byId.get(entity.id);
    // A name the reader's documents gave a public entity ("Trump" for Donald Trump) is private too.
    if (known && entity.aliases.every((alias) => known.aliases.includes(alias))) continue;
    byId.set(entity.id, entity);
    added = true;
  }
  return {
    public: { entities: publicOnes, source },
    all: added ? { entities: [...byId.values()], source: JSON.stringify([source, library.revision]) } : undefined,
  };
}

/**
 * The library's switched-on entities, and whether the bundled article is on. A library that cannot be
 * read (IndexedDB failing) leaves the bundled pack on and adds nothing: pages keep working.
 */
async function readLibrary(): Promise<{ bundledActive: boolean; entities: MatchableEntity[]; revision: number }> {
  try {
    const [documents, stored] = await Promise.all([listDocuments(), browser.storage.local.get(LIBRARY_VERSION_KEY)]);
    const entities = await libraryEntities(documents.items);
    const bundled = documents.items.filter((doc) => doc.bundled);
    return {
      bundledActive: bundled.length === 0 || bundled.some((doc) => doc.active),
      entities: entities.items,
      revision: Number(stored[LIBRARY_VERSION_KEY]) || 0,
    };
  } catch (error) {
    console.warn('[Context Cards] Reading the library failed; only the bundled article is used:', error);
    return { bundledActive: true, entities: [], revision: 0 };
  }
}
