/**
 * A dropped or chosen file as text, or why it cannot be: only .txt, .md and .html files of at most 1 MB,
 * decoded as UTF-8 (a file that is not valid UTF-8 text, or holds NUL bytes, is binary). Markdown loses
 * its markup; HTML is reduced by the caller (utils/dom/article-extract.ts), which needs a DOM.
 */
import { LIMITS } from './model';

export type FileKind = 'txt' | 'md' | 'html';
export type FileText = { ok: true; kind: FileKind; text: string; title: string } | { ok: false; message: string };

export function fileKind(name: string): FileKind | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'txt' || extension === 'text') return 'txt';
  if (extension === 'md' || extension === 'markdown') return 'md';
  if (extension === 'html' || extension === 'htm') return 'html';
  return undefined;
}

export function decodeFile(name: string, bytes: Uint8Array): FileText {
  const kind = fileKind(name);
  if (kind === undefined) return { ok: false, message: `${name} is not a .txt, .md or .html file.` };
  if (bytes.byteLength > LIMITS.fileBytes) return { ok: false, message: `${name} is larger than 1 MB.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${name} is a binary file, not text.` };
  }
  if (text.includes('\u0000')) return { ok: false, message: `${name} is a binary file, not text.` };
  const title = name.replace(/\.[a-z]+$/i, '');
  return { ok: true, kind, text: kind === 'md' ? markdownToText(text) : text.replace(/^\uFEFF/, ''), title };
}

/** Markdown without its markup: headings, emphasis, links (their text kept), images, code fences, rules. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^\uFEFF/, '')
    .replace(/^```.*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/^[ \t]{0,3}[-*+][ \t]+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])\*(?!\s)(.+?)\*(?![\w*])/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}
