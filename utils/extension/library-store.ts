/**
 * The reader's library as the extension's parts use it: list, save, switch, remove and export documents,
 * and the two questions the content script and the card ask — which entities are active, and what each
 * switched-on document says about one entity. Every write is one transaction (library-db.ts), so a failed
 * write leaves the library as it was; every record read is checked, and a corrupted one is skipped and
 * counted. The bundled article can be switched off, never removed.
 */
import type { IDBPDatabase } from 'idb';
import { facts as packFacts } from '@/data';
import type { LibraryState } from '@/utils/library/build-document';
import {
  libraryEntitySchema,
  libraryFactSchema,
  type DocumentBundle,
  type LibraryDocument,
  type LibraryEntity,
  type LibraryFact,
} from '@/utils/library/model';
import {
  announceChange,
  documentSummarySchema,
  openLibrary,
  parseAll,
  textRecordSchema,
  writeBundles,
  type DocumentSummary,
  type LibraryDB,
  type Read,
} from './library-db';

export {
  LIBRARY_DB,
  LIBRARY_VERSION_KEY,
  openLibrary,
  requestPersistence,
  watchLibrary,
  type DocumentSummary,
  type Read,
} from './library-db';

/** One document's facts about an entity, for a card: the document named, its facts in text order. */
export interface FactsFromDocument {
  document: Pick<LibraryDocument, 'id' | 'title' | 'site' | 'url' | 'published' | 'bundled'>;
  facts: LibraryFact[];
}

/** Every document, bundled first, then in the order they were added. */
export async function listDocuments(): Promise<Read<DocumentSummary>> {
  const db = await openLibrary();
  const read = parseAll(await db.getAll('documents'), documentSummarySchema);
  read.items.sort((a, b) => Number(b.bundled) - Number(a.bundled) || a.added.localeCompare(b.added));
  return read;
}

/** What building or importing a document needs to know: documents' ids and fingerprints, every entity. */
export async function libraryState(): Promise<LibraryState & { skipped: number }> {
  const db = await openLibrary();
  const documents = parseAll(await db.getAll('documents'), documentSummarySchema);
  const entities = parseAll(await db.getAll('entities'), libraryEntitySchema);
  return { documents: documents.items, entities: entities.items, skipped: documents.skipped + entities.skipped };
}

export async function saveDocuments(bundles: readonly DocumentBundle[]): Promise<void> {
  await writeBundles(await openLibrary(), bundles);
}

export async function setDocumentActive(id: string, active: boolean): Promise<void> {
  const db = await openLibrary();
  const tx = db.transaction('documents', 'readwrite');
  const parsed = documentSummarySchema.safeParse(await tx.store.get(id));
  if (!parsed.success) throw new Error('This document cannot be read.');
  await tx.store.put({ ...parsed.data, active });
  await tx.done;
  await announceChange();
}

/** Removes a document, its text and facts, and the entities no other document's facts name. */
export async function removeDocument(id: string): Promise<void> {
  const db = await openLibrary();
  const tx = db.transaction(['documents', 'texts', 'entities', 'facts'], 'readwrite');
  const doc = await tx.objectStore('documents').get(id);
  if (doc?.bundled) throw new Error('The bundled article can be switched off, not removed.');
  const facts = tx.objectStore('facts');
  const own = await facts.index('document').getAll(id);
  const named = new Set(own.flatMap((fact) => (Array.isArray(fact.entities) ? fact.entities : [])));
  for (const fact of own) await facts.delete(fact.id);
  for (const entityId of named) {
    if ((await facts.index('entities').count(entityId)) === 0) await tx.objectStore('entities').delete(entityId);
  }
  await tx.objectStore('texts').delete(id);
  await tx.objectStore('documents').delete(id);
  await tx.done;
  await announceChange();
}

