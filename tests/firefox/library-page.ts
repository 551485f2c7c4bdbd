/** The library page in Firefox as a reader uses it: texts of rows, alerts and statuses, a pasted draft. */
import type { Page } from 'puppeteer-core';

export const BUNDLED_TITLE = 'US Votes Against UN Resolution Calling for Gaza Ceasefire and Hostage Release';

/** The rows' texts, the alerts and the statuses, as a reader sees the library page. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (nodes) => nodes.map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

export async function draft(page: Page, title: string, text: string): Promise<void> {
  const add = await page.waitForSelector('::-p-aria([name="Add a document"][role="button"])');
  if ((await add!.evaluate((button) => button.getAttribute('aria-expanded'))) !== 'true') await add!.click();
  await (await page.waitForSelector('::-p-aria([name="Title"][role="textbox"])'))!.type(title);
  await (await page.waitForSelector('::-p-aria([name="Text"][role="textbox"])'))!.type(text);
}

/** Pastes a document, finds its names, waits for `name` among them and saves it with the checked ones. */
export async function addDocument(page: Page, title: string, text: string, name: string): Promise<void> {
  const before = (await texts(page, 'li.document')).length;
  await draft(page, title, text);
  await (await page.$('::-p-aria([name="Find names"][role="button"])'))!.click();
  await page.waitForSelector(`::-p-aria([name="${name}"][role="checkbox"])`);
  await (await page.$('::-p-aria([name="Save document"][role="button"])'))!.click();
  const deadline = Date.now() + 5_000;
  while ((await texts(page, 'li.document')).length <= before) {
    if (Date.now() > deadline) throw new Error(`“${title}” was not saved`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
