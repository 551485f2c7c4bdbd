/**
 * The bundled document texts, byte for byte, for the article view. Kept apart from data/index.ts so the
 * content script, which only needs entities and facts, does not bundle the text.
 */
import usVotesAgainstUnGazaCeasefireResolution from './documents/us-votes-against-un-gaza-ceasefire-resolution.txt?raw';
import { documentById } from './index';

/** Texts keyed by file name (documents.json `file`); a new document adds its `?raw` import here. */
export const documentTexts: ReadonlyMap<string, string> = new Map([
  ['us-votes-against-un-gaza-ceasefire-resolution.txt', usVotesAgainstUnGazaCeasefireResolution],
]);

/** The full text of a document by id, or undefined for an unknown id. */
export function documentText(id: string): string | undefined {
  const doc = documentById.get(id);
  return doc === undefined ? undefined : documentTexts.get(doc.file);
}
