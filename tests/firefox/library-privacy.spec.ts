import type { Page } from 'puppeteer-core';
import { expect, test } from './fixtures';
import { showLibrary, waitForScan } from './firefox-page';
import { addDocument, texts } from './library-page';
import { pollPage } from './poll-page';

interface Observed {
  registry: Array<[string, string[]]>;
  marks: string[];
  [observation: string]: unknown;
}

/** Everything the hostile page's own scripts could record, once the extension has settled on it. */
async function observe(page: Page): Promise<Observed> {
  await waitForScan(page);
  await pollPage(page, () => CSS.highlights.size > 0);
  await new Promise((done) => setTimeout(done, 1000));
  return page.evaluate(() => (window as unknown as { report(): Observed }).report());
}

test('a page observes the same with and without the reader’s document naming its hidden names, until shown', async ({
  firefox,
  origin,
}) => {
  const url = `${origin}/library/hostile-reader.html`;
  const first = await firefox.browser.newPage();
  await first.goto(url);
  const before = await observe(first);
  expect(before.marks).toContain('context-cards:ready');
  expect(before.registry.flatMap(([, names]) => names)).toEqual(expect.arrayContaining(['Antony Blinken', 'Hamas']));
  await first.close(); // the extension finds a tab by its address: one tab at that address

  const library = await firefox.openExtensionPage('library.html');
  const title = 'Columbus notes';
  await addDocument(
    library,
    title,
    'Vivek Ramaswamy spoke in Columbus on Monday. “We will win,” Ramaswamy said.',
    'Vivek Ramaswamy',
  );

  const second = await firefox.browser.newPage();
  await second.goto(url);
  const after = await observe(second);
  expect(after).toEqual(before);

  await showLibrary(firefox, second, true);
  await expect
    .poll(async () =>
      (await second.evaluate(() => (window as unknown as { report(): Observed }).report())).registry.flatMap(
        ([, names]) => names,
      ),
    )
    .toContain('Vivek Ramaswamy');
  // The document goes, so that the next test starts from the bundled article alone.
  await (await library.$(`::-p-aria([name="Remove ${title}"][role="button"])`))!.click();
  await expect.poll(() => texts(library, 'li.document')).toHaveLength(1);
});
