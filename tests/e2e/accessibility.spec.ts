import { axeViolations, CardPage, sendNavigate } from './card-page';
import { expect, test } from './fixtures';
import { openPopup, openTab } from './popup-page';

/**
 * axe-core on everything a reader sees of the extension, in light and dark: the card (in its shadow root,
 * folded and after "More"), the popup with every name's facts unfolded, the options page and the article
 * view. Also no id used twice in a document or shadow root.
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
  });
}
