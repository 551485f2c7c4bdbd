/**
 * Functions that run in a page (`page.evaluate(fn, text)`, in Playwright and puppeteer alike) to find text
 * as a reader sees it: they use nothing from outside.
 */

/** The middle of the first line of `needle`, found in the page's text and in its open shadow roots. */
export function middleOfText(needle: string): { x: number; y: number } | undefined {
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i]!;
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rect = [...range.getClientRects()].find((box) => box.width > 0);
      if (rect) return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
  }
  return undefined;
}

/** Scrolls the first element whose text holds `needle` to the middle of the window (highlights follow it). */
export function scrollTextIntoView(needle: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.includes(needle)) return node.parentElement!.scrollIntoView({ block: 'center' });
  }
  throw new Error(`"${needle}" is not on the page`);
}
