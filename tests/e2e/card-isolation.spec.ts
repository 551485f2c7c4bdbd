import { CardPage, sendNavigate } from './card-page';
import { expect, test } from './fixtures';

/** The computed styles that show whether page CSS reached into the card. */
const PROPERTIES = [
  'display',
  'visibility',
  'opacity',
  'transform',
  'filter',
  'width',
  'font-family',
  'font-size',
  'line-height',
  'letter-spacing',
  'text-transform',
  'color',
  'background-color',
  'padding-top',
  'margin-top',
  'border-top-width',
  'border-top-style',
  'box-sizing',
] as const;

async function cardStyles(cards: CardPage, url: string, worker: Parameters<typeof sendNavigate>[0]) {
  await cards.goto(url);
  await sendNavigate(worker, cards.page, 'next');
  await expect(cards.dialog).toBeVisible();
  await cards.settled();
  const read = (selector: string) =>
    cards
      .part(selector)
      .first()
      .evaluate((element, names) => {
        const style = getComputedStyle(element);
        return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
      }, PROPERTIES);
  return {
    dialog: await read('[role="dialog"]'),
    heading: await read('h2'),
    quote: await read('blockquote'),
    button: await read('.actions button'),
    box: await cards.dialog.boundingBox(),
  };
}

test.describe('the card on a page with hostile CSS', () => {
  test('looks exactly as on a plain page', async ({ context, origin, serviceWorker }) => {
    const plain = await cardStyles(new CardPage(await context.newPage()), `${origin}/cards/hover.html`, serviceWorker);
    const hostile = await cardStyles(
      new CardPage(await context.newPage()),
      `${origin}/cards/hostile.html`,
      serviceWorker,
    );
    expect(hostile.dialog).toEqual(plain.dialog);
    expect(hostile.heading).toEqual(plain.heading);
    expect(hostile.quote).toEqual(plain.quote);
    expect(hostile.button).toEqual(plain.button);
    expect(hostile.box?.width).toBe(plain.box?.width);
    expect(plain.dialog['font-size']).toBe('15px');
  });

  test('adds one node to the page, and only once a card opens', async ({ context, origin, serviceWorker }) => {
    const cards = new CardPage(await context.newPage());
    const url = `${origin}/cards/hover.html`;
    await cards.goto(url);
    const count = () => cards.page.evaluate(() => document.querySelectorAll('*').length);
    const before = await count();
    await expect(cards.host()).toHaveCount(0);
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toBeVisible();
    expect(await count()).toBe(before + 1);
    await cards.page.keyboard.press('Escape');
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toBeVisible();
    expect(await count()).toBe(before + 1);
    expect(await cards.shadowMode()).toBe('closed');
  });
});