async function bundleOf(db: IDBPDatabase<LibraryDB>, summary: DocumentSummary): Promise<DocumentBundle | undefined> {
  const text = textRecordSchema.safeParse(await db.get('texts', summary.id));
  if (!text.success) return undefined;
  const { entityCount: _e, factCount: _f, ...meta } = summary;
  void _e;
  void _f;
  const facts = inReadingOrder(
    parseAll(await db.getAllFromIndex('facts', 'document', summary.id), libraryFactSchema).items,
  );
  const ids = [...new Set(facts.flatMap((fact) => fact.entities))];
  const entities = parseAll(
    await Promise.all(ids.map((entityId) => db.get('entities', entityId))),
    libraryEntitySchema,
  );
  return { document: { ...meta, text: text.data.text }, entities: entities.items, facts };
}

/** The reader's documents in full, for the export file (the bundled article ships with the extension). */
export async function exportBundles(): Promise<Read<DocumentBundle>> {
  const db = await openLibrary();
  const { items, skipped } = await listDocuments();
  const bundles: DocumentBundle[] = [];
  let unreadable = skipped;
  for (const summary of items.filter((doc) => !doc.bundled)) {
    const bundle = await bundleOf(db, summary);
    if (bundle) bundles.push(bundle);
    else unreadable += 1;
  }
  return { items: bundles, skipped: unreadable };
}

/**
 * The entities named by at least one fact of a switched-on document: what the matcher should find. A caller
 * that has just listed the documents passes them, so they are not read twice.
 */
export async function activeEntities(documents?: readonly DocumentSummary[]): Promise<Read<LibraryEntity>> {
  const db = await openLibrary();
  const active = (documents ?? (await listDocuments()).items).filter((doc) => doc.active);
  const ids = new Set<string>();
  for (const doc of active) {
    for (const fact of parseAll(await db.getAllFromIndex('facts', 'document', doc.id), libraryFactSchema).items) {
      for (const entityId of fact.entities) ids.add(entityId);
    }
  }
  return parseAll(await Promise.all([...ids].map((id) => db.get('entities', id))), libraryEntitySchema);
}

const packOrder = new Map(packFacts.map((fact, index) => [fact.id, index]));

/** A document's facts in reading order: the pack's file order, or the sentence number of an extracted fact. */
function inReadingOrder(facts: LibraryFact[]): LibraryFact[] {
  const rank = (fact: LibraryFact) => packOrder.get(fact.id) ?? Number(/-s(\d+)$/.exec(fact.id)?.[1] ?? 0);
  return facts.sort((a, b) => rank(a) - rank(b));
}

/** One entity of the library (the card's name, kind and description), or undefined when unknown or corrupted. */
export async function libraryEntity(id: string): Promise<LibraryEntity | undefined> {
  const parsed = libraryEntitySchema.safeParse(await (await openLibrary()).get('entities', id));
  return parsed.success ? parsed.data : undefined;
}

/** How much of the library one card carries: a card is read at a glance, and "More" should stay readable. */
export const CARD_LIMITS = { documents: 40, factsPerDocument: 5 } as const;

/** A card's facts about one entity, grouped by switched-on document (bundled first, then by date added). */
export async function factsForEntity(entityId: string): Promise<FactsFromDocument[]> {
  return (await factsForCard(entityId)).groups;
}

/**
 * The same, at most CARD_LIMITS of it (the bundled article's curated facts all), with how many documents
 * speak of the entity in all.
 */
export async function factsForCard(entityId: string): Promise<{ groups: FactsFromDocument[]; documentCount: number }> {
  const db = await openLibrary();
  const facts = parseAll(await db.getAllFromIndex('facts', 'entities', entityId), libraryFactSchema).items;
  const byDocument = new Map<string, LibraryFact[]>();
  for (const fact of facts) {
    const own = byDocument.get(fact.document);
    if (own) own.push(fact);
    else byDocument.set(fact.document, [fact]);
  }
  const groups: FactsFromDocument[] = [];
  let documentCount = 0;
  for (const doc of (await listDocuments()).items) {
    const own = doc.active ? byDocument.get(doc.id) : undefined;
    if (!own) continue;
    documentCount += 1;
    if (groups.length >= CARD_LIMITS.documents) continue;
    const { id, title, site, url, published, bundled } = doc;
    const ordered = inReadingOrder(own);
    const facts = bundled ? ordered : ordered.slice(0, CARD_LIMITS.factsPerDocument);
    groups.push({ document: { id, title, site, url, published, bundled }, facts });
  }
  return { groups, documentCount };
}
