import { CardPage, sendNavigate } from './card-page';
import { expect, test } from './fixtures';
import { readCardAsThePage, spyOnThePage, type PageReading } from './page-world-reads';

/**
 * The card's contents cannot be read from the page (issue 13): its shadow root is closed, so the page's own
 * scripts — on, and some set up before the extension runs — find the host and nothing in it. The test
 * harness still reads the card, through the debugging protocol (card-reveal.ts), which these tests switch on
 * only after the page has looked; the reader's keyboard, Escape and axe work as before.
 */
test.use({ revealCards: false });

/** The card's own texts, read by the harness: its description and every quote. */
async function cardTexts(cards: CardPage): Promise<string[]> {
  await cards.reveal();
  const texts = await cards.dialog.evaluate((dialog) =>
    [...dialog.querySelectorAll('.description, blockquote, q')].map((element) => element.textContent!.trim()),
  );
  return texts.filter((text) => text.length > 0);
}

/** Nothing the page read holds any of the card's texts, or a node or root of the card. */
function expectNothingOfTheCard(reading: PageReading, secrets: string[]): void {
  expect(reading.hostFound).toBe(true); // the page may see that the host is there
  expect(reading.shadowRoot).toBe('null');
  expect(reading.attachShadow).toBe('threw NotSupportedError');
  expect(reading.rootsCaught).toBe(0);
  expect(reading.nodesInsideCaught).toBe(0);
  expect(reading.attachShadowSeen).not.toContain('context-cards-card');
  expect(reading.texts.length).toBeGreaterThan(10);
  for (const secret of secrets) {
    const found = reading.texts.filter((text) => text.includes(secret));
    expect(found, `the page read "${secret}"`).toEqual([]);
  }
}

test.describe('the card is closed to the page', () => {
  test('a page reads nothing of an open, focused card; the harness reads it, and Tab, Escape and axe work', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.page.locator('#before').focus();
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.host()).toHaveCount(1);
    // The keyboard opened it with the focus inside: the page sees its host focused, nothing more.
    await expect(cards.host()).toBeFocused();
    await cards.page.waitForTimeout(400); // past the opening fade
    const reading = await cards.page.evaluate(readCardAsThePage);
    expect(reading.activeElement).toBe('context-cards-card');
    // Playwright's own engines, like the page, do not enter a closed root.
    await expect(cards.dialog).toHaveCount(0);

    const secrets = await cardTexts(cards);
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    expect(secrets).toContain(
      'U.S. Secretary of State, quoted on the renewed efforts to get the hostages back and reach a ceasefire.',
    );
    expectNothingOfTheCard(reading, secrets);
    expect(await cards.shadowMode()).toBe('closed');
    // What the page does see: the host, with no box of its own, is what a hit test over the card finds.
    const box = (await cards.dialog.boundingBox())!;
    const seen = await cards.page.evaluate(
      ([x, y]) => {
        const host = document.querySelector('context-cards-card')!;
        const { width, height } = host.getBoundingClientRect();
        return { size: [width, height], hit: document.elementFromPoint(x, y)?.localName };
      },
      [box.x + box.width / 2, box.y + box.height / 2] as const,
    );
    expect(seen).toEqual({ size: [0, 0], hit: 'context-cards-card' });

    await expect(cards.page.getByRole('dialog', { name: 'Antony Blinken' })).toBeFocused();
    await cards.page.keyboard.press('Tab');
    expect(await cards.focusedInCard()).toBe('button:Close');
    await cards.page.keyboard.press('Shift+Tab');
    expect(await cards.focusedInCard()).toBe('button:Turn off on this site');
    await cards.settled();
    expect(await cards.axe()).toEqual([]);
    await cards.page.keyboard.press('Escape');
    await expect(cards.dialog).toHaveCount(0);
    await expect(cards.page.locator('#before')).toBeFocused();
  });

  test('a page that hooked attachShadow and DOM methods, and defined the card’s tag, before the extension ran catches nothing', async ({
    context,
    origin,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.page.addInitScript(spyOnThePage);
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.hover('Antony Blinken');
    await expect(cards.host()).toHaveCount(1);
    await cards.page.waitForTimeout(800); // the hover delay and the opening fade
    const reading = await cards.page.evaluate(readCardAsThePage);
    // The page's definition did take the host (the spy's element), yet its internals hold no root.
    expect(await cards.page.evaluate(() => document.querySelector('context-cards-card')!.matches(':defined'))).toBe(
      true,
    );

    const secrets = await cardTexts(cards);
    await expect(cards.dialog).toHaveAttribute('data-entity', 'antony-blinken');
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    expectNothingOfTheCard(reading, secrets);
  });
});
