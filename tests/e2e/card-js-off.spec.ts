import { CardPage } from './card-page';
import { waitForFirstScan } from './corpus-pages';
import { expect, test } from './fixtures';

test.describe('a card on a page whose JavaScript the reader switched off', () => {
  test.use({ javaScriptEnabled: false });

  test('opens on hover with its quotes: the page’s script setting does not stop the card’s renderer', async ({
    context,
    origin,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.page.goto(`${origin}/cards/js-off.html`);
    await waitForFirstScan(cards.page);
    // The page's own scripts really are off: its inline script would have set this.
    expect(await cards.page.evaluate(() => document.documentElement.dataset.pageScript)).toBeUndefined();
    await expect.poll(() => cards.highlighted()).toContain('Antony Blinken');
    await cards.hover('Antony Blinken');
    await cards.reveal(); // the harness's watcher is a page script, off here too
    await expect(cards.page.getByRole('dialog', { name: 'Antony Blinken' })).toBeVisible();
    await expect(cards.dialog.locator('blockquote').first()).toBeVisible();
    await cards.page.keyboard.press('Escape');
    await expect(cards.dialog).toHaveCount(0);
  });
});
