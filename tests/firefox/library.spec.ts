import { expect, test } from './fixtures';
import { BUNDLED_TITLE, draft, texts } from './library-page';

test.describe('the library page in Firefox', () => {
  test('pastes a document, reviews its names, saves, switches off and removes it', async ({ firefox }) => {
    const page = await firefox.openExtensionPage('library.html');
    await page.waitForSelector('::-p-aria([name="Add a document"][role="button"])');
    await expect.poll(() => texts(page, 'li.document')).toEqual([expect.stringContaining(BUNDLED_TITLE)]);

    const title = 'Ramaswamy in Firefox';
    await draft(
      page,
      title,
      'Vivek Ramaswamy spoke in Columbus. “We will win,” Ramaswamy said. Donald Trump was away.',
    );
    await (await page.$('::-p-aria([name="Find names"][role="button"])'))!.click();
    const vivek = await page.waitForSelector('::-p-aria([name="Vivek Ramaswamy"][role="checkbox"])');
    expect(await vivek!.evaluate((box) => (box as HTMLInputElement).checked)).toBe(true);
    await (await page.$('::-p-aria([name="Save document"][role="button"])'))!.click();
    await expect.poll(() => texts(page, '[role="status"]')).toContainEqual(expect.stringContaining(`Saved “${title}”`));
    await expect.poll(() => texts(page, 'li.document')).toHaveLength(2);

    await (await page.$(`::-p-aria([name="Use ${title}"][role="switch"])`))!.click();
    await expect.poll(() => texts(page, '[role="status"]')).toContain(`“${title}” is switched off.`);
    await (await page.$(`::-p-aria([name="Remove ${title}"][role="button"])`))!.click();
    await expect.poll(() => texts(page, 'li.document')).toHaveLength(1);
    expect(await texts(page, '[role="alert"]')).toEqual([]);
  });

  test('refuses whitespace text with an alert and saves nothing', async ({ firefox }) => {
    const page = await firefox.openExtensionPage('library.html');
    await draft(page, 'Blank', '   ');
    await (await page.$('::-p-aria([name="Find names"][role="button"])'))!.click();
    await expect
      .poll(() => texts(page, '[role="alert"]'))
      .toEqual(['The text is empty: paste or drop the document’s text first.']);
    expect(await page.$('::-p-aria([name="Save document"][role="button"])')).toBeNull();
    await expect.poll(() => texts(page, 'li.document')).toHaveLength(1);
  });
});
