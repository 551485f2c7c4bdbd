import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { corpusAvailable, waitForFirstScan } from './corpus-pages';
import { expect, test } from './fixtures';
import { openTab } from './popup-page';
import { repoRoot } from './static-server';

/**
 * Hand-checked mentions on real saved pages (tests/fixtures/corpus-expected/, one JSON per page; see the
 * README there): each listed entity is found exactly that many times, `absent` ones not at all, and with
 * `exact` nothing else either. Counts are read as the popup reads them: the background's per-tab totals.
 */
interface Expected {
  note: string;
  counts: Record<string, number>;
  absent?: string[];
  exact?: boolean;
}

const dir = join(repoRoot, 'tests/fixtures/corpus-expected');
const cases = (corpusAvailable ? readdirSync(dir) : [])
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    page: name.replace(/\.json$/, '.html'),
    expected: JSON.parse(readFileSync(join(dir, name), 'utf8')) as Expected,
  }));

test.describe('hand-checked mentions on real pages', () => {
  for (const { page: file, expected } of cases) {
    test(`finds the expected names on ${file}`, async ({ context, serviceWorker, extensionId, origin }) => {
      const extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
      const { page, tabId } = await openTab(context, serviceWorker, `${origin}/corpus/${file}`);
      await waitForFirstScan(page);
      const counts = () => tabCounts(extensionPage, tabId);
      const listed = Object.keys(expected.counts);
      if (listed.length > 0) {
        await expect.poll(async () => pick(await counts(), listed)).toEqual(expected.counts);
      }
      // Reports are batched: give the last one time to arrive before checking what must not be there.
      await page.waitForTimeout(500);
      const final = await counts();
      for (const entityId of expected.absent ?? []) expect(final[entityId], entityId).toBeUndefined();
      if (expected.exact) expect(final).toEqual(expected.counts);
    });
  }
});

function pick(counts: Record<string, number>, keys: string[]): Record<string, number> {
  return Object.fromEntries(keys.map((key) => [key, counts[key] ?? 0]));
}

function tabCounts(extensionPage: Page, tabId: number): Promise<Record<string, number>> {
  return extensionPage.evaluate((id) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ type: 'context-cards:tab-counts', tabId: id }) as Promise<
      Record<string, number>
    >;
  }, tabId);
}
