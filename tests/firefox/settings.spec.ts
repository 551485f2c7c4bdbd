import { expect, test } from './fixtures';
import { badgeText, clickControl, frames, highlightedTexts, waitForScan } from './firefox-page';

/** Highlighted near the top of tests/fixtures/popup/names.html (Hamas, the third entity, is far below). */
const NAMES = ['Antony Blinken', 'Benjamin Netanyahu', 'Blinken'];

test.describe('settings and the badge in Firefox', () => {
  test('the toolbar badge counts the distinct names on the tab', async ({ firefox, origin }) => {
    const names = await firefox.browser.newPage();
    await names.goto(`${origin}/popup/names.html`);
    await waitForScan(names);
    await expect.poll(() => badgeText(firefox, names)).toBe('3');
    const demo = await firefox.browser.newPage();
    await demo.goto(`${origin}/demo.html`);
    await waitForScan(demo);
    await expect.poll(() => badgeText(firefox, demo)).toBe('14');
    expect(await badgeText(firefox, names)).toBe('3');
  });

  test('a change on the options page reaches an open tab at once, without reloading it', async ({
    firefox,
    origin,
  }) => {
    const page = await firefox.browser.newPage();
    await page.goto(`${origin}/popup/names.html`);
    await waitForScan(page);
    await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(NAMES));
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    const options = await firefox.openExtensionPage('options.html');
    await clickControl(options, 'checkbox', 'Benjamin Netanyahu');
    await expect.poll(() => highlightedTexts(page)).not.toContain('Benjamin Netanyahu');
    expect(await highlightedTexts(page)).toContain('Antony Blinken');

    await clickControl(options, 'radio', 'Only on these sites');
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect.poll(() => badgeText(firefox, page)).toBe('');
    await clickControl(options, 'checkbox', 'Benjamin Netanyahu');
    await clickControl(options, 'radio', 'Run on all sites except these');
    await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(NAMES));
    await frames(page, 1);
    // The same document all along: a reload would have lost this.
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });
});
