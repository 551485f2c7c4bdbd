/**
 * The reader's library in the extension's IndexedDB, through `idb`. Documents (without their text),
 * texts, entities and facts are four object stores; every write is one transaction over the stores it
 * touches, so a failed write leaves the library as it was. Every record read is checked with its zod
 * schema: a corrupted one is skipped and counted, never trusted. The bundled article is seeded as the
 * first document; it can be switched off, not removed. Each committed change bumps a counter in
 * storage.local (LIBRARY_VERSION_KEY) that open pages and content scripts watch.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { documents as packDocuments, entities as packEntities, facts as packFacts } from '@/data';
import { documentText } from '@/data/document-text';
import { textFingerprint } from '@/utils/library/fingerprint';
import {
  libraryDocumentSchema,
  libraryEntitySchema,
  libraryFactSchema,
  type DocumentBundle,
  type LibraryDocument,
  type LibraryEntity,
  type LibraryFact,
} from '@/utils/library/model';
import type { LibraryState } from '@/utils/library/build-document';

export const LIBRARY_DB = 'context-cards-library';
/** storage.local key: a number that grows with every committed change to the library. */
export const LIBRARY_VERSION_KEY = 'context-cards-library-version';

const count = z.number().int().min(0);
/** A document as listed: everything but its text, with how many entities and facts it brings. */
export const documentSummarySchema = libraryDocumentSchema
  .omit({ text: true })
  .extend({ entityCount: count, factCount: count });
export type DocumentSummary = z.infer<typeof documentSummarySchema>;
const textRecordSchema = z.strictObject({ id: z.string(), text: libraryDocumentSchema.shape.text });

interface LibraryDB extends DBSchema {
  documents: { key: string; value: DocumentSummary };
  texts: { key: string; value: { id: string; text: string } };
  entities: { key: string; value: LibraryEntity };
  facts: { key: string; value: LibraryFact; indexes: { document: string; entities: string } };
}

/** What a read found: the valid records, and how many were corrupted and skipped. */
export interface Read<T> {
  items: T[];
  skipped: number;
}

/** One document's facts about an entity, for a card: the document named, its facts in text order. */
export interface FactsFromDocument {
  document: Pick<LibraryDocument, 'id' | 'title' | 'site' | 'url' | 'published' | 'bundled'>;
  facts: LibraryFact[];
}

let opening: Promise<IDBPDatabase<LibraryDB>> | undefined;

/** The database, created and seeded with the bundled article on first use. */
export function openLibrary(): Promise<IDBPDatabase<LibraryDB>> {
  opening ??= openDB<LibraryDB>(LIBRARY_DB, 1, {
    upgrade(db) {
      db.createObjectStore('documents', { keyPath: 'id' });
      db.createObjectStore('texts', { keyPath: 'id' });
      db.createObjectStore('entities', { keyPath: 'id' });
      const facts = db.createObjectStore('facts', { keyPath: 'id' });
      facts.createIndex('document', 'document');
      facts.createIndex('entities', 'entities', { multiEntry: true });
    },
  }).then(async (db) => {
    await seedBundled(db);
    return db;
  });
  opening.catch(() => (opening = undefined));
  return opening;
}

/** Asks the browser to keep the library when it clears storage under pressure; true when granted. */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persisted?.()) || ((await navigator.storage?.persist?.()) ?? false);
  } catch {
    return false;
  }
}

/** The bundled pack as library records, added now (it joins the library when the library is created). */
export function bundledBundles(now = new Date()): DocumentBundle[] {
  return packDocuments.map((doc) => {
    const text = documentText(doc.id) ?? '';
    const facts = packFacts.filter((fact) => fact.document === doc.id);
    const ids = new Set(facts.flatMap((fact) => fact.entities));
    return {
      document: {
        id: doc.id,
        title: doc.title,
        text,
        added: now.toISOString(),
        active: true,
        bundled: true,
        fingerprint: textFingerprint(text),
      },
      entities: packEntities.filter((entity) => ids.has(entity.id)),
      facts: [...facts],
    };
  });
}

async function seedBundled(db: IDBPDatabase<LibraryDB>): Promise<void> {
  const missing = [];
  for (const bundle of bundledBundles()) {
    if ((await db.get('documents', bundle.document.id)) === undefined) missing.push(bundle);
  }
  if (missing.length > 0) await writeBundles(db, missing, false);
}

function summary(bundle: DocumentBundle): DocumentSummary {
  const { text: _text, ...meta } = bundle.document;
  void _text;
  return { ...meta, entityCount: bundle.entities.length, factCount: bundle.facts.length };
}

/** Writes documents with their texts, entities and facts in one transaction: all of it or none. */
async function writeBundles(db: IDBPDatabase<LibraryDB>, bundles: readonly DocumentBundle[], notify = true) {
  const tx = db.transaction(['documents', 'texts', 'entities', 'facts'], 'readwrite');
  try {
    for (const bundle of bundles) {
      await tx.objectStore('documents').put(summary(bundle));
      await tx.objectStore('texts').put({ id: bundle.document.id, text: bundle.document.text });
      for (const entity of bundle.entities) await tx.objectStore('entities').put(entity);
      for (const fact of bundle.facts) await tx.objectStore('facts').put(fact);
    }
    await tx.done;
  } catch (error) {
    // A failed request aborts the transaction; abort() makes sure, and tx.done then settles.
    try {
      tx.abort();
    } catch {
      // already aborted
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  if (notify) await announceChange();
}

/** Bumps the change counter that open pages and content scripts watch. */
async function announceChange(): Promise<void> {
  const stored = await browser.storage.local.get(LIBRARY_VERSION_KEY);
  const current = Number(stored[LIBRARY_VERSION_KEY]) || 0;
  await browser.storage.local.set({ [LIBRARY_VERSION_KEY]: current + 1 });
}

/** Calls back whenever the library changed (in any tab); returns the unwatch function. */
export function watchLibrary(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && LIBRARY_VERSION_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

function parseAll<T>(raw: readonly unknown[], schema: z.ZodType<T>): Read<T> {
  const items: T[] = [];
  for (const record of raw) {
    const parsed = schema.safeParse(record);
    if (parsed.success) items.push(parsed.data);
  }
  return { items, skipped: raw.length - items.length };
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

/** The entities named by at least one fact of a switched-on document: what the matcher should find. */
export async function activeEntities(): Promise<Read<LibraryEntity>> {
  const db = await openLibrary();
  const active = (await listDocuments()).items.filter((doc) => doc.active);
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

/** A card's facts about one entity, grouped by switched-on document (bundled first, then by date added). */
export async function factsForEntity(entityId: string): Promise<FactsFromDocument[]> {
  const db = await openLibrary();
  const facts = parseAll(await db.getAllFromIndex('facts', 'entities', entityId), libraryFactSchema).items;
  const groups: FactsFromDocument[] = [];
  for (const doc of (await listDocuments()).items) {
    if (!doc.active) continue;
    const own = facts.filter((fact) => fact.document === doc.id);
    if (own.length === 0) continue;
    const { id, title, site, url, published, bundled } = doc;
    groups.push({ document: { id, title, site, url, published, bundled }, facts: inReadingOrder(own) });
  }
  return groups;
}
