/**
 * A document's text as the article views show it. The bundled article: the first line is the title, then
 * paragraphs separated by blank lines. A library document (titled by its record): every non-empty line is a
 * paragraph, as its facts' sentences are read line by line (utils/library/sentences.ts). Offsets stay those of
 * the whole text, so a fact's quote found in the text can be placed in its paragraph. Pure.
 */

export interface ArticleParagraph {
  /** UTF-16 offset of the paragraph's first character in the whole text. */
  start: number;
  text: string;
}

export interface ArticleText {
  title: string;
  paragraphs: ArticleParagraph[];
}

/** A blank line: a line break, optional spaces, and one or more further line breaks. */
const PARAGRAPH_BREAK = /\r?\n[^\S\r\n]*(?:\r?\n[^\S\r\n]*)+/g;

export function splitArticle(text: string): ArticleText {
  const lineEnd = text.search(/\r?\n/);
  const title = (lineEnd === -1 ? text : text.slice(0, lineEnd)).trim();
  const paragraphs: ArticleParagraph[] = [];
  if (lineEnd === -1) return { title, paragraphs };

  let start = lineEnd;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') paragraphs.push({ start: from + lead, text: body });
  };
  PARAGRAPH_BREAK.lastIndex = lineEnd;
  for (let hit = PARAGRAPH_BREAK.exec(text); hit !== null; hit = PARAGRAPH_BREAK.exec(text)) {
    push(start, hit.index);
    start = hit.index + hit[0].length;
  }
  push(start, text.length);
  return { title, paragraphs };
}

/** A library document's text: every non-empty line a paragraph (its title is the record's, not a line). */
export function splitDocument(title: string, text: string): ArticleText {
  const paragraphs: ArticleParagraph[] = [];
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    const lead = line[0].length - line[0].trimStart().length;
    const body = line[0].trim();
    if (body !== '') paragraphs.push({ start: line.index + lead, text: body });
  }
  return { title: title.trim(), paragraphs };
}
