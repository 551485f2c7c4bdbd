import { describe, expect, it } from 'vitest';
import { decodeFile, markdownToText } from '@/utils/library/file-text';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('library file-text', () => {
  it('reads a .txt file as it is, without a byte-order mark', () => {
    expect(decodeFile('notes.txt', bytes('\uFEFFHamas said “no.”'))).toEqual({
      ok: true,
      kind: 'txt',
      text: 'Hamas said “no.”',
      title: 'notes',
    });
  });

  it('drops Markdown markup but keeps the words of links and emphasis', () => {
    expect(
      markdownToText('# Title\n\nThe **Knesset** met [in Jerusalem](https://x.example), *twice*.\n\n- a `list`'),
    ).toBe('Title\n\nThe Knesset met in Jerusalem, twice.\n\na list');
  });

  it.each([
    ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]), 'is a binary file, not text'],
    ['nul.txt', new Uint8Array([0x41, 0x00, 0x42]), 'is a binary file, not text'],
    ['big.md', new Uint8Array(1024 * 1024 + 1).fill(0x41), 'is larger than 1 MB'],
    ['slides.pdf', bytes('text'), 'is not a .txt, .md or .html file'],
  ])('refuses %s', (name, contents, reason) => {
    const result = decodeFile(name, contents);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe(`${name} ${reason}.`);
  });
});
