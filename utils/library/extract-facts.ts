/**
 * Extractive facts: every sentence of a document that names an accepted entity is one fact, quoted verbatim
 * (a verbatim part when longer than the quote limit), attributed to its speaker when it reports speech and
 * else to the document. Entities are found exactly as the highlighter finds them (utils/match).
 */
import { compileMatcher } from '@/utils/match';
import { LIMITS, type LibraryEntity, type LibraryFact } from './model';
import { splitSentences } from './sentences';
import { speakerOf } from './speaker';
import { quotePart } from './quote-part';

/** Attribution of a fact that reports no one's speech. */
export const DOCUMENT_ATTRIBUTION = 'the document';

export function extractFacts(documentId: string, text: string, entities: readonly LibraryEntity[]): LibraryFact[] {
  const matcher = compileMatcher(entities);
  const nameOf = new Map(entities.map((entity) => [entity.id, entity.name]));
  const facts: LibraryFact[] = [];
  // The whole text at once, so a guard sees the same context the highlighter would (a paragraph naming the UN).
  const all = matcher(text);
  splitSentences(text).forEach((sentence, index) => {
    const mentions = all
      .filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end)
      .map((mention) => ({ ...mention, start: mention.start - sentence.start, end: mention.end - sentence.start }));
    const first = mentions[0];
    if (first === undefined) return;
    const ids = [...new Set(mentions.map((mention) => mention.entityId))];
    const named = mentions.map((mention) => ({ ...mention, name: nameOf.get(mention.entityId) ?? '' }));
    const speaker = speakerOf(sentence.text, named);
    facts.push({
      id: `${documentId}-s${index + 1}`,
      document: documentId,
      entities: ids,
      attribution: (speaker ?? DOCUMENT_ATTRIBUTION).slice(0, 120),
      quote: quotePart(sentence.text, first.start, first.end, LIMITS.quoteChars),
    });
  });
  return facts;
}
