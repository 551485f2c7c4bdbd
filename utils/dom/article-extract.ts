/**
 * Reduces a web page to a library draft: @mozilla/readability finds the article in a clone of the
 * document (the page itself is never touched), then its blocks become plain-text paragraphs, one per
 * line with a blank line between. Keeps the title, site, URL and published date when the page states them.
 */
import { Readability } from '@mozilla/readability';

export interface ArticleDraft {
  title: string;
  text: string;
  site?: string;
  url?: string;
  published?: string;
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TD',
  'TH',
  'TR',
  'BR',
  'HR',
  'DT',
  'DD',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'UL',
  'OL',
  'TABLE',
  'FIGURE',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** The article of a document (pass a clone: Readability changes what it reads), or undefined. */
export function extractArticle(clone: Document, url?: string): ArticleDraft | undefined {
  const article = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  if (!article?.content) return undefined;
  const text = blockText(article.content);
  if (text === '') return undefined;
  const published = article.publishedTime ? isoDate(article.publishedTime) : undefined;
  return {
    title: (article.title ?? '').replace(/\s+/g, ' ').trim(),
    text,
    ...(article.siteName && { site: article.siteName.replace(/\s+/g, ' ').trim().slice(0, 200) }),
    ...(url && { url }),
    ...(published && { published }),
  };
}

/** A dropped .html file as a draft: its article when Readability finds one, else all its text. */
export function htmlFileToDraft(html: string, fallbackTitle: string): ArticleDraft {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const titled = doc.title.trim();
  const article = extractArticle(doc.cloneNode(true) as Document);
  if (article) return { ...article, title: article.title || titled || fallbackTitle };
  return { title: titled || fallbackTitle, text: doc.body ? blockText(doc.body) : '' };
}

/** Plain text of a subtree: inline text joined, one paragraph per block, blank lines between. */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

function isoDate(value: string): string | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
