import { CardPage } from './card-page';
import { expect, test } from './fixtures';

test.describe('a card on a page with a strict content security policy', () => {
  test("opens on hover: the page's policy does not stop the card's renderer from loading", async ({
    context,
    origin,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/strict-csp.html`);
    await expect(cards.page).toHaveTitle('Cards: a page with a strict content security policy');
    await cards.hover('Antony Blinken');
    await expect(cards.page.getByRole('dialog', { name: 'Antony Blinken' })).toBeVisible();
    await expect(cards.dialog.locator('blockquote').first()).toBeVisible();
  });
});
