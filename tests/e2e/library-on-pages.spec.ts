import { scrollTextIntoView } from './page-text';
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { CardPage } from './card-page';
import { highlightedTexts } from './engine-page';
import { expect, test } from './fixtures';
import { BUNDLED_TITLE, LibraryPage, RALLY, showLibrary, storedLibrary } from './library-page';
import { openPopup, openTab } from './popup-page';
import { corpusDir } from './static-server';

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

  test('a corpus page added with the popup: its names highlighted, with cards quoting it, on another corpus page', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    const added = 'postlight-parser__www.americanow.com.html';
    const read = 'postlight-parser__www.cnn.com.html';
    if (!existsSync(`${corpusDir}/${added}`) || !existsSync(`${corpusDir}/${read}`)) {
      console.log('skipped: ../shared/corpus is absent, so no corpus page was added to the library');
      return;
    }
    const source = await openTab(context, serviceWorker, `${origin}/corpus/${added}`);
    const popup = await openPopup(context, extensionId, source.tabId);
    await popup.getByRole('button', { name: 'Add this page to the library' }).click();
    const opened = () => context.pages().find((page) => page.url().includes('/library.html?draft='));
    await expect.poll(opened).toBeDefined();
    const library = new LibraryPage.Attached(opened()!);
    await library.findNames.click();
    await expect(library.page.getByRole('checkbox', { name: 'Kellyanne Conway', exact: true })).toBeChecked();
    await library.saveButton.click();
    const title = 'Kellyanne Conway Named Counselor To Trump';
    await expect(library.useSwitch(title)).toBeChecked();
    const savedText = (await storedLibrary(library.page)).texts.join('\n');

    const tab = await openTab(context, serviceWorker, `${origin}/corpus/${read}`);
    // Highlights are registered around the viewport: read where the name is.
    await tab.page.evaluate(scrollTextIntoView, 'Kellyanne Conway');
    // The page's names as the popup counts them (every frame): the bundled article's only.
    const counts = () =>
      library.page.evaluate(
        (id) =>
          (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(m: object): Promise<Record<string, number>> } };
            }
          ).chrome.runtime.sendMessage({ type: 'context-cards:tab-counts', tabId: id }),
        tab.tabId,
      );
    await expect.poll(counts).toHaveProperty('donald-trump');
    expect(await counts()).not.toHaveProperty('kellyanne-conway');
    expect(await texts(tab.page)).not.toContain('Kellyanne Conway');
    // The reader asks, from the popup on that tab.
    const readerPopup = await openPopup(context, extensionId, tab.tabId);
    const show = readerPopup.getByRole('button', { name: 'Show names from my documents' });
    await show.click();
    await expect(show).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => texts(tab.page)).toContain('Kellyanne Conway');
    await expect.poll(counts).toHaveProperty('kellyanne-conway');
    const card = new CardPage(tab.page);
    await card.hover('Kellyanne Conway');
    await expect(card.dialog).toBeVisible();
    await expect(card.dialog).toContainText(`From ${title}`);
    const quotes = await card.dialog.locator('blockquote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(savedText).toContain(quote.trim());
  });

  test('a frame of another site on the page the reader chose does not get their documents’ names', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    // localhost is another site than 127.0.0.1: serve it from the same local server.
    await context.route(/^http:\/\/localhost:\d+\//, async (route) =>
      route.fulfill({ response: await route.fetch({ url: route.request().url().replace('localhost', '127.0.0.1') }) }),
    );
    const library = await addRally(context, extensionId);
    const tab = await openTab(context, serviceWorker, `${origin}/library/rally-framed.html`);
    const embed = tab.page.frameLocator('#embed');
    await expect(embed.getByRole('heading', { name: 'Ohio notebook' })).toBeVisible();
    const frame = tab.page.frames().find((one) => one.url().startsWith('http://localhost:'))!;
    await expect.poll(async () => [...new Set(await highlightedTexts(frame))]).toEqual(['Hamas', 'Israel']);

    await showLibrary(library, tab.tabId, true);
    await expect.poll(() => texts(tab.page)).toEqual(['Hamas', 'Vivek Ramaswamy']);
    // The embed keeps the public names only, however long one waits.
    await tab.page.waitForTimeout(500);
    expect([...new Set(await highlightedTexts(frame))]).toEqual(['Hamas', 'Israel']);
  });

  test('switching the bundled article off takes its names off open tabs; on again, they return', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    const library = await LibraryPage.open(context, extensionId);
    const tab = await openTab(context, serviceWorker, `${origin}/library/rally-news.html`);
    await expect.poll(() => texts(tab.page)).toEqual(['Hamas', 'Israel']);
    await library.useSwitch(BUNDLED_TITLE).click();
    await expect(library.useSwitch(BUNDLED_TITLE)).not.toBeChecked();
    await expect.poll(() => texts(tab.page)).toEqual([]);
    await library.useSwitch(BUNDLED_TITLE).click();
    await expect.poll(() => texts(tab.page)).toEqual(['Hamas', 'Israel']);
  });
});
