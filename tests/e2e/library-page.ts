import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { readLibraryRecords, type LibraryRecords } from './library-records';

/** The bundled article's title, as the library lists it. */
export const BUNDLED_TITLE = 'US Votes Against UN Resolution Calling for Gaza Ceasefire and Hostage Release';

/** A short document naming a new person and one the bundled article names (Donald Trump). */
export const RALLY = {
  title: 'Ramaswamy at the rally',
  text: [
    'Vivek Ramaswamy spoke in Columbus on Monday, and Ramaswamy promised to return.',
    '“We will win Ohio,” Ramaswamy said.',
    'Donald Trump was not at the rally in Columbus.',
  ].join('\n\n'),
};

/** The library page of the built extension, found by role and accessible name. */
export class LibraryPage {
  readonly addButton: Locator;
  readonly title: Locator;
  readonly text: Locator;
  readonly findNames: Locator;
  readonly saveButton: Locator;
  readonly alert: Locator;

  /** A library page the extension opened itself (a captured draft). */
  static Attached = class extends LibraryPage {
    constructor(page: Page) {
      super(page);
    }
  };

  protected constructor(readonly page: Page) {
    this.addButton = page.getByRole('button', { name: 'Add a document' });
    this.title = page.getByRole('textbox', { name: 'Title', exact: true });
    this.text = page.getByRole('textbox', { name: 'Text', exact: true });
    this.findNames = page.getByRole('button', { name: 'Find names' });
    this.saveButton = page.getByRole('button', { name: 'Save document' });
    this.alert = page.getByRole('alert');
  }

  static async open(context: BrowserContext, extensionId: string, query = ''): Promise<LibraryPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/library.html${query}`);
    const library = new LibraryPage(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Your library' })).toBeVisible();
    return library;
  }

  useSwitch(title: string): Locator {
    return this.page.getByRole('switch', { name: `Use ${title}`, exact: true });
  }

  removeButton(title: string): Locator {
    return this.page.getByRole('button', { name: `Remove ${title}`, exact: true });
  }

  documentRows(): Locator {
    return this.page.getByRole('list', { name: /^Documents/ }).getByRole('listitem');
  }

  async draft(title: string, text: string): Promise<void> {
    if (!(await this.title.isVisible())) await this.addButton.click();
    await this.title.fill(title);
    await this.text.fill(text);
  }

  /** Pastes a document, finds its names and saves it with the proposals as they are checked. */
  async addDocument(title: string, text: string): Promise<void> {
    await this.draft(title, text);
    await this.findNames.click();
    await this.saveButton.click();
    await expect(this.page.getByRole('status').filter({ hasText: `Saved “${title}”` })).toBeVisible();
  }

  async chooseFile(buttonName: string, name: string, contents: string | Buffer, mimeType: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: buttonName }).click();
    await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(contents) });
  }
}

/** The library's records as stored, read from an extension page (library-records.ts). */
export function storedLibrary(page: Page): Promise<LibraryRecords> {
  return page.evaluate(readLibraryRecords);
}

/** Overwrites one record of the library with something that is not a valid record (a corrupted store). */
export function corruptRecord(page: Page, store: string, record: object): Promise<void> {
  return page.evaluate(
    async ({ store, record }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('context-cards-library');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      await new Promise<void>((done, fail) => {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).put(record);
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { store, record },
  );
}

/** What the popup's "Show names from my documents" sends for a tab, sent from the library page. */
export function showLibrary(library: LibraryPage, tabId: number, shown: boolean): Promise<unknown> {
  return library.page.evaluate(
    ([id, value]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'context-cards:show-library', tabId: id, shown: value }),
    [tabId, shown] as const,
  );
}
