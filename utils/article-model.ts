/**
 * Everything the article views render, computed once from a document's text, its facts and the entities:
 * the title, each paragraph's runs (utils/article-segments.ts) and passages, and each fact's number (the
 * order of its passage in the text, as a reader meets it). Pure.
 */
import type { Entity, Fact } from '@/data/schema';
import { compileMatcher } from '@/utils/match';
import { segmentParagraph, type Passage, type Segment } from './article-segments';
import { splitArticle, splitDocument } from './article-text';

export interface ModelParagraph {
  /** Offset of the paragraph in the whole text. */
  start: number;
  segments: Segment[];
  /** The facts' passages in this paragraph, by start then end (paragraph offsets). */
  passages: Passage[];
}

export interface ArticleModel {
  title: string;
  paragraphs: ModelParagraph[];
  /** Fact id → its number, 1-based, in reading order of the passages. */
  factNumber: ReadonlyMap<string, number>;
  /** Facts whose quote is not found within one paragraph of the text (the data checks forbid it). */
  unplaced: string[];
}

/**
 * `title` is given for a library document (its record's title; each line of its text a paragraph); without
 * it the text is the bundled article's, whose first line is its title.
 */
export function buildArticle(
  text: string,
  facts: ReadonlyArray<Pick<Fact, 'id' | 'quote'>>,
  entities: ReadonlyArray<Pick<Entity, 'id' | 'aliases'>>,
  title?: string,
): ArticleModel {
  const { title: heading, paragraphs } = title === undefined ? splitArticle(text) : splitDocument(title, text);
  const findMentions = compileMatcher(entities);
  const passages: Passage[][] = paragraphs.map(() => []);
  const unplaced: string[] = [];

  for (const fact of facts) {
    const at = fact.quote === '' ? -1 : text.indexOf(fact.quote);
    const index = paragraphs.findIndex((p) => at >= p.start && at + fact.quote.length <= p.start + p.text.length);
    if (index === -1) {
      unplaced.push(fact.id);
      continue;
    }
    const start = at - paragraphs[index]!.start;
    passages[index]!.push({ factId: fact.id, start, end: start + fact.quote.length });
  }

  const factNumber = new Map<string, number>();
  const model = paragraphs.map((paragraph, i) => {
    const ordered = passages[i]!.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const passage of ordered) factNumber.set(passage.factId, factNumber.size + 1);
    return {
      start: paragraph.start,
      segments: segmentParagraph(paragraph.text, findMentions(paragraph.text), ordered),
      passages: ordered,
    };
  });
  return { title: heading, paragraphs: model, factNumber, unplaced };
}
