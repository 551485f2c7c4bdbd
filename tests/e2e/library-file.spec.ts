import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { LibraryPage, RALLY } from './library-page';

async function exportLibrary(library: LibraryPage): Promise<{ name: string; text: string }> {
  const downloading = library.page.waitForEvent('download');
  await library.page.getByRole('button', { name: 'Export library' }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test.describe('library page: export and import', () => {
  test('exports the reader’s documents and imports them back', async ({ context, extensionId }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    const file = await exportLibrary(library);
    expect(file.name).toMatch(/^context-cards-library-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(file.text) as { format: string; version: number; documents: { title: string }[] };
    expect(parsed).toMatchObject({ format: 'context-cards-library', version: 1 });
    expect(parsed.documents.map((doc) => doc.title)).toEqual([RALLY.title]);

    await library.removeButton(RALLY.title).click();
    await expect(library.documentRows()).toHaveCount(1);
    await library.chooseFile('Import library', file.name, file.text, 'application/json');
    await expect(library.page.getByRole('status').filter({ hasText: 'Imported 1 documents' })).toBeVisible();
    await expect(library.useSwitch(RALLY.title)).toBeChecked();
    await expect(library.documentRows().filter({ hasText: RALLY.title })).toContainText('3 names · 3 facts');

    // The same file again adds nothing.
    await library.chooseFile('Import library', file.name, file.text, 'application/json');
    await expect(library.page.getByRole('status').filter({ hasText: '1 already in the library' })).toBeVisible();
    await expect(library.documentRows()).toHaveCount(2);
  });

  test('refuses a wrong version, a malformed file and a quote not in its document', async ({
    context,
    extensionId,
  }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    const good = JSON.parse((await exportLibrary(library)).text) as Record<string, unknown> & {
      facts: { quote: string }[];
    };
    await library.removeButton(RALLY.title).click();
    await expect(library.documentRows()).toHaveCount(1);

    const bad: [string, string, RegExp][] = [
      ['future.json', JSON.stringify({ ...good, version: 2 }), /has version 2; .* reads version 1/],
      ['notes.json', 'not json at all', /not valid JSON/],
      ['broken.json', JSON.stringify({ ...good, documents: [{ title: 'No text' }] }), /malformed/],
      [
        'edited.json',
        JSON.stringify({ ...good, facts: good.facts.map((fact) => ({ ...fact, quote: `${fact.quote} Indeed.` })) }),
        /not found verbatim/,
      ],
    ];
    for (const [name, text, reason] of bad) {
      await library.chooseFile('Import library', name, text, 'application/json');
      await expect(library.alert).toHaveText(new RegExp(`^${name} was not imported\\. .*${reason.source}`));
      await expect(library.documentRows()).toHaveCount(1);
    }
  });
});
