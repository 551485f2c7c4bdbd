/**
 * The reader's library as data: documents, entities and facts, as zod schemas (types from z.infer). An
 * entity is the bundled pack's entity shape, so one matcher serves both; a fact is the pack's fact without a
 * statement, because the library never paraphrases: its facts are sentences quoted verbatim.
 */
import { z } from 'zod';
import { entitySchema, factSchema } from '@/data/schema';

/** Limits a reader meets as refusals on the library page. */
export const LIMITS = {
  titleChars: 300,
  /** A document's text, and a dropped or imported file, in bytes. */
  fileBytes: 1024 * 1024,
  textChars: 1024 * 1024,
  /** The pack's quote limit: a longer sentence is quoted by a verbatim part of it. */
  quoteChars: 300,
} as const;

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single dashes)');

export const libraryDocumentSchema = z.strictObject({
  id: kebabId,
  title: z
    .string()
    .trim()
    .min(1, 'The title is empty.')
    .max(LIMITS.titleChars, `The title is longer than ${LIMITS.titleChars} characters.`),
  /** The text every quote is checked against, verbatim. */
  text: z
    .string()
    .max(LIMITS.textChars, 'The text is longer than 1 MB.')
    .refine((text) => text.trim() !== '', 'The text is empty.'),
  /** The site's name or host, when known (a captured page). */
  site: z.string().max(200).optional(),
  url: z.url().max(2048).optional(),
  /** The date the document states it was published (ISO 8601), when it does. */
  published: z.string().max(40).optional(),
  /** When the reader added it (ISO 8601). */
  added: z.iso.datetime(),
  /** Switched off documents keep their facts but lend them to no card or highlight. */
  active: z.boolean(),
  /** The bundled article: it can be switched off, never removed. */
  bundled: z.boolean(),
  /** Whitespace-insensitive digest of the text, to refuse a document already in the library. */
  fingerprint: z.string().min(1),
});

export const libraryEntitySchema = entitySchema;

export const libraryFactSchema = factSchema.extend({
  /** Only the bundled pack's hand-written facts carry a statement. */
  statement: factSchema.shape.statement.optional(),
});

export type LibraryDocument = z.infer<typeof libraryDocumentSchema>;
export type LibraryEntity = z.infer<typeof libraryEntitySchema>;
export type LibraryFact = z.infer<typeof libraryFactSchema>;

/** One document with what it brings: the entities it names (new or joined) and its facts. */
export interface DocumentBundle {
  document: LibraryDocument;
  entities: LibraryEntity[];
  facts: LibraryFact[];
}
