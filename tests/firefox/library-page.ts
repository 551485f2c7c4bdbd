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
