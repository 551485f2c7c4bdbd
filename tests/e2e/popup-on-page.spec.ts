import { expect, test } from './fixtures';
import { openPopup, openTab, pageHighlights } from './popup-page';

test.describe('the popup’s "On this page"', () => {
  test('lists the names found on the tab with their counts, most mentioned first', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const section = popup.getByRole('region', { name: 'On this page' });
    const items = section.getByRole('listitem').filter({ has: popup.getByRole('button', { name: 'Show on page' }) });
    await expect(items).toHaveCount(3);
    await expect(items.getByRole('heading', { level: 3 })).toHaveText([
      'Antony Blinken3 mentions',
      'Benjamin Netanyahu2 mentions',
      'Hamas1 mention',
    ]);
  });

  test('opens a name’s facts inline, and a fact’s "Show in article" marks its passage', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    const disclosure = popup.getByRole('button', { name: /^Hamas/ });
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await disclosure.click();
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');

    const hamas = popup.getByRole('listitem').filter({ has: disclosure });
    const facts = hamas.getByRole('list').getByRole('listitem');
    await expect(facts.first()).toBeVisible();
    const quote = (await facts.first().locator('blockquote').textContent())!;
    expect(quote.length).toBeGreaterThan(20);

    await facts.first().getByRole('button', { name: 'Show in article' }).click();
    const passage = popup.locator('mark.cc-target');
    await expect(passage).toHaveText(quote);
    await expect(passage).toBeFocused();
    await expect(passage).toBeInViewport({ ratio: 0.9 });

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
    await expect(popup.getByRole('button', { name: 'Show on page' })).toHaveCount(0);
  });

  test('"Show on page" scrolls the tab to the first mention and marks it active', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { page, tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);
    expect(await page.evaluate(() => scrollY)).toBe(0);

    const hamas = popup.getByRole('listitem').filter({ has: popup.getByRole('button', { name: /^Hamas/ }) });
    const show = hamas.getByRole('button', { name: 'Show on page' });
    await expect(show).toHaveAccessibleDescription('Hamas');
    await show.click();

    await expect(popup.getByRole('status')).toHaveText('Showing Hamas on the page.');
    await expect(page.locator('#far')).toBeInViewport();
    await expect.poll(async () => (await pageHighlights(page))['context-cards-active']).toBe(1);
    const active = await page.evaluate(() => {
      const [range] = CSS.highlights.get('context-cards-active')!;
      const { startContainer, startOffset, endOffset } = range as AbstractRange;
      return startContainer.textContent!.slice(startOffset, endOffset);
    });
    expect(active).toBe('Hamas');
  });

  test('"Open in tab" opens the article view, at the fact selected', async ({
    context,
    origin,
    serviceWorker,
    extensionId,
  }) => {
    const { tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    const popup = await openPopup(context, extensionId, tabId);

    const opened = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open in tab' }).click();
    const plain = await opened;
    await expect(plain).toHaveURL(`chrome-extension://${extensionId}/article.html`);
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText(/^US Votes Against UN Resolution/);

    await popup.getByRole('button', { name: /^Benjamin Netanyahu/ }).click();
    const netanyahu = popup.getByRole('listitem').filter({ has: popup.getByRole('button', { name: /^Benjamin/ }) });
    await netanyahu.getByRole('button', { name: 'Show in article' }).first().click();
    const factId = await popup.locator('mark.cc-target').getAttribute('data-fact');
    const openedAtFact = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open in tab' }).click();
    const atFact = await openedAtFact;
    await expect(atFact).toHaveURL(`chrome-extension://${extensionId}/article.html#fact-${factId}`);
    await expect(atFact.locator(`mark.cc-target[data-fact="${factId}"]`)).toBeInViewport();
  });
});
