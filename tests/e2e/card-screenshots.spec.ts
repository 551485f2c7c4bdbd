import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CardPage } from './card-page';
import { corpusAvailable } from './corpus-pages';
import { expect, test } from './fixtures';
import { repoRoot } from './static-server';

/** Screenshots for a person to look at (tests/output is ignored by git), in light and dark. */
const outDir = join(repoRoot, 'tests/output/screenshots');
const PAGE = 'adbar-trafilatura__theintercept.com-Gaza.html';

// Taken on a real saved page: only when ../shared/corpus is beside the clone.
for (const colorScheme of corpusAvailable ? (['light', 'dark'] as const) : []) {
  test.describe(`the card on a real page, ${colorScheme}`, () => {
    test.use({ colorScheme, viewport: { width: 1100, height: 800 } });

    test(`is captured for review (${colorScheme})`, async ({ context, origin }) => {
      const cards = new CardPage(await context.newPage());
      await cards.goto(`${origin}/corpus/${PAGE}`);
      // Bring a mention of Hamas to the upper third, then rest the pointer on it.
      const [first] = await cards.textRects('Hamas');
      await cards.page.evaluate((top) => window.scrollBy(0, top - innerHeight * 0.3), first!.y);
      await cards.page.waitForTimeout(300); // the highlights near the new viewport register
      const point = await cards.pointOf('Hamas');
      await cards.page.mouse.move(point.x, point.y);
      await expect(cards.dialog).toHaveAttribute('data-entity', 'hamas');
      await cards.settled();
      mkdirSync(outDir, { recursive: true });
      await cards.page.screenshot({ path: join(outDir, `card-${colorScheme}.png`) });
      await cards.dialog.getByRole('button', { name: /^More/ }).click();
      await cards.page.mouse.move(point.x, point.y); // back on the mention: the card stays
      await cards.dialog.evaluate((element) => element.scrollTo(0, element.scrollHeight));
      await cards.page.screenshot({ path: join(outDir, `card-${colorScheme}-expanded.png`) });
    });
  });
}
