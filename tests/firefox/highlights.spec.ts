import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusAvailable } from '../e2e/corpus-pages';
import { repoRoot } from '../e2e/static-server';
import { expect, test } from './fixtures';
import { highlightedTexts, tabCounts, waitForScan } from './firefox-page';

/**
 * Real saved pages with hand-checked counts (tests/fixtures/corpus-expected/), a few for Firefox: ones whose
 * frames name no remote address, since Firefox's BiDi fails the whole navigation when a frame's is refused.
 */
const CORPUS_PAGES = [
  'adbar-trafilatura__theintercept.com-Gaza',
  'adbar-trafilatura__timesofisrael.com.washington',
  'adbar-trafilatura__ticotimes.net-migration',
  'mozilla-readability__wapo-1',
];

interface Expected {
  counts: Record<string, number>;
  absent?: string[];
}

test.describe('highlights in Firefox', () => {
  test('highlights the names on the demo page', async ({ firefox, origin }) => {
    const page = await firefox.browser.newPage();
    await page.goto(`${origin}/demo.html`);
    await waitForScan(page);
    await expect
      .poll(() => highlightedTexts(page))
      .toEqual(
        expect.arrayContaining([
          'Amnesty International',
          'Antony Blinken',
          'Benjamin Netanyahu',
          'Hamas',
          'Knesset',
          'UN General Assembly',
          'UNRWA',
        ]),
      );
  });

  // Only with ../shared beside the clone; tests/e2e/global-setup.ts says once when it is absent.
  if (corpusAvailable) {
    for (const name of CORPUS_PAGES) {
      test(`finds the hand-checked names on ${name}.html`, async ({ firefox, origin }) => {
        const expected = JSON.parse(
          readFileSync(join(repoRoot, 'tests/fixtures/corpus-expected', `${name}.json`), 'utf8'),
        ) as Expected;
        const page = await firefox.browser.newPage();
        await page.goto(`${origin}/corpus/${name}.html`);
        await waitForScan(page);
        const listed = Object.keys(expected.counts);
        const pick = (counts: Record<string, number>) =>
          Object.fromEntries(listed.map((key) => [key, counts[key] ?? 0]));
        await expect.poll(async () => pick(await tabCounts(firefox, page))).toEqual(expected.counts);
        const final = await tabCounts(firefox, page);
        for (const entityId of expected.absent ?? []) expect(final[entityId], entityId).toBeUndefined();
      });
    }
  }
});
