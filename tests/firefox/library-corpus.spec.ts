import { scrollTextIntoView } from '../e2e/page-text';
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { readLibraryRecords } from '../e2e/library-records';
import { corpusDir } from '../e2e/static-server';
import { waitForCard } from './card-reader';
import { expect, test } from './fixtures';
import { clickControl, highlightedTexts, pointOnText, showLibrary, tabIdOf, waitForScan } from './firefox-page';
import { texts } from './library-page';
import { pollPage } from './poll-page';

const ADDED = 'postlight-parser__www.americanow.com.html';
const READ = 'postlight-parser__www.cnn.com.html';
const TITLE = 'Kellyanne Conway Named Counselor To Trump';

test('a corpus page added with the popup: its names highlighted on another corpus page, with cards quoting it', async ({
  firefox,
  origin,
}) => {
  if (!existsSync(`${corpusDir}/${ADDED}`) || !existsSync(`${corpusDir}/${READ}`)) {
    console.log('skipped: ../shared/corpus is absent, so no corpus page was added to the library');
    return;
  }
  const source = await firefox.browser.newPage();
  await source.goto(`${origin}/corpus/${ADDED}`);
  await waitForScan(source);
  const popup = await firefox.openExtensionPage(`popup.html?tab=${await tabIdOf(firefox, source)}`);
  await clickControl(popup, 'button', 'Add this page to the library');
  // The background opens the library with the captured draft in a new tab.
  let library: Page | undefined;
  for (let tries = 0; tries < 50 && !library; tries++) {
    // BiDi reports extension pages as about:blank: ask each page where it is.
    for (const page of await firefox.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.includes('/library.html?draft=')) library = page;
    }
    if (!library) await new Promise((done) => setTimeout(done, 100));
  }
  expect(library, 'the library opened with the draft').toBeDefined();
  await pollPage(library!, () => document.readyState === 'complete');
  await clickControl(library!, 'button', 'Find names');
  await clickControl(library!, 'button', 'Save document');
  await expect.poll(() => texts(library!, 'li.document')).toHaveLength(2);
  const savedText = (await library!.evaluate(readLibraryRecords)).texts.join('\n');
  expect(savedText).toContain('Kellyanne Conway');

  const page = await firefox.browser.newPage();
  await page.goto(`${origin}/corpus/${READ}`);
  await waitForScan(page);
  await page.evaluate(scrollTextIntoView, 'Kellyanne Conway');
  // A public name of the same sentence ("Trump’s campaign manager, Kellyanne Conway"): highlights are
  // registered around the viewport, and the page's other public names are menus thousands of characters away.
  await expect.poll(() => highlightedTexts(page)).toContain('Trump');
  expect(await highlightedTexts(page)).not.toContain('Kellyanne Conway');
  expect(await showLibrary(firefox, page, true)).toEqual({ ok: true });
  await expect.poll(() => highlightedTexts(page)).toContain('Kellyanne Conway');

  const { x, y } = await pointOnText(page, 'Kellyanne Conway');
  await page.mouse.move(x, y);
  const card = await waitForCard(firefox.browser, page, (open) => open.entity === 'kellyanne-conway');
  expect(card.quotes.length).toBeGreaterThan(0);
  for (const quote of card.quotes) expect(savedText.replace(/\s+/g, ' ')).toContain(quote);

  // The document goes, so that the next test starts from the bundled article alone.
  await clickControl(library!, 'button', `Remove ${TITLE}`);
  await expect.poll(() => texts(library!, 'li.document')).toHaveLength(1);
});
