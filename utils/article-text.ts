/**
 * A bundled document's text as the article views show it: the first line is the title, then paragraphs
 * separated by blank lines. Offsets stay those of the whole text, so a fact's quote found in the text can be
 * placed in its paragraph. Pure.
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
