import { readLibraryRecords } from '../e2e/library-records';
import { expect, test } from './fixtures';
import { addDocument, texts } from './library-page';

const TITLE = 'Ramaswamy in the article view';
const QUOTE = '“We will win Ohio,” Ramaswamy said.';
const TEXT = `Vivek Ramaswamy spoke in Columbus on Monday.\n\n${QUOTE}`;

test.describe('the article view of a library document in Firefox', () => {
  test('opens at a fact’s passage, and says so in an alert once the document is removed', async ({ firefox }) => {
    const library = await firefox.openExtensionPage('library.html');
    await addDocument(library, TITLE, TEXT, 'Vivek Ramaswamy');
    // The fact's address, as the cards and the popup build it, from the stored record.
    const fact = (await library.evaluate(readLibraryRecords)).facts.find((one) => one.quote === QUOTE)!;

    const article = await firefox.openExtensionPage(`article.html?doc=${fact.document}#fact-${fact.id}`);
    await expect.poll(() => texts(article, 'h1')).toEqual([TITLE]);
    await expect.poll(() => texts(article, 'mark.cc-target')).toEqual([QUOTE]);
    expect(await article.evaluate(() => document.activeElement?.matches('mark.cc-target') ?? false)).toBe(true);

    await (await library.$(`::-p-aria([name="Remove ${TITLE}"][role="button"])`))!.click();
    await expect.poll(() => texts(library, 'li.document')).toHaveLength(1);
    // The open view follows the library: the document is gone.
    await expect
      .poll(() => texts(article, '[role="alert"]'))
      .toEqual([expect.stringMatching(/^Your library has no such document/)]);
  });
});
