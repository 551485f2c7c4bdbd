/**
 * Two headless Chromiums side by side: one with the extension loaded exactly as tests/e2e/fixtures.ts does,
 * one plain for the baselines (text walk, mark.js, heap without the extension). Both abort every request
 * that is not to 127.0.0.1 (this machine has no network), serve the generated pages from memory, and install
 * the in-page probes at document start.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Route } from '@playwright/test';
import { resolveChromium } from '../../tests/e2e/browser-path';

const QUIET_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PROBES = readFileSync(join(import.meta.dirname, 'in-page.js'), 'utf8');

export interface BenchBrowsers {
  withExtension: BrowserContext;
  plain: BrowserContext;
  version: string;
  close(): Promise<void>;
}

/** `virtualPages` maps a path on the static server's origin to HTML served from memory. */
export async function launchBrowsers(
  extensionDir: string,
  virtualPages: ReadonlyMap<string, string>,
): Promise<BenchBrowsers> {
  const executablePath = resolveChromium();
  const withExtension = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_ARGS],
  });
  const plainBrowser = await chromium.launch({ executablePath, headless: true, args: QUIET_ARGS });
  const plain = await plainBrowser.newContext();
  for (const context of [withExtension, plain]) {
    await context.addInitScript({ content: PROBES });
    await context.route('**/*', (route) => localOnly(route, virtualPages));
  }
  return {
    withExtension,
    plain,
    version: plainBrowser.version(),
    close: async () => {
      await withExtension.close();
      await plainBrowser.close();
    },
  };
}

function localOnly(route: Route, virtualPages: ReadonlyMap<string, string>): Promise<void> {
  const url = new URL(route.request().url());
  if (url.hostname !== '127.0.0.1') return route.abort();
  const body = virtualPages.get(url.pathname);
  if (body !== undefined) return route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
  return route.continue();
}
