/**
 * What a card shows about one entity, asked by card-ui.js through the background: the entity, and its facts
 * grouped by switched-on document. Where the reader has not shown their own documents on the tab, only the
 * bundled article speaks (the names highlighted there are its names), so a card a page can measure holds
 * nothing from the reader's library.
 */
import { documentById, entityById, factsByEntity } from '@/data/index';
import { groupBySource } from '@/utils/card-content';
import type { LibraryEntity } from '@/utils/library/model';
import { factsForCard, libraryEntity, type FactsFromDocument } from './library-store';

export interface CardFacts {
  entity: LibraryEntity | undefined;
  /** At most CARD_LIMITS (library-store.ts) of them. */
  documents: FactsFromDocument[];
  /** How many documents speak of the entity, all told. */
  documentCount: number;
}

export async function cardFacts(entityId: string, libraryShown: boolean): Promise<CardFacts> {
  if (!libraryShown) {
    const entity = entityById.get(entityId);
    if (!entity) return { entity: undefined, documents: [], documentCount: 0 };
    // The bundled article's own facts, from the pack: no need to read the library for them.
    const documents = packGroups(entityId);
    return { entity, documents, documentCount: documents.length };
  }
  try {
    const [entity, read] = await Promise.all([libraryEntity(entityId), factsForCard(entityId)]);
    return { entity: entity ?? entityById.get(entityId), documents: read.groups, documentCount: read.documentCount };
  } catch (error) {
    console.warn('[Context Cards] Reading the library failed; cards quote the bundled article:', error);
    return cardFacts(entityId, false);
  }
}

/** The bundled pack's facts about an entity, grouped as the library would group them. */
function packGroups(entityId: string): FactsFromDocument[] {
  return groupBySource(factsByEntity.get(entityId) ?? [], (id) => {
    const doc = documentById.get(id);
    return doc && { id: doc.id, title: doc.title, bundled: true };
  });
}
