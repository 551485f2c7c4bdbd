import { expect, test } from './fixtures';
import { KEYS, OptionsPage } from './options-page';

test.describe('options page: entities and reading', () => {
  test('lists every entity grouped by kind, checked unless muted', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    for (const [group, count] of [
      ['People', 3],
      ['UN bodies', 4],
      ['Governments', 2],
      ['Legislatures', 1],
      ['Countries and territories', 7],
      ['Groups', 5],
      ['Organizations', 1],
      ['News outlets', 2],
    ] as const) {
      await expect(options.group(group).getByRole('checkbox')).toHaveCount(count);
      await expect(options.page.getByRole('heading', { name: group, exact: true })).toBeVisible();
    }
    await expect(options.page.getByRole('checkbox', { checked: true })).toHaveCount(25);
  });

  test('mutes and unmutes one entity', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    const blinken = options.group('People').getByRole('checkbox', { name: 'Antony Blinken' });
    await blinken.uncheck();
    await options.expectStored(KEYS.muted, ['antony-blinken']);
    await options.page.getByRole('checkbox', { name: 'Hamas' }).press('Space');
    await options.expectStored(KEYS.muted, ['antony-blinken', 'hamas']);

    await options.reload();
    await expect(blinken).not.toBeChecked();
    await blinken.check();
    await options.expectStored(KEYS.muted, ['hamas']);
  });

  test('mutes and unmutes a whole group, leaving the others alone', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.page.getByRole('checkbox', { name: 'Hamas' }).uncheck();
    const people = options.group('People');
    await people.getByRole('button', { name: 'Mute all', exact: true }).click();
    await options.expectStored(KEYS.muted, ['hamas', 'antony-blinken', 'donald-trump', 'benjamin-netanyahu']);
    await expect(people.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(people.getByText('0 of 3 shown')).toBeVisible();

    await people.getByRole('button', { name: 'Unmute all', exact: true }).click();
    await options.expectStored(KEYS.muted, ['hamas']);
    await expect(people.getByRole('checkbox', { checked: true })).toHaveCount(3);
  });

  test('saves the hover delay, which mentions to highlight, the highlight style and the card theme', async ({
    context,
    extensionId,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    const slider = options.page.getByRole('slider', { name: /^Hover delay/ });
    await expect(slider).toHaveAccessibleName('Hover delay 350 ms');
    await expect(slider).toHaveAttribute('min', '150');
    await expect(slider).toHaveAttribute('max', '1000');

    await slider.focus();
    await options.page.keyboard.press('ArrowRight');
    await options.page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAccessibleName('Hover delay 450 ms');
    await options.expectStored(KEYS.reading, {
      hoverDelayMs: 450,
      highlightStyle: 'both',
      theme: 'auto',
      mentions: 'every',
    });
    await options.page.keyboard.press('End');
    await options.expectStored(KEYS.reading, {
      hoverDelayMs: 1000,
      highlightStyle: 'both',
      theme: 'auto',
      mentions: 'every',
    });

    await options.page.getByRole('radio', { name: 'Tint', exact: true }).check();
    await options.page.getByRole('radio', { name: 'Dark', exact: true }).check();
    await options.page.getByRole('radio', { name: 'Only the first mention of each name' }).check();
    await options.expectStored(KEYS.reading, {
      hoverDelayMs: 1000,
      highlightStyle: 'tint',
      theme: 'dark',
      mentions: 'first',
    });

    await options.reload();
    await expect(slider).toHaveValue('1000');
    await expect(options.page.getByRole('radio', { name: 'Tint', exact: true })).toBeChecked();
    await expect(options.page.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
    await expect(options.page.getByRole('radio', { name: 'Only the first mention of each name' })).toBeChecked();
  });
});
