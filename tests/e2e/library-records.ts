/**
 * The library's records as stored (IndexedDB `context-cards-library`), read by a function that runs in one of
 * the extension's pages (`page.evaluate(readLibraryRecords)`, in Playwright and in puppeteer alike), so a test
 * can address a passage as the cards and popup do, or check a quote against the saved text.
 */

export interface StoredFact {
  id: string;
  document: string;
  quote: string;
}

export interface LibraryRecords {
  /** Each document's id, by its title. */
  documents: Record<string, string>;
  facts: StoredFact[];
  /** Every document's saved text. */
  texts: string[];
}

/** Runs in the page: it uses nothing from outside. */
export async function readLibraryRecords(): Promise<LibraryRecords> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('context-cards-library');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const all = <T>(store: string) =>
    new Promise<T[]>((done, fail) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => done(request.result as T[]);
      request.onerror = () => fail(request.error);
    });
  const documents = await all<{ id: string; title: string }>('documents');
  const facts = await all<StoredFact>('facts');
  const texts = await all<{ text: string }>('texts');
  db.close();
  return {
    documents: Object.fromEntries(documents.map((doc) => [doc.title, doc.id])),
    facts: facts.map(({ id, document, quote }) => ({ id, document, quote })),
    texts: texts.map((record) => record.text),
  };
}
