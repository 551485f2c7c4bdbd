import type { Page } from '@playwright/test';
import { waitForFirstScan } from './corpus-pages';
import { expect, test } from './fixtures';
import { LibraryPage, RALLY, showLibrary } from './library-page';
import { openTab } from './popup-page';

interface Observed {
  registry: Array<[string, string[]]>;
  measures: Array<[string, unknown, unknown]>;
  marks: string[];
  mutations: string[];
  messages: string[];
  events: string[];
  html: string;
  elements: number;
  layout: unknown[];
  hosts: number;
}

/** Everything the hostile page's own scripts could record, once the extension has settled on it. */
async function observe(page: Page): Promise<Observed> {
  await waitForFirstScan(page);
  // Settled: the engine's idle start, its scan and the badge report are done.
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  await page.waitForTimeout(1000);
  return page.evaluate(() => (window as unknown as { report(): Observed }).report());
}

test.describe('a page learns nothing of the reader’s documents', () => {
  test('its scripts observe the same with and without a document naming its hidden names, until the reader shows them', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    const url = `${origin}/library/hostile-reader.html`;
    const before = await observe((await openTab(context, serviceWorker, url)).page);
    // A page can tell the extension runs (its mark and scan measures), and see the bundled article's names,
    // which are public, highlighted.
    expect(before.marks).toContain('context-cards:ready');
    expect(before.measures.map(([name]) => name)).toContain('context-cards:scan');
    expect(before.registry.flatMap(([, texts]) => texts)).toEqual(
      expect.arrayContaining(['Antony Blinken', 'Benjamin Netanyahu', 'Hamas', 'Israel']),
    );

    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    const tab = await openTab(context, serviceWorker, url);
    const after = await observe(tab.page);
    expect(after).toEqual(before);
    expect(after.registry.flatMap(([, texts]) => texts)).not.toContain('Vivek Ramaswamy');

    // The reader shows their documents on this page: now, and only now, the page can see those names.
    await showLibrary(library, tab.tabId, true);
    await expect
      .poll(
        async () => (await tab.page.evaluate(() => (window as unknown as { report(): Observed }).report())).registry,
      )
      .not.toEqual(before.registry);
    const shown = await tab.page.evaluate(() => (window as unknown as { report(): Observed }).report());
    expect(shown.registry.flatMap(([, texts]) => texts)).toContain('Vivek Ramaswamy');
  });
});
