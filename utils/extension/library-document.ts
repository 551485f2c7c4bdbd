/**
 * One library document read whole for the article view (its record, text, facts and the entities they
 * name), and the document a fact belongs to (for opening a card's fact at its passage). Every record is
 * checked: an unknown id or a corrupted record is reported as such, never thrown at the page.
 */
import { libraryEntitySchema, libraryFactSchema, type LibraryEntity, type LibraryFact } from '@/utils/library/model';
import { documentSummarySchema, openLibrary, parseAll, textRecordSchema, type DocumentSummary } from './library-db';

export type DocumentRead =
  | {
      ok: true;
      document: DocumentSummary;
      text: string;
      facts: LibraryFact[];
      entities: LibraryEntity[];
      /** Facts or entities of the document that were corrupted and left out. */
      skipped: number;
    }
  | { ok: false; problem: 'unknown' | 'unreadable' };

export async function readLibraryDocument(id: string): Promise<DocumentRead> {
  const db = await openLibrary();
  const raw = await db.get('documents', id);
  if (raw === undefined) return { ok: false, problem: 'unknown' };
  const document = documentSummarySchema.safeParse(raw);
  const text = textRecordSchema.safeParse(await db.get('texts', id));
  if (!document.success || !text.success || document.data.id !== id) return { ok: false, problem: 'unreadable' };
  const facts = parseAll(await db.getAllFromIndex('facts', 'document', id), libraryFactSchema);
  const ids = [...new Set(facts.items.flatMap((fact) => fact.entities))];
  const entities = parseAll(
    await Promise.all(ids.map((entityId) => db.get('entities', entityId))),
    libraryEntitySchema,
  );
  return {
    ok: true,
    document: document.data,
    text: text.data.text,
    facts: facts.items,
    entities: entities.items,
    skipped: facts.skipped + entities.skipped,
  };
}

/** The id of the document a fact of the library belongs to, or undefined when the library has no such fact. */
export async function documentOfFact(factId: string): Promise<string | undefined> {
  const parsed = libraryFactSchema.safeParse(await (await openLibrary()).get('facts', factId));
  return parsed.success ? parsed.data.document : undefined;
}
