/**
 * The fact pack, typed for run time. The JSON is not parsed with zod here: `npm run data:check` and the
 * unit tests validate it (data/check-pack.ts), so the content script ships no schema code for it.
 * The document texts live in data/document-text.ts, which only the article view imports.
 */
import documentsJson from './documents.json';
import factsJson from './facts.json';
import { entities } from './entities';
import type { Entity, Fact, SourceDocument } from './schema';

export { entities };

export type { Alias, AliasGuard, Entity, EntityKind, Fact, SourceDocument } from './schema';

export const documents: readonly SourceDocument[] = documentsJson as SourceDocument[];
/**
 * Facts in file order, which is the order a card lists them: for every entity, its facts come in the
 * order of facts.json, and the card shows the first three, so the file puts each entity's most
 * informative facts before the rest.
 */
export const facts: readonly Fact[] = factsJson as Fact[];

export const documentById: ReadonlyMap<string, SourceDocument> = new Map(documents.map((doc) => [doc.id, doc]));
export const entityById: ReadonlyMap<string, Entity> = new Map(entities.map((entity) => [entity.id, entity]));

/** Each entity's facts, in file order. */
export const factsByEntity: ReadonlyMap<string, readonly Fact[]> = groupFactsByEntity(facts);

function groupFactsByEntity(all: readonly Fact[]): Map<string, Fact[]> {
  const byEntity = new Map<string, Fact[]>();
  for (const fact of all) {
    for (const id of fact.entities) {
      const list = byEntity.get(id);
      if (list === undefined) byEntity.set(id, [fact]);
      else list.push(fact);
    }
  }
  return byEntity;
}
