import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../e2e/static-server';
import { cardButton, readCard, waitForCard } from './card-reader';
import { expect, test } from './fixtures';
import { badgeText, clickControl, highlightedTexts, pointOnText, waitForScan } from './firefox-page';

const documentText = readFileSync(
  join(repoRoot, 'data/documents/us-votes-against-un-gaza-ceasefire-resolution.txt'),
  'utf8',
).replace(/\s+/g, ' ');

test.describe('cards in Firefox', () => {
  test('a card opens on hover, named for the entity, with verbatim quotes from the article', async ({
    firefox,
    origin,
  }) => {
    const page = await firefox.browser.newPage();
    await page.goto(`${origin}/demo.html`);
    await waitForScan(page);
    expect(await readCard(firefox.browser, page)).toBeUndefined();
    const { x, y } = await pointOnText(page, 'Antony Blinken');
    await page.mouse.move(x, y);
    const card = await waitForCard(firefox.browser, page);
    expect(card.entity).toBe('antony-blinken');
    expect(card.name).toBe('Antony Blinken');
    expect(card.quotes.length).toBeGreaterThan(0);
    for (const quote of card.quotes) expect(documentText).toContain(quote);
    expect(card.buttons.map((b) => b.name)).toEqual(
      expect.arrayContaining(['Close', 'Hide Antony Blinken', 'Turn off on this site']),
    );
  });

  test('"Hide <name>" removes that name\'s highlights and leaves the others', async ({ firefox, origin }) => {
    const page = await firefox.browser.newPage();
    await page.goto(`${origin}/demo.html`);
    await waitForScan(page);
    await expect.poll(() => highlightedTexts(page)).toContain('Hamas');
    const { x, y } = await pointOnText(page, 'Hamas');
    await page.mouse.move(x, y);
    await waitForCard(firefox.browser, page, (open) => open.entity === 'hamas');
    const hide = await cardButton(firefox.browser, page, 'Hide Hamas');
    await page.mouse.click(hide.x, hide.y);
    await expect.poll(() => highlightedTexts(page)).not.toContain('Hamas');
    expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(['Antony Blinken', 'Knesset', 'UNRWA']));
    await expect.poll(() => readCard(firefox.browser, page)).toBeUndefined();
  });

  test('"Turn off on this site" clears the page and its badge; removing the site in Options turns it back on', async ({
    firefox,
    origin,
  }) => {
    const page = await firefox.browser.newPage();
    await page.goto(`${origin}/demo.html`);
    await waitForScan(page);
    const names = await highlightedTexts(page);
    expect(names).toContain('Knesset');
    await expect.poll(() => badgeText(firefox, page)).not.toBe('');
    const badge = await badgeText(firefox, page);

    const { x, y } = await pointOnText(page, 'Knesset');
    await page.mouse.move(x, y);
    await waitForCard(firefox.browser, page, (open) => open.entity === 'knesset');
    const off = await cardButton(firefox.browser, page, 'Turn off on this site');
    await page.mouse.click(off.x, off.y);
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect.poll(() => badgeText(firefox, page)).toBe('');

    const options = await firefox.openExtensionPage('options.html');
    await clickControl(options, 'button', 'Remove');
    await expect.poll(() => highlightedTexts(page)).toEqual(names);
    await expect.poll(() => badgeText(firefox, page)).toBe(badge);
  });
});
