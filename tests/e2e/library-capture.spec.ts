import { existsSync } from 'node:fs';
import { expect, test } from './fixtures';
import { LibraryPage } from './library-page';
import { openPopup, openTab } from './popup-page';
import { corpusDir } from './static-server';

const PAGE = 'postlight-parser__www.americanow.com.html';

test.describe('library: add the page being read', () => {
  test('the popup captures the tab’s article into a draft on library.html', async ({
    context,
    serviceWorker,
    extensionId,
    origin,
  }) => {
    if (!existsSync(`${corpusDir}/${PAGE}`)) {
      console.log(`skipped: ../shared/corpus is absent, so ${PAGE} was not captured`);
      return;
    }
    const tab = await openTab(context, serviceWorker, `${origin}/corpus/${PAGE}`);
    const domBefore = await tab.page.evaluate(() => document.documentElement.outerHTML);
    const popup = await openPopup(context, extensionId, tab.tabId);
    await popup.getByRole('button', { name: 'Add this page to the library' }).click();
    await expect(popup.getByRole('status')).toHaveText('The library opens in a new tab with this page for review.');
    const opened = () => context.pages().find((page) => page.url().includes('/library.html?draft='));
    await expect.poll(opened).toBeDefined();
    const library = new LibraryPage.Attached(opened()!);

    await expect(library.title).toHaveValue('Kellyanne Conway Named Counselor To Trump');
    await expect(library.text).toHaveValue(/^President-elect Donald Trump has named Kellyanne Conway/);
    await library.findNames.click();
    await expect(library.page.getByRole('checkbox', { name: 'Kellyanne Conway', exact: true })).toBeChecked();
    await library.saveButton.click();
    await expect(library.useSwitch('Kellyanne Conway Named Counselor To Trump')).toBeChecked();
    // The site is the page's host (the saved page names no site), shown on the row.
    await expect(library.documentRows().nth(1)).toContainText('127.0.0.1');
    // Reading the page changed nothing in it.
    expect(await tab.page.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);
  });
});
