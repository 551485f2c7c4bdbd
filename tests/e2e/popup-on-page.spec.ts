import { CardPage } from './card-page';
import { expect, test } from './fixtures';
import { openPopup, openTab, pageHighlights } from './popup-page';

test.describe('the popup’s "On this page"', () => {
  test('lists each name found on the tab as one row with its count, most mentioned first', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const section = popup.getByRole('region', { name: 'On this page' });
    const items = section.getByRole('listitem').filter({ has: popup.getByRole('button', { name: /^Facts about/ }) });
    await expect(items).toHaveCount(3);
    await expect(items.locator('.pp-row')).toHaveText([
      'Antony Blinken3 mentions',
      'Benjamin Netanyahu2 mentions',
      'Hamas1 mention',
    ]);
    // One row, one chevron: no row of identical buttons.
    for (const item of await items.all()) await expect(item.getByRole('button')).toHaveCount(2);
  });

  test('opens a name’s facts beside its row; "Show in article" opens the article view at the passage', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const disclosure = popup.getByRole('button', { name: 'Facts about Hamas' });
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await disclosure.click();
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');

    const hamas = popup.getByRole('listitem').filter({ has: disclosure });
    const facts = hamas.getByRole('list').getByRole('listitem');
    await expect(facts.first()).toBeVisible();
    const quote = (await facts.first().locator('blockquote').textContent())!;
    expect(quote.length).toBeGreaterThan(20);

    const opened = context.waitForEvent('page');
    await facts.first().getByRole('button', { name: 'Show in article' }).click();
    const article = await opened;
    await expect(article).toHaveURL(new RegExp(`chrome-extension://${extensionId}/article.html#fact-`));
    await expect(article.locator('mark.cc-target')).toHaveText(quote);
    await expect(article.locator('mark.cc-target')).toBeInViewport();

    await disclosure.click();
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await expect(facts.first()).toBeHidden();
  });

  test('shows an empty state when the page names nobody from the article', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { tabId } = await openTab(context, serviceWorker, `${origin}/plain.html`);
    const popup = await openPopup(context, extensionId, tabId);
    await expect(popup.getByText('No names from the article on this page.')).toBeVisible();
    await expect(popup.getByRole('button', { name: /^Facts about/ })).toHaveCount(0);
  });

  test('a name’s row scrolls the tab to its first mention and opens its card there', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { page, tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    expect(await page.evaluate(() => scrollY)).toBe(0);

    await popup.getByRole('button', { name: /^Hamas/ }).click();

    await expect(popup.getByRole('status')).toHaveText('Opened the card of Hamas on the page.');
    await expect(page.locator('#far')).toBeInViewport();
    const cards = new CardPage(page);
    await expect(cards.dialog).toHaveAttribute('data-entity', 'hamas');
    await expect.poll(async () => (await pageHighlights(page))['context-cards-active']).toBe(1);
    expect(await cards.highlighted('context-cards-active')).toEqual(['Hamas']);
  });

  test('the bundled article is one click away, under "Your documents"', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const documents = popup.getByRole('region', { name: 'Your documents' });
    const read = documents.getByRole('button', { name: /^Open US Votes Against UN Resolution/ });
    await expect(read).toHaveAccessibleDescription('Bundled with Context Cards');
    const opened = context.waitForEvent('page');
    await read.click();
    const article = await opened;
    await expect(article).toHaveURL(`chrome-extension://${extensionId}/article.html`);
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(/^US Votes Against UN Resolution/);
  });

  test('shows the keyboard shortcuts and where to change them', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const keyboard = popup.getByRole('region', { name: 'Keyboard' });
    await expect(keyboard.getByRole('term')).toHaveText(['Alt+Shift+J', 'Alt+Shift+K']);
    await expect(keyboard.getByRole('definition').first()).toHaveText(/next highlighted name/);
    await expect(keyboard).toContainText('chrome://extensions/shortcuts');
    const opened = context.waitForEvent('page');
    await keyboard.getByRole('button', { name: 'Change shortcuts' }).click();
    await expect(await opened).toHaveURL('chrome://extensions/shortcuts');
  });
});
