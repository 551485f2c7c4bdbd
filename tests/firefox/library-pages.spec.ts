import { waitForCard } from './card-reader';
import { expect, test } from './fixtures';
import { highlightedTexts, pointOnText, showLibrary, waitForScan } from './firefox-page';
import { addDocument } from './library-page';

const TITLE = 'Ramaswamy at the rally';
const TEXT = 'Vivek Ramaswamy spoke in Columbus on Monday. “We will win Ohio,” Ramaswamy said.';

test.describe('the reader’s documents on pages in Firefox', () => {
  test('are highlighted once shown on the tab, with cards quoting them, and go when removed', async ({
    firefox,
    origin,
  }) => {
    const library = await firefox.openExtensionPage('library.html');
    await addDocument(library, TITLE, TEXT, 'Vivek Ramaswamy');

    const page = await firefox.browser.newPage();
    await page.goto(`${origin}/library/rally-news.html`);
    await waitForScan(page);
    const names = async () => [...new Set(await highlightedTexts(page))];
    await expect.poll(names).toEqual(['Hamas', 'Israel']);

    expect(await showLibrary(firefox, page, true)).toEqual({ ok: true });
    await expect.poll(names).toEqual(['Hamas', 'Israel', 'Ohio', 'Ramaswamy', 'Vivek Ramaswamy']);
    const { x, y } = await pointOnText(page, 'Vivek Ramaswamy');
    await page.mouse.move(x, y);
    const card = await waitForCard(firefox.browser, page, (open) => open.entity === 'vivek-ramaswamy');
    expect(card.quotes.length).toBeGreaterThan(0);
    for (const quote of card.quotes) expect(TEXT).toContain(quote);

    await page.mouse.move(1, 1);
    await (await library.$(`::-p-aria([name="Remove ${TITLE}"][role="button"])`))!.click();
    await expect.poll(names).toEqual(['Hamas', 'Israel']);
  });
});
