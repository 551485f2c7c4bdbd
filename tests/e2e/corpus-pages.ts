import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { corpusDir } from './static-server';

/**
 * Whether the saved pages of ../shared/corpus are beside this clone. They are third-party pages, never copied
 * into the project: without them the corpus tests are not defined (tests/e2e/global-setup.ts says so once).
 */
export const corpusAvailable = existsSync(join(corpusDir, '../MANIFEST.tsv'));

/** The saved pages listed in ../shared/corpus/MANIFEST.tsv (file names under pages/); none when absent. */
export function corpusPages(): string[] {
  if (!corpusAvailable) return [];
  const manifest = readFileSync(join(corpusDir, '../MANIFEST.tsv'), 'utf8');
  return manifest
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0]!.replace(/^pages\//, ''));
}

/**
 * Waits for the content script's first scan pass (a User Timing measure it records), polling from the test:
 * with page scripts off, the page's own timers and frames never run. Then gives the work that follows a
 * pass (registering highlights near the viewport) time to happen, so a DOM change it made would be seen.
 */
export async function waitForFirstScan(page: Page): Promise<void> {
  const passes = () => page.evaluate(() => performance.getEntriesByName('context-cards:scan').length);
  await expect.poll(passes, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(300);
}
