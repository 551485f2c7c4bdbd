import { CardPage } from './card-page';
import { expect, test } from './fixtures';

test.describe('a card on a touch screen', () => {
  test.use({ hasTouch: true });

  test('opens with a tap on a mention and closes with a tap elsewhere', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    const mention = await cards.pointOf('Antony Blinken');
    await cards.page.touchscreen.tap(mention.x, mention.y);
    await expect(cards.dialog).toHaveAttribute('data-entity', 'antony-blinken');
    const box = (await cards.dialog.boundingBox())!;
    await cards.page.touchscreen.tap(box.x + box.width + 60, box.y + 40); // beside the card, off any text
    await expect(cards.dialog).toHaveCount(0);
  });

  test('works the card by taps: its buttons respond and do not close it', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    const mention = await cards.pointOf('Benjamin Netanyahu');
    await cards.page.touchscreen.tap(mention.x, mention.y);
    await expect(cards.dialog).toBeVisible();
    await cards.dialog.getByRole('button', { name: 'Close' }).tap();
    await expect(cards.dialog).toHaveCount(0);
  });

  test('a mention inside a link opens its card on the first tap and follows the link on the second', async ({
    context,
    origin,
  }) => {
    const cards = new CardPage(await context.newPage());
    const url = `${origin}/cards/hover.html`;
    await cards.goto(url);
    const mention = await cards.pointOf('Amnesty International');
    await cards.page.touchscreen.tap(mention.x, mention.y);
    await expect(cards.dialog).toHaveAttribute('data-entity', 'amnesty-international');
    expect(cards.page.url()).toBe(url);
    await cards.page.touchscreen.tap(mention.x, mention.y);
    await expect(cards.page).toHaveURL(`${url}#destination`);
  });
});
