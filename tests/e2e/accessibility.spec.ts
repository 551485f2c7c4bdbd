import { axeViolations, CardPage, sendNavigate } from './card-page';
import { expect, test } from './fixtures';
import { LibraryPage, RALLY } from './library-page';
import { openPopup, openTab } from './popup-page';

/**
 * axe-core on everything a reader sees of the extension, in light and dark: the card (in its shadow root,
 * folded and after "More"), the popup with every name's facts unfolded, the options page and the article
 * view (of the bundled article and of a document the reader added). Also no id used twice in a document or
 * shadow root.
 */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test('the card has no axe violation, folded or unfolded', async ({ context, origin, serviceWorker }) => {
      const cards = new CardPage(await context.newPage());
      await cards.goto(`${origin}/cards/hover.html`);
      for (const entityId of ['antony-blinken', 'hamas']) {
        await sendNavigate(serviceWorker, cards.page, 'next');
        await expect(cards.dialog).toHaveAttribute('data-entity', entityId);
        await cards.settled();
        expect(await cards.axe()).toEqual([]);
      }
      await cards.dialog.getByRole('button', { name: /^More/ }).click();
      expect(await cards.axe()).toEqual([]);
    });

    test('the popup has no axe violation with every name unfolded', async ({
      context,
      origin,
      serviceWorker,
      extensionId,
    }) => {
      const { tabId } = await openTab(context, serviceWorker, `${origin}/demo.html`);
      const popup = await openPopup(context, extensionId, tabId, { openAll: true });
      const rows = popup.getByRole('button', { name: /^Facts about / });
      await expect(rows.first()).toBeVisible();
      const count = await rows.count();
      expect(count).toBeGreaterThan(3);
      for (let i = 0; i < count; i++) await expect(rows.nth(i)).toHaveAttribute('aria-expanded', 'true');
      await expect(popup.getByRole('term').first()).toBeVisible(); // the shortcuts have loaded
      expect(await axeViolations(popup)).toEqual([]);
    });

    test('the options page has no axe violation', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.getByRole('heading', { name: 'Keyboard' })).toBeVisible();
      await expect(page.getByRole('term').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the article view has no axe violation', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/article.html#fact-hamas-in-favor-of-deal`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('with a document the reader added: the popup and its article view have no axe violation', async ({
      context,
      origin,
      serviceWorker,
      extensionId,
    }) => {
      const library = await LibraryPage.open(context, extensionId);
      await library.addDocument(RALLY.title, RALLY.text);
      const { tabId } = await openTab(context, serviceWorker, `${origin}/demo.html`);
      const popup = await openPopup(context, extensionId, tabId, { openAll: true });
      // Donald Trump's facts come from both documents, each group under its document's heading.
      await expect(popup.getByRole('heading', { level: 3, name: RALLY.title })).toBeVisible();
      await expect(popup.getByRole('button', { name: 'Show names from my documents' })).toBeVisible();
      await expect(popup.getByRole('term').first()).toBeVisible();
      expect(await axeViolations(popup)).toEqual([]);

      const opened = context.waitForEvent('page');
      await popup.getByRole('button', { name: `Open ${RALLY.title}`, exact: true }).click();
      const article = await opened;
      await expect(article.getByRole('heading', { level: 1 })).toHaveText(RALLY.title);
      expect(await axeViolations(article)).toEqual([]);
    });
  });
}
