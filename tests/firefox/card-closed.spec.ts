import { readCardAsThePage, spyOnThePage } from '../e2e/page-world-reads';
import { waitForCard } from './card-reader';
import { expect, test } from './fixtures';
import { frames, pointOnText, waitForScan } from './firefox-page';

/**
 * The card's contents cannot be read from the page, in Firefox too (issue 13): a page that hooked
 * attachShadow and DOM methods and defined the card's tag before the extension ran reads the host and
 * nothing in it, while the test reads the card over WebDriver BiDi (`includeShadowTree: 'all'`).
 */
test.describe('the card is closed to the page in Firefox', () => {
  test('a page’s scripts read nothing of an open card; the test reads it', async ({ firefox, origin }) => {
    const page = await firefox.browser.newPage();
    await page.evaluateOnNewDocument(spyOnThePage);
    await page.goto(`${origin}/cards/hover.html`);
    await waitForScan(page);
    const { x, y } = await pointOnText(page, 'Antony Blinken');
    await page.mouse.move(x, y);
    const card = await waitForCard(firefox.browser, page);
    expect(card.entity).toBe('antony-blinken');
    expect(card.quotes.length).toBeGreaterThanOrEqual(1);
    await frames(page, 30); // past the opening fade

    const reading = await page.evaluate(readCardAsThePage);
    expect(reading.hostFound).toBe(true);
    expect(reading.shadowRoot).toBe('null');
    expect(reading.attachShadow).toBe('threw NotSupportedError');
    expect(reading.rootsCaught).toBe(0);
    expect(reading.nodesInsideCaught).toBe(0);
    expect(reading.attachShadowSeen).not.toContain('context-cards-card');
    expect(reading.texts.length).toBeGreaterThan(10);
    // The quotes, not the name: the page itself says "Antony Blinken".
    for (const secret of card.quotes) {
      expect(
        reading.texts.filter((text) => text.includes(secret)),
        `the page read "${secret}"`,
      ).toEqual([]);
    }
  });
});
