import { expect, test } from './fixtures';
import { frames, highlightedTexts, pageErrors, scanMeasures, waitForScan } from './engine-page';

test.describe('the mention engine following the page', () => {
  test('highlights each batch of an infinite feed as it arrives, reading only the new stories', async ({
    context,
    origin,
  }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/engine/infinite-scroll.html`);
    await waitForScan(page);
    const names = ['Hamas', 'Egypt', 'Knesset', 'UNRWA', 'Italy'];
    for (let batch = 1; batch < 5; batch++) {
      await page.evaluate(() => document.getElementById('sentinel')!.scrollIntoView());
      await page.waitForFunction((n) => (window as unknown as { batches: number }).batches > n, batch);
      await frames(page, 3);
      // The newest stories are at the bottom, in view: all ten of their mentions are highlighted.
      const newest = await highlightedTexts(page, `#feed`);
      expect(newest.filter((text) => text === names[batch % names.length]).length).toBe(10);
    }
    const measures = await scanMeasures(page);
    const first = measures[0]!.detail;
    const later = measures.slice(1).map(({ detail }) => detail);
    expect(first.mentions).toBe(10);
    expect(later.reduce((sum, { mentions }) => sum + mentions, 0)).toBe(40);
    // Each later pass read one batch of ten stories, not the whole feed again.
    expect(Math.max(...later.map(({ chars }) => chars))).toBeLessThanOrEqual(first.chars * 1.2);
  });

  test('follows a single-page app through pushState navigations and Back', async ({ context, origin }) => {
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${origin}/engine/spa.html`);
    await waitForScan(page);
    // The navigation's own "Gaza" link is a mention on every view.
    expect(await highlightedTexts(page)).toEqual(['Antony Blinken', 'Gaza']);

    await page.getByRole('link', { name: 'Gaza' }).click();
    await expect(page).toHaveURL(/page=gaza/);
    await frames(page, 3);
    expect(await highlightedTexts(page)).toEqual(['Egypt', 'Gaza', 'Gaza', 'Hamas', 'Knesset']);

    await page.getByRole('link', { name: 'The vote' }).click();
    await frames(page, 3);
    expect(await highlightedTexts(page)).toEqual(['Gaza', 'UN Security Council']);

    await page.goBack();
    await expect(page).toHaveURL(/page=gaza/);
    await frames(page, 3);
    expect(await highlightedTexts(page)).toEqual(['Egypt', 'Gaza', 'Gaza', 'Hamas', 'Knesset']);
    expect(errors).toEqual([]);
  });

  test('drops the mentions of removed text and picks up edited text', async ({ context, origin }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/engine/cross-element.html`);
    await waitForScan(page);
    await page.evaluate(() => {
      document.getElementById('split-bold')!.remove();
      document.querySelector('#split-link a')!.textContent = 'The';
      document.getElementById('split-link')!.append(' It is a UN body.');
      document.getElementById('lowercase')!.append(' and then Hamas');
    });
    await frames(page, 3);
    const texts = await highlightedTexts(page);
    expect(texts).not.toContain('Antony Blinken');
    expect(texts).not.toContain('UN Security Council');
    expect(texts).toContain('Security Council');
    expect(texts).toContain('Hamas');
  });

  test('runs in frames', async ({ context, origin }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/engine/iframe.html`);
    await waitForScan(page);
    const child = page.frame({ url: /iframe-child\.html$/ })!;
    await waitForScan(child);
    expect(await highlightedTexts(page)).toEqual(['Hamas']);
    expect(await highlightedTexts(child)).toEqual(['Antony Blinken', 'Egypt']);
  });

  test('is not disturbed by a page whose CSS unsets everything and whose scripts break globals', async ({
    context,
    origin,
  }) => {
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${origin}/engine/hostile.html`);
    await waitForScan(page);
    expect(await highlightedTexts(page)).toEqual(['Antony Blinken', 'Egypt', 'Hamas', 'Knesset']);
    expect(errors).toEqual([]);
  });
});
