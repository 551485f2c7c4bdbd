import { readCard, waitForCard } from './card-reader';
import { expect, test } from './fixtures';
import { frames, highlightedTexts, pointOnText, sendToTab, waitForScan } from './firefox-page';

/**
 * Mentions inside open shadow roots (tests/fixtures/engine/shadow.html): Firefox applies page-level
 * ::highlight() rules only to the document's own tree, so these are drawn by the sheet the engine adopts
 * into each open shadow root, and reached by a hit test that descends into them.
 */
test.describe('open shadow roots in Firefox', () => {
  test('a mention inside an open shadow root is painted', async ({ firefox, origin }) => {
    const page = await firefox.browser.newPage();
    await page.goto(`${origin}/engine/shadow.html`);
    await waitForScan(page);
    await expect.poll(() => highlightedTexts(page)).toContain('Knesset');
    const clip = await page.evaluate(() => {
      const text = document.querySelector('#declarative')!.shadowRoot!.querySelector('#in-shadow')!;
      const { x, y, width, height } = text.getBoundingClientRect();
      return { x, y, width, height };
    });
    const highlighted = Buffer.from(await page.screenshot({ clip }));
    await page.evaluate(() => CSS.highlights.delete('context-cards-mention'));
    await frames(page, 2);
    const plain = Buffer.from(await page.screenshot({ clip }));
    expect(plain.equals(highlighted)).toBe(false);
  });

  test('hovering a mention inside an open shadow root opens its card', async ({ firefox, origin }) => {
    const page = await firefox.browser.newPage();
    await page.goto(`${origin}/engine/shadow.html`);
    await waitForScan(page);
    await expect.poll(() => highlightedTexts(page)).toEqual(['Egypt', 'Hamas', 'Italy', 'Knesset', 'UNRWA']);
    const inShadow = await pointOnText(page, 'Knesset');
    await page.mouse.move(inShadow.x, inShadow.y);
    expect((await waitForCard(firefox.browser, page)).entity).toBe('knesset');

    // And one in a shadow root nested in another.
    await page.mouse.move(5, 5);
    await expect.poll(() => readCard(firefox.browser, page)).toBeUndefined();
    const nested = await pointOnText(page, 'Egypt');
    await page.mouse.move(nested.x, nested.y);
    expect((await waitForCard(firefox.browser, page)).entity).toBe('egypt');
  });

  test('the keyboard command moves into shadow roots in page order', async ({ firefox, origin }) => {
    const page = await firefox.browser.newPage();
    await page.goto(`${origin}/engine/shadow.html`);
    await waitForScan(page);
    await expect.poll(() => highlightedTexts(page)).toHaveLength(5);
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendToTab(firefox, page, { type: 'context-cards:navigate', direction: 'next' });
      const card = await waitForCard(firefox.browser, page, (open) => open.entity !== seen.at(-1));
      seen.push(card.entity);
    }
    expect(seen).toEqual(['hamas', 'knesset', 'egypt']);
  });
});
