import { highlightedTexts } from './engine-page';
import { expect, test } from './fixtures';
import { OptionsPage } from './options-page';
import { badgeText as badge, openTab } from './popup-page';

/**
 * Every change on the options page applies at once to pages already open, without reloading them: the
 * highlights and the toolbar badge follow.
 */
const NAMES = ['Antony Blinken', 'Benjamin Netanyahu', 'Blinken'];

test.describe('settings applied to open tabs', () => {
  test('adding the site switches it off in an open tab, removing it switches it back on', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    const { page, tabId } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(NAMES));
    await expect.poll(() => badge(serviceWorker, tabId)).toBe('3');
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));

    const options = await OptionsPage.open(context, extensionId);
    await options.addSite(origin);
    await expect(options.siteList().getByText('127.0.0.1')).toBeVisible();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect.poll(() => badge(serviceWorker, tabId)).toBe('');

    await options.page.getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(NAMES));
    await expect.poll(() => badge(serviceWorker, tabId)).toBe('3');
    expect(navigations).toEqual([]); // never reloaded
  });

  test('"Only on these sites" runs nowhere else, and on a site once it is listed', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    const { page } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(NAMES));

    const options = await OptionsPage.open(context, extensionId);
    await options.page.getByRole('radio', { name: 'Only on these sites' }).check();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await options.addSite('127.0.0.1');
    await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(NAMES));
  });

  test('muting an entity removes its highlights from an open tab, unmuting restores them', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    const { page } = await openTab(context, serviceWorker, `${origin}/popup/names.html`);
    await expect.poll(() => highlightedTexts(page)).toContain('Benjamin Netanyahu');

    const options = await OptionsPage.open(context, extensionId);
    const netanyahu = options.page.getByRole('checkbox', { name: /^Benjamin Netanyahu/ });
    await netanyahu.uncheck();
    await expect.poll(() => highlightedTexts(page)).toEqual(['Antony Blinken', 'Blinken']);
    await netanyahu.check();
    await expect.poll(() => highlightedTexts(page)).toContain('Benjamin Netanyahu');
  });
});
