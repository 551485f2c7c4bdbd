import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { repoRoot } from './static-server';

const pages = readdirSync(join(repoRoot, 'tests/fixtures/engine')).filter((file) => file.endsWith('.html'));

test.describe('the mention engine leaves the page’s DOM alone', () => {
  // Page scripts off, so the markup is the same on every load; content scripts still run.
  test.use({ javaScriptEnabled: false });

  for (const file of pages) {
    test(`engine/${file} is unchanged after the engine ran`, async ({ context, origin, plainBrowser }) => {
      const url = `${origin}/engine/${file}`;
      const plainContext = await plainBrowser.newContext({ javaScriptEnabled: false });
      const plain = await plainContext.newPage();
      await plain.goto(url);
      const before = await plain.evaluate(serializePage);
      await plainContext.close();

      const page = await context.newPage();
      await page.goto(url);
      // With page scripts off, the page's timers and frames never fire: poll from here instead.
      const passes = () => page.evaluate(() => performance.getEntriesByName('context-cards:scan').length);
      await expect.poll(passes, { timeout: 10_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      const mentions = await page.evaluate(() => CSS.highlights.get('context-cards-mention')?.size ?? 0);
      const after = await page.evaluate(serializePage);
      expect(after).toBe(before);
      // The comparison means something only where the engine found mentions (without page scripts,
      // the infinite feed and the React app have no text yet).
      if (!['infinite-scroll.html', 'react.html'].includes(file)) expect(mentions).toBeGreaterThan(0);
    });
  }
});

/** The page's markup (outerHTML), with the content of its open shadow roots too. */
function serializePage(): string {
  const roots: ShadowRoot[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  visit(document);
  return document.documentElement.getHTML({ shadowRoots: roots });
}
