/**
 * The fact pack's schemas. Every JSON file in data/ is parsed with these at test and build time
 * (`npm run data:check`); the runtime imports the typed result from data/index.ts.
 */
import { z } from 'zod';

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single dashes)');

export const documentSchema = z.strictObject({
  id: kebabId,
  /** The document's first line, verbatim. */
  title: z.string().min(1),
  /** File name under data/documents/. */
  file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'must be a .txt file name in data/documents/'),
});

/**
 * Guards for aliases that are ambiguous on their own:
 * - `un-context`: for a UN body's bare name. Taken only when the same run of text also names the UN
 *   ("UN", "U.N." or "United Nations"), and rejected when the word before it is capitalised and is not
 *   "The", "UN", "U.N." or "United Nations" — so "North Carolina General Assembly", "National Security
 *   Council" and a state's "reelection to the General Assembly" are not the UN bodies, while "the General
 *   Assembly" in a paragraph about the UN is.
 * - `not-in-caps`: rejected when a neighbouring word is written in capitals too ("CONTACT US"), so an
 *   all-caps abbreviation is only taken in mixed-case text.
 */
export const aliasGuardSchema = z.enum(['un-context', 'not-in-caps']);

/**
 * An alias is the surface form to find on web pages, matched case-sensitively on word boundaries,
 * with any run of whitespace between its words. A leading "UN " also matches "U.N. " and
 * "United Nations ". A plain string needs no guard.
 */
export const aliasSchema = z.union([
  z.string().min(2),
  z.strictObject({ text: z.string().min(2), guard: aliasGuardSchema }),
]);

/**
 * What an entity is in the article. Two kinds go beyond the usual set:
 * - `group`: people the article names collectively, not as a body with a structure it describes:
 *   Hamas, the Palestinians held captive, Israeli officials, the ceasefire negotiators, the hostages.
 *   Calling them an "organization" would claim more than the article says.
 * - `legislature`: the Knesset passes bills; it is neither the executive ("government", which votes,
 *   vetoes and speaks for a state) nor a country.
 */
export const entityKindSchema = z.enum([
  'person',
  'group',
  'organization',
  'un-body',
  'government',
  'legislature',
  'country-or-territory',
  'news-outlet',
  /** A city, region or other place a reader's document names (the library's proposals; the pack has none). */
  'place',
]);

export const entitySchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  kind: entityKindSchema,
  aliases: z.array(aliasSchema).min(1),
  /** One line on who or what it is in this article; no outside knowledge. */
  description: z.string().min(1).max(160),
});

/**
 * A fact the document states about one or more entities. Order in facts.json is meaningful: a card lists
 * an entity's facts in file order and shows the first three, so the most informative come first.
 */
export const factSchema = z.strictObject({
  id: kebabId,
  document: kebabId,
  entities: z.array(kebabId).min(1),
  statement: z.string().min(1).max(200),
  /** Whose claim it is according to the article: "the article", "Antony Blinken", "the U.S."… */
  attribution: z.string().min(1).max(120),
  /** An exact substring of the document. */
  quote: z.string().min(1).max(300),
});

export const documentsFileSchema = z.array(documentSchema).min(1);
export const entitiesFileSchema = z.array(entitySchema).min(1);
export const factsFileSchema = z.array(factSchema).min(1);

export type SourceDocument = z.infer<typeof documentSchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type AliasGuard = z.infer<typeof aliasGuardSchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Fact = z.infer<typeof factSchema>;
