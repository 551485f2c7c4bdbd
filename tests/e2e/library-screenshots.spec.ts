import { join } from 'node:path';
import { expect, test } from './fixtures';
import { LibraryPage, RALLY } from './library-page';
import { repoRoot } from './static-server';

// Screenshots for people to look at (tests/output/ is git-ignored), in both colour schemes.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`library page in ${colorScheme}`, () => {
    test.use({ colorScheme, viewport: { width: 900, height: 800 } });

    test('renders readably', async ({ context, extensionId }) => {
      const library = await LibraryPage.open(context, extensionId);
      await library.addDocument(RALLY.title, RALLY.text);
      await library.draft('Second rally', 'Vivek Ramaswamy returned to Columbus. “Ohio is ours,” Ramaswamy said.');
      await library.findNames.click();
      await expect(library.saveButton).toBeVisible();
      const shot = (name: string) => join(repoRoot, `tests/output/library-${colorScheme}${name}.png`);
      await library.page.screenshot({ path: shot(''), fullPage: true });
    });
  });
}
