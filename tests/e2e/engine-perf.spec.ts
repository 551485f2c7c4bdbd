import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { frames, scanMeasures, waitForScan } from './engine-page';
import { bigPage, serveGenerated } from './generated-pages';

/** The page's JS heap after a full garbage collection (the content script's isolated world included). */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

test.describe('the mention engine on a 3 MB page', () => {
  test.setTimeout(120_000);

  // Behaviour only: how fast is for `npm run bench` (DESIGN.md: budgets are never timing assertions in tests).
  test('reads 20,000 paragraphs in several slices, finds every mention, follows appends and stays small', async ({
    context,
    origin,
    plainBrowser,
  }) => {
    const html = bigPage();
    const url = await serveGenerated(context, origin, 'big.html', html);
    const page = await context.newPage();
    await page.goto(url);
    await waitForScan(page);
    const { chars, mentions, slices } = (await scanMeasures(page))[0]!.detail;
    expect(chars).toBeGreaterThan(3_000_000);
    expect(mentions).toBe(2_500);
    expect(slices).toBeGreaterThan(1); // incremental: the page gets the main thread back in between

    // 100 appended paragraphs with 13 mentions, 20 times: each is one incremental pass over the new text only.
    for (let round = 0; round < 20; round++) {
      const before = (await scanMeasures(page)).length;
      await page.evaluate((n) => {
        const main = document.querySelector('main')!;
        const more = Array.from(
          { length: 100 },
          (_, i) => `<p>${n}.${i} More text here${i % 8 ? '' : ', Hamas said'}.</p>`,
        );
        main.insertAdjacentHTML('beforeend', more.join(''));
      }, round);
      await expect.poll(async () => (await scanMeasures(page)).length).toBe(before + 1);
      const pass = (await scanMeasures(page)).at(-1)!.detail;
      expect(pass.mentions).toBe(13);
      expect(pass.chars).toBeLessThan(10_000);
    }

    // Heap added: the same page in a browser without the extension, both after a full GC.
    await frames(page, 2);
    const withEngine = await heapAfterGc(page);
    const plain = await (await plainBrowser.newContext()).newPage();
    await plain.setContent(html);
    await plain.evaluate((n) => {
      // The same appended text, so both pages hold the same DOM.
      for (let round = 0; round < n; round++) {
        const main = document.querySelector('main')!;
        const more = Array.from(
          { length: 100 },
          (_, i) => `<p>${round}.${i} More text here${i % 8 ? '' : ', Hamas said'}.</p>`,
        );
        main.insertAdjacentHTML('beforeend', more.join(''));
      }
    }, 20);
    const without = await heapAfterGc(plain);
    await plain.context().close();
    expect((withEngine - without) / 2 ** 20).toBeLessThan(5);
  });
});
