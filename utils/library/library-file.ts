/**
 * The library's export file: one JSON file with a format name and a version, the reader's documents, the
 * entities their facts name and the facts. Reading one back validates it with zod and re-checks every
 * quote against its document (check-bundle.ts); a file with any problem is refused whole.
 */
import { z } from 'zod';
import { checkBundle } from './check-bundle';
import { textFingerprint } from './fingerprint';
import {
  LIMITS,
  libraryDocumentSchema,
  libraryEntitySchema,
  libraryFactSchema,
  type DocumentBundle,
  type LibraryEntity,
} from './model';

export const LIBRARY_FORMAT = 'context-cards-library';
export const LIBRARY_VERSION = 1;

const fileSchema = z.strictObject({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(LIBRARY_VERSION),
  exported: z.iso.datetime(),
  documents: z.array(libraryDocumentSchema.omit({ fingerprint: true, active: true, bundled: true })),
  entities: z.array(libraryEntitySchema),
  facts: z.array(libraryFactSchema),
});

export type LibraryFile = z.infer<typeof fileSchema>;
export type ReadResult = { ok: true; bundles: DocumentBundle[] } | { ok: false; message: string };

/** The file for the reader's own documents (the bundled article ships with the extension). */
export function serializeLibrary(bundles: readonly DocumentBundle[], now: Date): string {
  const own = bundles.filter((bundle) => !bundle.document.bundled);
  const entities = new Map<string, LibraryEntity>();
  for (const bundle of own) for (const entity of bundle.entities) entities.set(entity.id, entity);
  const file: LibraryFile = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    exported: now.toISOString(),
    documents: own.map(({ document }) => ({
      id: document.id,
      title: document.title,
      text: document.text,
      ...(document.site !== undefined && { site: document.site }),
      ...(document.url !== undefined && { url: document.url }),
      ...(document.published !== undefined && { published: document.published }),
      added: document.added,
    })),
    entities: [...entities.values()],
    facts: own.flatMap((bundle) => bundle.facts),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function libraryFileName(now: Date): string {
  return `context-cards-library-${now.toISOString().slice(0, 10)}.json`;
}

/** Reads an export file into one bundle per document, each passing the pack's checks, or says why not. */
export function readLibraryFile(text: string, bytes = text.length): ReadResult {
  if (bytes > LIMITS.fileBytes * 50) return { ok: false, message: 'The file is larger than 50 MB.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON.' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== LIBRARY_FORMAT) {
    return { ok: false, message: 'This is not a Context Cards library file.' };
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== LIBRARY_VERSION) {
    return {
      ok: false,
      message: `This library file has version ${JSON.stringify(version)}; this version of Context Cards reads version ${LIBRARY_VERSION}.`,
    };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `The file is malformed at “${issue?.path.join('.')}”: ${issue?.message}` };
  }
  const entityById = new Map(parsed.data.entities.map((entity) => [entity.id, entity]));
  const bundles: DocumentBundle[] = [];
  for (const doc of parsed.data.documents) {
    const facts = parsed.data.facts.filter((fact) => fact.document === doc.id);
    const ids = new Set(facts.flatMap((fact) => fact.entities));
    const entities = [...ids].flatMap((id) => entityById.get(id) ?? []);
    const document = { ...doc, active: true, bundled: false, fingerprint: textFingerprint(doc.text) };
    const bundle = { document, entities, facts };
    const problems = checkBundle(bundle);
    if (problems.length > 0) return { ok: false, message: `“${doc.title}” does not check out: ${problems[0]}` };
    bundles.push(bundle);
  }
  const known = new Set(parsed.data.documents.map((doc) => doc.id));
  const stray = parsed.data.facts.find((fact) => !known.has(fact.document));
  if (stray) return { ok: false, message: `Fact ${stray.id} cites a document that is not in the file.` };
  return { ok: true, bundles };
}
