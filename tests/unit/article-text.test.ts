import { describe, expect, it } from 'vitest';
import { splitArticle, splitDocument } from '@/utils/article-text';

describe('splitArticle', () => {
  it.each<[string, string, string, string[]]>([
    ['title then paragraphs', 'Title\n\nOne.\n\nTwo.', 'Title', ['One.', 'Two.']],
    ['a single line break stays inside a paragraph', 'T\n\nOne\nstill one.\n\nTwo.', 'T', ['One\nstill one.', 'Two.']],
    ['runs of blank lines, spaces and CRLF', 'T\r\n\r\n  One.  \n \n\n\tTwo.\n', 'T', ['One.', 'Two.']],
    ['a title with no blank line after it', 'T\nOne.\n\nTwo.', 'T', ['One.', 'Two.']],
    ['only a title', 'Just a title', 'Just a title', []],
    ['nothing', '', '', []],
  ])('%s', (_name, text, title, paragraphs) => {
    const article = splitArticle(text);
    expect(article.title).toBe(title);
    expect(article.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  it('keeps each paragraph’s offset in the whole text', () => {
    const text = 'T\r\n\r\n  One.  \n \n\n\tTwo “quoted” — dash.\n';
    for (const paragraph of splitArticle(text).paragraphs) {
      expect(text.slice(paragraph.start, paragraph.start + paragraph.text.length)).toBe(paragraph.text);
    }
  });
});

describe('splitDocument', () => {
  it('titles a library document by its record and makes every non-empty line a paragraph', () => {
    const text = 'First line names Hamas.\nSecond line.\r\n\r\n  Third, after a blank line.  \n';
    const article = splitDocument(' Its title ', text);
    expect(article.title).toBe('Its title');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'First line names Hamas.',
      'Second line.',
      'Third, after a blank line.',
    ]);
    for (const paragraph of article.paragraphs) {
      expect(text.slice(paragraph.start, paragraph.start + paragraph.text.length)).toBe(paragraph.text);
    }
  });
});
