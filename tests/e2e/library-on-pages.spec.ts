import type { BrowserContext, Page } from '@playwright/test';
import { CardPage } from './card-page';
import { highlightedTexts } from './engine-page';
import { expect, test } from './fixtures';
import { LibraryPage, RALLY } from './library-page';
import { openTab } from './popup-page';

/** What the popup's "Show names from my documents" sends, sent from an extension page. */
async function showLibrary(library: LibraryPage, tabId: number, shown: boolean): Promise<unknown> {
  return library.page.evaluate(
    ([id, value]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'context-cards:show-library', tabId: id, shown: value }),
    [tabId, shown] as const,
  );
}

async function texts(page: Page): Promise<string[]> {
  return [...new Set(await highlightedTexts(page))];
}

async function addRally(context: BrowserContext, extensionId: string): Promise<LibraryPage> {
  const library = await LibraryPage.open(context, extensionId);
  await library.addDocument(RALLY.title, RALLY.text);
  return library;
}

test.describe('the reader’s documents on pages', () => {
  test('are looked for only once the reader shows them on the tab, then highlighted with cards quoting them', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    const library = await addRally(context, extensionId);
    const tab = await openTab(context, serviceWorker, `${origin}/library/rally-news.html`);
    const card = new CardPage(tab.page);
    // The bundled article's names are highlighted on every page; the reader's own are not, yet.
    await expect.poll(() => texts(tab.page)).toEqual(['Hamas', 'Israel']);

    expect(await showLibrary(library, tab.tabId, true)).toEqual({ ok: true });
    await expect.poll(() => texts(tab.page)).toEqual(['Hamas', 'Israel', 'Ohio', 'Ramaswamy', 'Vivek Ramaswamy']);

    await card.hover('Vivek Ramaswamy');
    await expect(card.dialog).toBeVisible();
    await expect(card.dialog.getByRole('heading', { name: 'Vivek Ramaswamy' })).toBeVisible();
    await expect(card.dialog).toContainText(`From ${RALLY.title}`);
    // Verbatim from the document the reader pasted.
    await expect(card.dialog).toContainText(
      'Vivek Ramaswamy spoke in Columbus on Monday, and Ramaswamy promised to return.',
    );
    expect(RALLY.text).toContain('Vivek Ramaswamy spoke in Columbus on Monday, and Ramaswamy promised to return.');

    // Another tab on the same page: the choice was for that tab only.
    const other = await openTab(context, serviceWorker, `${origin}/library/rally-news.html`);
    await expect.poll(() => texts(other.page)).toEqual(['Hamas', 'Israel']);

    // Reloading keeps the choice on that tab, since it stays on the same site.
    await tab.page.reload();
    await expect.poll(() => texts(tab.page)).toEqual(['Hamas', 'Israel', 'Ohio', 'Ramaswamy', 'Vivek Ramaswamy']);

    // Removing the document takes its names off the open tab.
    await library.removeButton(RALLY.title).click();
    await expect.poll(() => texts(tab.page)).toEqual(['Hamas', 'Israel']);
  });

  test('hiding them again, or switching the document off, takes their highlights away', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    const library = await addRally(context, extensionId);
    const tab = await openTab(context, serviceWorker, `${origin}/library/rally-news.html`);
    await expect.poll(() => texts(tab.page)).toEqual(['Hamas', 'Israel']);
    await showLibrary(library, tab.tabId, true);
    await expect.poll(() => texts(tab.page)).toContain('Vivek Ramaswamy');
    await showLibrary(library, tab.tabId, false);
    await expect.poll(() => texts(tab.page)).toEqual(['Hamas', 'Israel']);

    await showLibrary(library, tab.tabId, true);
    await expect.poll(() => texts(tab.page)).toContain('Vivek Ramaswamy');
    await library.useSwitch(RALLY.title).click();
    await expect.poll(() => texts(tab.page)).toEqual(['Hamas', 'Israel']);
  });

  test('a card for a bundled name quotes the reader’s documents only where they are shown', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    const library = await LibraryPage.open(context, extensionId);
    const text = 'Hamas said on Tuesday that the talks in Doha would resume after the holiday.';
    await library.addDocument('Doha talks', text);
    const tab = await openTab(context, serviceWorker, `${origin}/library/rally-news.html`);
    const card = new CardPage(tab.page);
    await expect.poll(() => texts(tab.page)).toEqual(['Hamas', 'Israel']);
    await card.hover('Hamas');
    await expect(card.dialog).toBeVisible();
    await expect(card.dialog).not.toContainText('Doha');
    await tab.page.keyboard.press('Escape');
    await expect(card.dialog).toHaveCount(0);
    await tab.page.mouse.move(1, 1);

    await showLibrary(library, tab.tabId, true);
    await card.hover('Hamas');
    await expect(card.dialog).toBeVisible();
    await expect(card.dialog).toContainText(text);
    await expect(card.dialog).toContainText('From Doha talks');
  });
});
