/**
 * Waits until a function evaluated in the page returns true. Puppeteer's waitForFunction builds its
 * predicate with `new Function` inside the page, which an extension page's CSP blocks in Firefox ESR 140
 * ("call to Function() blocked by CSP"); page.evaluate sends the function over BiDi instead, which every
 * version runs. A page between documents rejects the call: that counts as not yet.
 */
import type { Page } from 'puppeteer-core';

export async function pollPage(
  page: Page,
  check: (arg: string) => boolean,
  arg = '',
  { timeout = 10_000, interval = 50 } = {},
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const done = await page.evaluate(check, arg).catch(() => false);
    if (done) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for: ${check.toString()}`);
    await new Promise((resume) => setTimeout(resume, interval));
  }
}
