import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { KEYS, OptionsPage } from './options-page';

const saved = {
  sites: { mode: 'only', sites: ['example.com', '*.news.org'] },
  muted: ['hamas'],
  reading: { hoverDelayMs: 600, highlightStyle: 'underline', theme: 'light', mentions: 'first' },
};

async function importFile(options: OptionsPage, name: string, contents: string | Buffer): Promise<void> {
  const chooser = options.page.waitForEvent('filechooser');
  await options.page.getByRole('button', { name: 'Import settings' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

test.describe('options page: reset, export and import', () => {
  test('resets to defaults only after confirming in the page', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.store({ [KEYS.sites]: saved.sites, [KEYS.muted]: saved.muted, [KEYS.reading]: saved.reading });
    await expect(options.page.getByRole('button', { name: 'Remove example.com' })).toBeVisible();

    const resetButton = options.page.getByRole('button', { name: 'Reset to defaults' });
    await resetButton.click();
    const cancel = options.page.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeFocused();
    await cancel.click();
    await expect(resetButton).toBeFocused();
    await options.page.keyboard.press('Enter');
    await expect(cancel).toBeFocused();
    await options.page.keyboard.press('Escape');
    await expect(resetButton).toBeFocused();
    await expect(cancel).toHaveCount(0);
    expect(await options.stored()).toMatchObject({ [KEYS.sites]: saved.sites, [KEYS.muted]: saved.muted });

    await resetButton.click();
    await options.page.getByRole('button', { name: 'Reset all settings' }).click();
    await expect(options.page.getByRole('status').filter({ hasText: 'back to their defaults' })).toBeVisible();
    await options.expectStored(KEYS.sites, undefined);
    await options.expectStored(KEYS.muted, undefined);
    await options.expectStored(KEYS.reading, undefined);
    await expect(options.page.getByRole('button', { name: /Remove/ })).toHaveCount(0);
    await expect(options.page.getByRole('radio', { name: 'Run on all sites except these' })).toBeChecked();
    await expect(options.page.getByRole('checkbox', { name: 'Hamas' })).toBeChecked();
    await expect(options.page.getByRole('slider', { name: /Hover delay/ })).toHaveValue('350');
  });

  test('exports a settings file that imports back to the same settings', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.store({ [KEYS.sites]: saved.sites, [KEYS.muted]: saved.muted, [KEYS.reading]: saved.reading });
    await expect(options.page.getByRole('button', { name: 'Remove example.com' })).toBeVisible();

    const downloading = options.page.waitForEvent('download');
    await options.page.getByRole('button', { name: 'Export settings' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^context-cards-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(text)).toEqual({ format: 'context-cards-settings', version: 1, ...saved });

    await options.page.getByRole('button', { name: 'Reset to defaults' }).click();
    await options.page.getByRole('button', { name: 'Reset all settings' }).click();
    await options.expectStored(KEYS.sites, undefined);

    await importFile(options, download.suggestedFilename(), text);
    await expect(options.page.getByRole('status').filter({ hasText: 'Imported the settings from' })).toBeVisible();
    await options.expectStored(KEYS.sites, saved.sites);
    await options.expectStored(KEYS.muted, saved.muted);
    await options.expectStored(KEYS.reading, saved.reading);
    await expect(options.page.getByRole('button', { name: 'Remove *.news.org' })).toBeVisible();
    await expect(options.page.getByRole('checkbox', { name: 'Hamas' })).not.toBeChecked();
  });

  const goodFile = JSON.stringify({ format: 'context-cards-settings', version: 1, ...saved });
  const badFiles: [string, string | Buffer, string][] = [
    ['notes.json', 'these are my notes', 'The file is not valid JSON'],
    ['other.json', JSON.stringify({ theme: 'dark' }), 'This is not a Context Cards settings file'],
    [
      'shape.json',
      JSON.stringify({ ...JSON.parse(goodFile), reading: { ...saved.reading, hoverDelayMs: 5000 } }),
      'The file’s “reading.hoverDelayMs” should be at most 1000 (it is 5000).',
    ],
    [
      'sites.json',
      JSON.stringify({ ...JSON.parse(goodFile), sites: { mode: 'only', sites: 'example.com' } }),
      'The file’s “sites.sites” should be a list, not text.',
    ],
    [
      'newer.json',
      JSON.stringify({ ...JSON.parse(goodFile), version: 2 }),
      'The file is settings version 2, from a newer Context Cards; this one reads version 1.',
    ],
    [
      'big.json',
      Buffer.alloc(1_400_000, ' '),
      'big.json was not imported. The file is 1.4 MB; settings files are at most 1 MB.',
    ],
  ];

  test('refuses each kind of bad file with its reason and changes nothing', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    const before = { [KEYS.sites]: { mode: 'all-except', sites: ['kept.example'] }, [KEYS.muted]: ['gaza'] };
    await options.store(before);
    await expect(options.page.getByRole('button', { name: 'Remove kept.example' })).toBeVisible();
    const storedBefore = await options.stored();

    for (const [name, contents, message] of badFiles) {
      await importFile(options, name, contents);
      await expect(options.alert, name).toContainText(`${name} was not imported.`);
      await expect(options.alert, name).toContainText(message);
      expect(await options.stored(), name).toEqual(storedBefore);
    }
    await expect(options.page.getByRole('button', { name: 'Remove kept.example' })).toBeVisible();
  });

  test('says once that unreadable stored settings were reset, and keeps working', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.store({
      [KEYS.sites]: 'not rules',
      [KEYS.reading]: { hoverDelayMs: 99_999, highlightStyle: 'wavy', theme: 'sepia' },
      [KEYS.muted]: ['hamas'],
    });
    await options.reload();

    const notice = options.page.getByText('Some saved settings could not be read and were reset to defaults.');
    await expect(notice).toBeVisible();
    await options.expectStored(KEYS.sites, undefined);
    await options.expectStored(KEYS.reading, undefined);
    expect((await options.stored())[KEYS.muted], 'a valid item is kept').toEqual(['hamas']);
    await expect(options.page.getByRole('slider', { name: /Hover delay/ })).toHaveValue('350');

    await options.addSite('example.com');
    await options.expectStored(KEYS.sites, { mode: 'all-except', sites: ['example.com'] });
    await options.page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);

    await options.reload();
    await expect(options.page.getByRole('button', { name: 'Remove example.com' })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });
});
