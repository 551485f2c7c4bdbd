import { expect, test } from './fixtures';
import { BUNDLED_TITLE, LibraryPage, RALLY } from './library-page';

test.describe('library page: add, review, list, switch off and remove documents', () => {
  test('lists the bundled article first, switchable but not removable', async ({ context, extensionId }) => {
    const library = await LibraryPage.open(context, extensionId);
    await expect(library.documentRows()).toHaveCount(1);
    await expect(library.documentRows().first()).toContainText(BUNDLED_TITLE);
    await expect(library.useSwitch(BUNDLED_TITLE)).toBeChecked();
    await expect(library.removeButton(BUNDLED_TITLE)).toHaveCount(0);

    await library.useSwitch(BUNDLED_TITLE).click();
    await expect(library.page.getByRole('status').filter({ hasText: 'is switched off' })).toHaveText(
      `“${BUNDLED_TITLE}” is switched off.`,
    );
    await library.page.reload();
    await expect(library.useSwitch(BUNDLED_TITLE)).not.toBeChecked();
  });

  test('pastes a document, reviews its names, saves it and lists it', async ({ context, extensionId }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.draft(RALLY.title, RALLY.text);
    await library.findNames.click();

    const vivek = library.page.getByRole('checkbox', { name: 'Vivek Ramaswamy', exact: true });
    await expect(vivek).toBeChecked();
    await expect(vivek).toHaveAccessibleDescription('person, named 3 times');
    await expect(library.page.getByRole('textbox', { name: 'Aliases of Vivek Ramaswamy' })).toHaveValue('Ramaswamy');
    const trump = library.page.getByRole('checkbox', { name: 'Donald Trump', exact: true });
    await expect(trump).toHaveAccessibleDescription(/joins “Donald Trump” in your library/);
    // The reader leaves one name out and adds an alias to another.
    const columbus = library.page.getByRole('checkbox', { name: 'Columbus', exact: true });
    await columbus.uncheck();
    await library.page.getByRole('textbox', { name: 'Aliases of Vivek Ramaswamy' }).fill('Ramaswamy, Vivek');

    await library.saveButton.click();
    await expect(library.page.getByRole('status').filter({ hasText: `Saved “${RALLY.title}”` })).toContainText(
      '3 facts about 3 names',
    );
    await expect(library.documentRows()).toHaveCount(2);
    const row = library.documentRows().filter({ hasText: RALLY.title });
    await expect(row).toContainText('3 names · 3 facts');
    await expect(library.useSwitch(RALLY.title)).toBeChecked();

    await library.page.reload();
    await expect(library.documentRows().nth(1)).toContainText(RALLY.title);
  });

  test('switches a document off and on, and removes it', async ({ context, extensionId }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    await library.useSwitch(RALLY.title).uncheck();
    await expect(library.page.getByRole('status').filter({ hasText: 'is switched off' })).toBeVisible();
    await library.page.reload();
    await expect(library.useSwitch(RALLY.title)).not.toBeChecked();
    await library.useSwitch(RALLY.title).check();
    await expect(library.useSwitch(RALLY.title)).toBeChecked();

    await library.removeButton(RALLY.title).click();
    await expect(library.page.getByRole('status').filter({ hasText: 'Removed' })).toHaveText(
      `Removed “${RALLY.title}”.`,
    );
    await expect(library.documentRows()).toHaveCount(1);
    await expect(library.useSwitch(RALLY.title)).toHaveCount(0);
    await library.page.reload();
    await expect(library.documentRows()).toHaveCount(1);
  });

  test('follows a change made in another tab without a reload', async ({ context, extensionId }) => {
    const first = await LibraryPage.open(context, extensionId);
    const second = await LibraryPage.open(context, extensionId);
    await second.addDocument(RALLY.title, RALLY.text);
    await expect(first.useSwitch(RALLY.title)).toBeChecked();
    await second.removeButton(RALLY.title).click();
    await expect(first.useSwitch(RALLY.title)).toHaveCount(0);
  });

  test('reads a dropped or opened file as the draft', async ({ context, extensionId }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addButton.click();
    const html =
      '<!doctype html><title>Rally report</title><body><nav>Menu</nav><article><h1>Rally report</h1><p>Vivek Ramaswamy spoke in Columbus.</p><p>Ramaswamy said he would return.</p></article></body>';
    await library.chooseFile('Open a file…', 'rally.html', html, 'text/html');
    await expect(library.title).toHaveValue('Rally report');
    await expect(library.text).toHaveValue(/Vivek Ramaswamy spoke in Columbus\.\n\nRamaswamy said he would return\./);
    await expect(library.text).not.toHaveValue(/<p>/);

    // A drop on the Text box reads the file the same way.
    await library.page.evaluate(() => {
      const area = document.querySelector('textarea')!;
      const data = new DataTransfer();
      data.items.add(new File(['# Notes\n\nThe **Knesset** met.'], 'notes.md', { type: 'text/markdown' }));
      area.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect(library.title).toHaveValue('notes');
    await expect(library.text).toHaveValue('Notes\n\nThe Knesset met.');
  });
});
