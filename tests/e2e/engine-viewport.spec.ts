import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { frames, highlights, scanMeasures, waitForScan } from './engine-page';
import { longPage, serveGenerated } from './generated-pages';

/** The paragraphs whose mention is registered, and the paragraphs in the viewport, by index. */
function registeredAndVisible(page: Page): Promise<{ registered: number[]; visible: number[] }> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('context-cards-mention');
    const registered = [...(highlight ?? [])]
      .map((range) => Number((range.startContainer.parentElement!.closest('p')!.id || 'p-1').slice(1)))
      .sort((a, b) => a - b);
    const visible = [...document.querySelectorAll('p')]
      .filter((p) => {
        const { top, bottom } = p.getBoundingClientRect();
        return bottom > 0 && top < innerHeight;
      })
      .map((p) => Number(p.id.slice(1)));
    return { registered, visible };
  });
}

test.describe('the mention engine and the viewport', () => {
  test.use({ viewport: { width: 1000, height: 600 } });

  test('registers only the mentions within about two screens of the viewport, following the scroll', async ({
    context,
    origin,
  }) => {
    const url = await serveGenerated(context, origin, 'long.html', longPage(1_000));
    const page = await context.newPage();
    await page.goto(url);
    await waitForScan(page);
    const [measure] = await scanMeasures(page);
    expect(measure!.detail.mentions).toBe(1_000);

    // 600 px viewport, 40 px paragraphs: 15 in view, 30 below within two screens (none above at the top).
    let { registered, visible } = await registeredAndVisible(page);
    expect(visible).toEqual(Array.from({ length: 15 }, (_, i) => i));
    expect(registered.length).toBeGreaterThanOrEqual(45);
    expect(registered.length).toBeLessThanOrEqual(50);
    expect(registered).toEqual(expect.arrayContaining(visible));

    for (const y of [20_000, 39_400, 4_000]) {
      await page.evaluate((top) => scrollTo(0, top), y);
      await frames(page, 2);
      ({ registered, visible } = await registeredAndVisible(page));
      expect(registered).toEqual(expect.arrayContaining(visible));
      const first = visible[0]!;
      expect(Math.min(...registered)).toBeGreaterThanOrEqual(first - 31);
      expect(Math.max(...registered)).toBeLessThanOrEqual(first + 15 + 31);
      expect(registered.length).toBeLessThanOrEqual(80);
    }
  });

  test('records each scan pass as a User Timing measure with what it read', async ({ context, origin }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/engine/cross-element.html`);
    await waitForScan(page);
    const [first, ...rest] = await scanMeasures(page);
    expect(rest).toEqual([]);
    const textLength = await page.evaluate(() => document.body.textContent!.length);
    const { detail, duration } = first!;
    expect(detail.mentions).toBe(
      (await highlights(page)).find(({ name }) => name === 'context-cards-mention')!.texts.length,
    );
    expect(detail.chars).toBeGreaterThan(textLength * 0.8);
    expect(detail.chars).toBeLessThanOrEqual(textLength);
    expect(detail.workMs).toBeGreaterThan(0);
    expect(detail.workMs).toBeLessThanOrEqual(duration + 0.01);
    expect(detail.slices).toBeGreaterThanOrEqual(1);
    expect(detail.longestSliceMs).toBeLessThanOrEqual(detail.workMs);

    await page.evaluate(() =>
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Hamas and Egypt</p>'),
    );
    await expect.poll(async () => (await scanMeasures(page)).length).toBe(2);
    const added = (await scanMeasures(page))[1]!.detail;
    expect([added.chars, added.mentions]).toEqual(['Hamas and Egypt'.length, 2]);
  });
});
