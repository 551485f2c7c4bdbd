/**
 * Whose words a sentence reports: the entity named right before "said" ("…, Blinken said"), right after it
 * ("said Secretary of State Antony Blinken"), or after "according to" ("according to reports by The
 * Washington Post"). Pure: the caller passes the sentence and the entity mentions found in it.
 */
export interface SpanName {
  start: number;
  end: number;
  name: string;
}

const VERBS = 'said|says|told|stated|added|wrote|argued|claimed|explained|noted|announced|warned|tweeted|insisted';
const AFTER_NAME = new RegExp(`^(?:’s|'s)?\\s*(?:,\\s*)?(?:has |had |also |later |previously )?(?:${VERBS})\\b`, 'u');
// "said", optionally a title of capitalised words ("said Secretary of State"), then the name.
const BEFORE_NAME = new RegExp(`\\b(?:${VERBS})\\s+(?:(?:\\p{Lu}[\\p{L}.]*|of|the)\\s+){0,4}$`, 'u');
const ACCORDING =
  /\baccording to\s+(?:(?:a |the )?(?:reports?|statements?|a statement|data|figures) (?:by|from) )?(?:the\s+)?$/iu;

/** The name of the speaker the sentence attributes itself to, or undefined (then it is the document's). */
export function speakerOf(sentence: string, mentions: readonly SpanName[]): string | undefined {
  for (const mention of mentions) {
    const before = sentence.slice(Math.max(0, mention.start - 80), mention.start);
    if (ACCORDING.test(before)) return mention.name;
  }
  if (!new RegExp(`\\b(?:${VERBS})\\b`, 'u').test(sentence)) return undefined;
  for (const mention of mentions) {
    if (AFTER_NAME.test(sentence.slice(mention.end, mention.end + 40))) return mention.name;
    const before = sentence.slice(Math.max(0, mention.start - 60), mention.start);
    if (BEFORE_NAME.test(before)) return mention.name;
  }
  return undefined;
}
