import { join } from 'node:path';
import { expect, test } from './fixtures';
import { KEYS, OptionsPage } from './options-page';
import { repoRoot } from './static-server';

// Screenshots for people to look at (tests/output/ is git-ignored), in both colour schemes.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`options page in ${colorScheme}`, () => {
    test.use({ colorScheme, viewport: { width: 900, height: 800 } });

    test('renders readably', async ({ context, extensionId }) => {
      const options = await OptionsPage.open(context, extensionId);
      await options.store({
        [KEYS.sites]: { mode: 'all-except', sites: ['example.com', '*.news.org', 'xn--bcher-kva.de'] },
        [KEYS.muted]: ['hamas', 'donald-trump'],
      });
      await expect(options.page.getByRole('button', { name: 'Remove bücher.de' })).toBeVisible();
      await options.addSite('exa mple.com');
      await expect(options.alert).toBeVisible();
      const shot = (name: string) => join(repoRoot, `tests/output/options-${colorScheme}${name}.png`);
      await options.page.screenshot({ path: shot(''), fullPage: true });
      await options.page.getByRole('region', { name: 'Sites' }).screenshot({ path: shot('-sites') });
      await options.page.getByRole('region', { name: 'Reading' }).screenshot({ path: shot('-reading') });
      await expect(options.page.getByRole('term').first()).toBeVisible();
      await options.page.getByRole('region', { name: 'Keyboard' }).screenshot({ path: shot('-keyboard') });
      await options.page.getByRole('button', { name: 'Reset to defaults' }).click();
      await options.page.getByRole('region', { name: 'Your settings' }).screenshot({ path: shot('-backup') });
    });
  });
}
