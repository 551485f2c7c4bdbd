import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { repoRoot } from './static-server';
import { BUNDLED_TITLE, LibraryPage, RALLY } from './library-page';

const bundledText = readFileSync(
  join(repoRoot, 'data/documents/us-votes-against-un-gaza-ceasefire-resolution.txt'),
  'utf8',
);

test.describe('library page: every refusal says why in an alert and changes nothing', () => {
  const drafts: [string, { title: string; text: string }, RegExp][] = [
    ['empty text', { title: 'Empty', text: '' }, /The text is empty/],
    ['whitespace text', { title: 'Blank', text: '  \n\t  \n' }, /The text is empty/],
    ['a title over 300 characters', { title: 'T'.repeat(301), text: RALLY.text }, /the limit is 300/],
  ];
  for (const [name, draft, reason] of drafts) {
    test(`refuses ${name}`, async ({ context, extensionId }) => {
      const library = await LibraryPage.open(context, extensionId);
      await library.draft(draft.title, draft.text);
      await library.findNames.click();
      await expect(library.alert).toHaveText(reason);
      await expect(library.saveButton).toHaveCount(0);
      await expect(library.documentRows()).toHaveCount(1);
    });
  }

  test('refuses a document already in the library', async ({ context, extensionId }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    await library.draft('The same rally again', `${RALLY.text}\n`);
    await library.findNames.click();
    await expect(library.alert).toHaveText(`This text is already in the library as “${RALLY.title}”.`);
    await expect(library.documentRows()).toHaveCount(2);
  });

  test('refuses the bundled article pasted again', async ({ context, extensionId }) => {
    const library = await LibraryPage.open(context, extensionId);
    // Line breaks differ from the file's: the text is the same document all the same.
    await library.draft('Again', bundledText.replace(/\n\n/g, '\n'));
    await library.findNames.click();
    await expect(library.alert).toHaveText(`This text is already in the library as “${BUNDLED_TITLE}”.`);
  });

  const files: [string, string | Buffer, string, RegExp][] = [
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00]), 'photo.txt', /binary file/],
    ['an over-1-MB file', 'word '.repeat(220_000), 'long.txt', /larger than 1 MB/],
    ['a file of another type', 'plain', 'slides.pdf', /not a \.txt, \.md or \.html file/],
  ];
  for (const [name, contents, fileName, reason] of files) {
    test(`refuses ${name}`, async ({ context, extensionId }) => {
      const library = await LibraryPage.open(context, extensionId);
      await library.draft('Kept', 'Kept text.');
      await library.chooseFile('Open a file…', fileName, contents, 'application/octet-stream');
      await expect(library.alert).toHaveText(reason);
      await expect(library.title).toHaveValue('Kept');
      await expect(library.text).toHaveValue('Kept text.');
    });
  }
});
