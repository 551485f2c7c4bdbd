import { expect, test } from './fixtures';
import { KEYS, OptionsPage } from './options-page';

test.describe('options page: sites', () => {
  test('adds hostnames, wildcards, pasted addresses and IDN names, saved at once', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.page.getByText('No sites yet: Context Cards runs on every site.')).toBeVisible();

    await options.addSite('Example.com');
    await expect(options.siteField).toHaveValue('');
    await expect(options.siteField).toBeFocused();
    await options.expectStored(KEYS.sites, { mode: 'all-except', sites: ['example.com'] });

    await options.siteField.fill('*.news.org');
    await options.siteField.press('Enter');
    await options.addSite('https://www.bbc.co.uk/news/world?x=1');
    await options.addSite('bücher.de');
    await options.addSite('localhost:3000');
    await options.addSite('[::1]');
    await options.expectStored(KEYS.sites, {
      mode: 'all-except',
      sites: ['example.com', '*.news.org', 'www.bbc.co.uk', 'xn--bcher-kva.de', 'localhost', '[::1]'],
    });
    expect((await options.stored())[`${KEYS.sites}$`]).toEqual({ v: 1 });

    const list = options.siteList();
    await expect(list.getByRole('listitem')).toHaveCount(6);
    await expect(list.getByRole('listitem').nth(3)).toContainText('bücher.de');
    await expect(list.getByRole('button', { name: /Remove/ })).toHaveCount(6);
    await expect(options.alert).toHaveCount(0);
  });

  test('removes a site and keeps keyboard focus in the list', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.addSite('a.example');
    await options.addSite('b.example');
    await options.addSite('c.example');

    await options.page.getByRole('button', { name: 'Remove b.example' }).click();
    await options.expectStored(KEYS.sites, { mode: 'all-except', sites: ['a.example', 'c.example'] });
    await expect(options.page.getByRole('button', { name: 'Remove c.example' })).toBeFocused();

    await options.page.keyboard.press('Enter');
    await options.page.getByRole('button', { name: 'Remove a.example' }).click();
    await options.expectStored(KEYS.sites, { mode: 'all-except', sites: [] });
    await expect(options.siteField).toBeFocused();
    await expect(options.page.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  });

  const invalid: [string, string][] = [
    ['', 'Type a site to add, such as example.com.'],
    ['exa mple.com', 'A site name can’t contain spaces.'],
    ['ftp://example.com', 'Only web sites (http or https) can be added, not ftp: addresses.'],
    ['chrome://settings', 'Only web sites (http or https) can be added, not chrome: addresses.'],
    ['file:///home/me/page.html', 'Only web sites (http or https) can be added, not file: addresses.'],
    ['http://', '“http://” is not a complete web address.'],
    ['*.', 'Add a domain after “*.”, as in *.example.com.'],
    ['*example.com', 'Write a wildcard with a dot after the star, as in *.example.com.'],
    ['exa!mple.com', '“exa!mple.com” is not a valid site name.'],
    [`${'a'.repeat(250)}.com`, 'That is too long: a site name has at most 253 characters.'],
  ];

  test('refuses each invalid input with its message, marks the field invalid and saves nothing', async ({
    context,
    extensionId,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.addSite('kept.example');
    await options.expectStored(KEYS.sites, { mode: 'all-except', sites: ['kept.example'] });

    for (const [input, message] of invalid) {
      await options.addSite(input);
      await expect(options.alert, input).toHaveText(message);
      await expect(options.siteField).toHaveAttribute('aria-invalid', 'true');
      await expect(options.siteField).toHaveAccessibleDescription(new RegExp(`^${escape(message)}`));
      await expect(options.siteField, 'the input stays for correction').toHaveValue(input);
    }
    expect((await options.stored())[KEYS.sites]).toEqual({ mode: 'all-except', sites: ['kept.example'] });
    await expect(options.siteList().getByRole('listitem')).toHaveCount(1);

    // Typing again clears the message.
    await options.siteField.fill('fixed.example');
    await expect(options.alert).toHaveCount(0);
    await expect(options.siteField).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('refuses duplicates and already covered sites politely', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.addSite('example.com');
    await options.addSite('EXAMPLE.com.');
    await expect(options.alert).toHaveText('example.com is already in the list.');
    await options.addSite('https://news.example.com/today');
    await expect(options.alert).toHaveText('news.example.com is already covered by example.com.');
    expect((await options.stored())[KEYS.sites]).toEqual({ mode: 'all-except', sites: ['example.com'] });
  });

  test('switches between "all sites except these" and "only on these sites"', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    const allExcept = options.page.getByRole('radio', { name: 'Run on all sites except these' });
    const only = options.page.getByRole('radio', { name: 'Only on these sites' });
    await expect(allExcept).toBeChecked();

    await options.addSite('example.com');
    await only.check();
    await options.expectStored(KEYS.sites, { mode: 'only', sites: ['example.com'] });
    await expect(options.page.getByRole('heading', { name: 'Sites where it runs' })).toBeVisible();

    await options.reload();
    await expect(only).toBeChecked();
    await allExcept.check();
    await options.expectStored(KEYS.sites, { mode: 'all-except', sites: ['example.com'] });
    await expect(options.page.getByRole('heading', { name: 'Sites where it does not run' })).toBeVisible();
  });

  test('follows changes made elsewhere (the popup, another window) without reload', async ({
    context,
    extensionId,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    const other = await OptionsPage.open(context, extensionId);
    await other.addSite('from-elsewhere.example');
    await expect(options.page.getByRole('button', { name: 'Remove from-elsewhere.example' })).toBeVisible();
    await options.page.getByRole('radio', { name: 'Only on these sites' }).check();
    await expect(other.page.getByRole('radio', { name: 'Only on these sites' })).toBeChecked();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
