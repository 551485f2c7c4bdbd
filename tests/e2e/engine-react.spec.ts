import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { frames, highlightedTexts, pageErrors, scanMeasures, waitForScan } from './engine-page';
import { buildReactFixture, serveReactFixture } from './react-fixture';

/** The mentions the app's current text holds, read from its DOM the way a reader would. */
function mentionsInText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names = ['Antony Blinken', 'Hamas', 'Knesset', 'Donald Trump', 'Egypt', 'UNRWA', 'Italy'];
    const text = document.getElementById('root')!.innerText;
    return names
      .flatMap((name) =>
        text
          .split(name)
          .slice(1)
          .map(() => name),
      )
      .sort();
  });
}

test.describe('the mention engine on a React app', () => {
  test.beforeAll(async () => {
    await buildReactFixture();
  });

  test('follows a React app re-rendering every 50 ms without disturbing it', async ({ context, origin }) => {
    await serveReactFixture(context, origin);
    const page = await context.newPage();
    const errors = pageErrors(page);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${origin}/engine/react.html`);
    await waitForScan(page);

    // Twice while it runs: pause the app, let two frames pass, and compare highlights with the text.
    for (const atTick of [15, 35]) {
      await page.waitForFunction((tick) => window.reactFixture.tick >= tick, atTick);
      await page.evaluate(() => (window.reactFixture.paused = true));
      await frames(page, 2);
      const expected = await mentionsInText(page);
      expect(expected.length).toBeGreaterThan(4);
      expect(await highlightedTexts(page, '#root')).toEqual(expected);
      await page.evaluate(() => (window.reactFixture.paused = false));
    }

    await page.waitForFunction(() => window.reactFixture.done, undefined, { timeout: 10_000 });
    await frames(page, 2);
    const final = await mentionsInText(page);
    expect(final).toContain('UNRWA');
    expect(await highlightedTexts(page, '#root')).toEqual(final);
    // It followed the changes incrementally: many small passes after the first, none re-reading the
    // static footer (about 2,000 of the first pass's characters).
    const measures = await scanMeasures(page);
    expect(measures.length).toBeGreaterThan(10);
    const later = measures.slice(1).map((m) => m.detail.chars);
    expect(Math.max(...later)).toBeLessThan(measures[0]!.detail.chars / 4);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

declare global {
  interface Window {
    reactFixture: { paused: boolean; tick: number; done: boolean };
  }
}
