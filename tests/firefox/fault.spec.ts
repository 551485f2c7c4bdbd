import { cardButton, readCard, waitForCard } from './card-reader';
import { fillSyncStorage } from '../e2e/fill-sync-storage';
import { expect, test } from './fixtures';
import { highlightedTexts, pointOnText, waitForScan } from './firefox-page';

/**
 * A background that fails: the reader's sync storage is full (as another extension page or device may
 * leave it), so "Hide <name>" is rejected by the background. The content script reports it once, clearly,
 * on Firefox's output, and leaves the page as it was.
 */
test('a rejected "Hide" is reported once and leaves the page as it was', async ({ firefox, origin }) => {
  const page = await firefox.browser.newPage();
  await page.goto(`${origin}/demo.html`);
  await waitForScan(page);
  const before = await page.evaluate(() => document.body.outerHTML);
  const names = await highlightedTexts(page);
  expect(names).toContain('Hamas');

  await firefox.control.evaluate(fillSyncStorage);
  const mark = firefox.output.mark();
  const report = /\[Context Cards\] Hiding an entity failed/;
  firefox.output.expect(report);
  for (let attempt = 0; attempt < 2; attempt++) {
    const { x, y } = await pointOnText(page, 'Hamas');
    await page.mouse.move(x, y);
    await waitForCard(firefox.browser, page, (open) => open.entity === 'hamas');
    const hide = await cardButton(firefox.browser, page, 'Hide Hamas');
    await page.mouse.click(hide.x, hide.y);
    await expect.poll(() => readCard(firefox.browser, page)).toBeUndefined();
    await page.mouse.move(5, 5);
  }
  await expect.poll(() => firefox.output.ours(mark, report)).toHaveLength(1);
  await new Promise((done) => setTimeout(done, 300)); // a second report would have arrived by now
  expect(firefox.output.ours(mark, report)).toHaveLength(1);
  expect(firefox.output.ours(mark, report)[0]).toMatch(/QuotaExceededError|quota/i);
  expect(await highlightedTexts(page)).toEqual(names);
  expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
});
