import { CardPage } from './card-page';
import { fillSyncStorage } from './fill-sync-storage';
import { expect, test } from './fixtures';

/**
 * A background that fails: the reader's sync storage is full, so "Hide <name>" is rejected by the
 * background. The content script reports it once, with a clear message, and leaves the page as it was.
 * (tests/firefox/fault.spec.ts checks the same in Firefox.)
 */
test('a rejected "Hide" is reported once and leaves the page as it was', async ({ context, serviceWorker, origin }) => {
  const cards = new CardPage(await context.newPage());
  const reports: string[] = [];
  cards.page.on('console', (message) => {
    if (message.text().includes('[Context Cards]')) reports.push(`${message.type()}: ${message.text()}`);
  });
  await cards.goto(`${origin}/cards/hover.html`);
  const before = await cards.page.evaluate(() => document.body.outerHTML);
  const names = (await cards.highlighted()).sort();
  expect(names).toContain('Antony Blinken');

  await serviceWorker.evaluate(fillSyncStorage);
  for (let attempt = 0; attempt < 2; attempt++) {
    await cards.hover('Antony Blinken');
    await cards.dialog.getByRole('button', { name: 'Hide Antony Blinken' }).click();
    await expect(cards.dialog).toHaveCount(0);
    await cards.page.mouse.move(5, 5);
  }
  await expect.poll(() => reports).toHaveLength(1);
  expect(reports[0]).toMatch(/^warning: \[Context Cards\] Hiding an entity failed/);
  expect(reports[0]).toMatch(/quota/i);
  await cards.page.waitForTimeout(300); // a second report would have arrived by now
  expect(reports).toHaveLength(1);
  expect((await cards.highlighted()).sort()).toEqual(names);
  expect(await cards.page.evaluate(() => document.body.outerHTML)).toBe(before);
});
