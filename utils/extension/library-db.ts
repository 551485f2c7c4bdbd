/**
 * The library's IndexedDB database, through `idb`: its four object stores (documents without their text,
 * texts, entities, facts), opened once and seeded with the bundled article, the one transactional write
 * (all of a set of documents or none of it), record checks, and the change counter in storage.local
 * (LIBRARY_VERSION_KEY) that open pages and content scripts watch. library-store.ts builds on it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { documents as packDocuments, entities as packEntities, facts as packFacts } from '@/data';
import { documentText } from '@/data/document-text';
import { textFingerprint } from '@/utils/library/fingerprint';
import {
  libraryDocumentSchema,
  type DocumentBundle,
  type LibraryEntity,
  type LibraryFact,
} from '@/utils/library/model';

export const LIBRARY_DB = 'context-cards-library';
/** storage.local key: a number that grows with every committed change to the library. */
export const LIBRARY_VERSION_KEY = 'context-cards-library-version';

const count = z.number().int().min(0);
/** A document as listed: everything but its text, with how many entities and facts it brings. */
export const documentSummarySchema = libraryDocumentSchema
  .omit({ text: true })
  .extend({ entityCount: count, factCount: count });
export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export const textRecordSchema = z.strictObject({ id: z.string(), text: libraryDocumentSchema.shape.text });

export interface LibraryDB extends DBSchema {
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
export async function writeBundles(db: IDBPDatabase<LibraryDB>, bundles: readonly DocumentBundle[], notify = true) {
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
export async function announceChange(): Promise<void> {
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

export function parseAll<T>(raw: readonly unknown[], schema: z.ZodType<T>): Read<T> {
  const items: T[] = [];
  for (const record of raw) {
    const parsed = schema.safeParse(record);
    if (parsed.success) items.push(parsed.data);
  }
  return { items, skipped: raw.length - items.length };
}
