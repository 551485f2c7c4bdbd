/**
 * What a card shows about one entity, asked by card-ui.js through the background: the entity, and its facts
 * grouped by switched-on document. Where the reader has not shown their own documents on the tab, only the
 * bundled article speaks (the names highlighted there are its names), so a card a page can measure holds
 * nothing from the reader's library.
 */
import { documents as packDocuments, entityById, factsByEntity } from '@/data/index';
import type { LibraryEntity } from '@/utils/library/model';
import { factsForEntity, libraryEntity, type FactsFromDocument } from './library-store';

export interface CardFacts {
  entity: LibraryEntity | undefined;
  documents: FactsFromDocument[];
}

export async function cardFacts(entityId: string, libraryShown: boolean): Promise<CardFacts> {
  if (!libraryShown) {
    const entity = entityById.get(entityId);
    if (!entity) return { entity: undefined, documents: [] };
    const documents = await factsForEntity(entityId).catch((error: unknown) => {
      console.warn('[Context Cards] Reading the library failed; cards quote the bundled article:', error);
      return packGroups(entityId);
    });
    return { entity, documents: documents.filter((group) => group.document.bundled) };
  }
  const [entity, documents] = await Promise.all([libraryEntity(entityId), factsForEntity(entityId)]);
  return { entity: entity ?? entityById.get(entityId), documents };
}

/** The bundled pack's facts about an entity, as the library would group them (the library unreadable). */
function packGroups(entityId: string): FactsFromDocument[] {
  const facts = factsByEntity.get(entityId) ?? [];
  return packDocuments.flatMap((doc) => {
    const own = facts.filter((fact) => fact.document === doc.id);
    return own.length === 0 ? [] : [{ document: { id: doc.id, title: doc.title, bundled: true }, facts: own }];
  });
}
