import { waitForCard } from './card-reader';
import { expect, test } from './fixtures';
import { highlightedTexts, pointOnText } from './firefox-page';
import { pollPage } from './poll-page';

// Firefox has no per-site switch: the reader turns JavaScript off for every page (about:config). A Firefox
// of its own, then.
test.use({ firefoxPrefs: { 'javascript.enabled': false } });

test.describe('a page whose JavaScript the reader switched off, in Firefox', () => {
  test('hovering a highlight opens its card with its quotes', async ({ firefox, origin }) => {
    const page = await firefox.browser.newPage();
    await page.goto(`${origin}/cards/js-off.html`);
    // Not waitForScan: it counts frames with the page's requestAnimationFrame, which never calls back here.
    await pollPage(page, () => performance.getEntriesByName('context-cards:scan').length > 0);
    // The page's own scripts really are off: its inline script would have set this.
    expect(await page.evaluate(() => document.documentElement.dataset.pageScript ?? 'not run')).toBe('not run');
    await expect.poll(() => highlightedTexts(page)).toContain('Antony Blinken');
    const { x, y } = await pointOnText(page, 'Antony Blinken');
    await page.mouse.move(x, y);
    const card = await waitForCard(firefox.browser, page);
    expect(card.name).toBe('Antony Blinken');
    expect(card.quotes.length).toBeGreaterThan(0);
  });
});
