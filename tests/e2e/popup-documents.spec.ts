import { expect, test } from './fixtures';
import { BUNDLED_TITLE, LibraryPage, RALLY } from './library-page';
import { openPopup, openTab, pageHighlights } from './popup-page';

test.describe('the popup’s "Your documents"', () => {
  test('lists the library’s documents, bundled first; "Open <title>" opens that document', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);

    const documents = popup.getByRole('region', { name: 'Your documents' });
    await expect(documents.getByRole('listitem').getByRole('button')).toHaveText([
      `Open ${BUNDLED_TITLE}`,
      `Open ${RALLY.title}`,
    ]);
    let opened = context.waitForEvent('page');
    await documents.getByRole('button', { name: `Open ${RALLY.title}`, exact: true }).click();
    const article = await opened;
    await expect(article).toHaveURL(new RegExp(`^chrome-extension://${extensionId}/article\\.html\\?doc=[a-z0-9-]+$`));
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(RALLY.title);
    await expect(article.locator('mark.cc-mention[data-entity="vivek-ramaswamy"]').first()).toHaveText(
      'Vivek Ramaswamy',
    );

    opened = context.waitForEvent('page');
    await documents.getByRole('button', { name: 'All documents (2)' }).click();
    const libraryTab = await opened;
    await expect(libraryTab).toHaveURL(`chrome-extension://${extensionId}/library.html`);
    await expect(libraryTab.getByRole('heading', { level: 1, name: 'Your library' })).toBeVisible();
  });

  test('a switched-off document is not listed, and follows the library live', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const open = popup.getByRole('button', { name: `Open ${RALLY.title}`, exact: true });
    await expect(open).toBeVisible();
    await library.useSwitch(RALLY.title).uncheck();
    await expect(open).toHaveCount(0);
    await expect(popup.getByRole('button', { name: 'All documents (2)' })).toBeVisible();
  });

  test('a name’s facts from several documents each open their own document at the passage', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    const { tabId } = await openTab(context, serviceWorker, `${origin}/demo.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const disclosure = popup.getByRole('button', { name: 'Facts about Donald Trump' });
    await disclosure.click();
    const trump = popup.getByRole('listitem').filter({ has: disclosure });
    await expect(trump.getByRole('heading', { level: 3 })).toHaveText([BUNDLED_TITLE, RALLY.title]);

    const quote = 'Donald Trump was not at the rally in Columbus.';
    const fact = trump.getByRole('listitem').filter({ hasText: quote });
    const opened = context.waitForEvent('page');
    await fact.getByRole('button', { name: 'Show in article' }).click();
    const article = await opened;
    await expect(article).toHaveURL(new RegExp(`/article\\.html\\?doc=[a-z0-9-]+#fact-`));
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(RALLY.title);
    await expect(article.locator('mark.cc-target:focus')).toHaveText(quote);
  });

  test('offers "Show names from my documents" once the reader has added one', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const show = popup.getByRole('button', { name: 'Show names from my documents' });
    await expect(popup.getByRole('button', { name: `Open ${BUNDLED_TITLE}` })).toBeVisible();
    await expect(show).toHaveCount(0);

    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    await expect(show).toHaveAttribute('aria-pressed', 'false');
    await expect(show).toHaveAccessibleDescription(
      /^Names from the documents you added are looked for on this page only/,
    );
  });

  test('"Show names from my documents" shows them on this page, and the popup lists them', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    const { page, tabId } = await openTab(context, serviceWorker, `${origin}/library/rally-news.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const names = popup.getByRole('region', { name: 'On this page' }).locator('.pp-entity-name');
    await expect(names).toHaveText(['Israel', 'Hamas']);

    const show = popup.getByRole('button', { name: 'Show names from my documents' });
    await expect(show).toHaveAttribute('aria-pressed', 'false');
    await show.click();
    await expect(show).toHaveAttribute('aria-pressed', 'true');
    await expect(popup.getByRole('status')).toHaveText('Names from your documents are shown on this page.');
    // The rally's names join the article's: Vivek Ramaswamy twice, Ohio once (the heading).
    await expect(names).toHaveText(['Vivek Ramaswamy', 'Israel', 'Hamas', 'Ohio']);
    await expect.poll(async () => (await pageHighlights(page))['context-cards-mention']).toBe(5);

    // A popup opened later reads the tab's state.
    await popup.close();
    const again = await openPopup(context, extensionId, tabId);
    const pressed = again.getByRole('button', { name: 'Show names from my documents' });
    await expect(pressed).toHaveAttribute('aria-pressed', 'true');
    await pressed.click();
    await expect(pressed).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => (await pageHighlights(page))['context-cards-mention']).toBe(2);
  });
});
