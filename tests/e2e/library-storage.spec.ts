import { expect, test } from './fixtures';
import { BUNDLED_TITLE, LibraryPage, RALLY } from './library-page';

test.describe('library storage', () => {
  test('a failed write leaves the library as it was', async ({ context, extensionId }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.draft(RALLY.title, RALLY.text);
    await library.findNames.click();
    // The document's record is written first; the facts fail after it, in the same transaction.
    await library.page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'facts') throw new DOMException('The disk is full', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await library.saveButton.click();
    await expect(library.alert).toHaveText(/could not be saved, and the library is unchanged.*disk is full/);

    await library.page.reload();
    await expect(library.documentRows()).toHaveCount(1);
    await expect(library.useSwitch(RALLY.title)).toHaveCount(0);
    // Nothing half-written remains: the same text is not "already in the library".
    await library.addDocument(RALLY.title, RALLY.text);
    await expect(library.documentRows()).toHaveCount(2);
  });

  test('skips a corrupted record with a notice', async ({ context, extensionId }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    await library.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('context-cards-library');
          open.onsuccess = () => {
            const tx = open.result.transaction('documents', 'readwrite');
            tx.objectStore('documents').put({ id: 'broken', title: 42, added: 'yesterday' });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await library.page.reload();
    await expect(library.page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveText(
      '1 record of the library could not be read and was skipped.',
    );
    await expect(library.documentRows()).toHaveCount(2);
    await expect(library.useSwitch(BUNDLED_TITLE)).toBeChecked();
    await expect(library.useSwitch(RALLY.title)).toBeChecked();
  });

  test('lists 500 documents, every one reachable', async ({ context, extensionId }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('context-cards-library');
          open.onsuccess = () => {
            const tx = open.result.transaction('documents', 'readwrite');
            for (let i = 1; i <= 500; i += 1) {
              tx.objectStore('documents').put({
                id: `doc-${i}`,
                title: `Document number ${i}`,
                site: 'example.org',
                added: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
                active: true,
                bundled: false,
                fingerprint: `f-${i}`,
                entityCount: 2,
                factCount: 5,
              });
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await library.page.reload();
    await expect(library.page.getByRole('heading', { name: 'Documents (501)' })).toBeVisible();
    await expect(library.documentRows()).toHaveCount(501);
    const last = library.useSwitch('Document number 500');
    await last.scrollIntoViewIfNeeded();
    await last.uncheck();
    await expect(library.page.getByRole('status').filter({ hasText: 'is switched off' })).toHaveText(
      '“Document number 500” is switched off.',
    );
    await expect(last).not.toBeChecked();
  });
});

test('a switch that cannot be stored says so and shows the stored state', async ({ context, extensionId }) => {
  const library = await LibraryPage.open(context, extensionId);
  await library.addDocument(RALLY.title, RALLY.text);
  await library.page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
  });
  await library.useSwitch(RALLY.title).click();
  await expect(library.alert).toHaveText(/could not be changed.*disk is full/);
  await expect(library.useSwitch(RALLY.title)).toBeChecked();
});
