/**
 * Styles mentions inside open shadow roots. Page-level `::highlight()` rules do not reach into shadow trees
 * in Firefox (Chromium applies them there), so each open shadow root the engine reads adopts one constructed
 * stylesheet with the same rules. `adoptedStyleSheets` is no part of the DOM tree: outerHTML, the page's
 * nodes and its own sheets stay as they were. `destroy()` takes the sheet back out.
 */
import rules from './highlights.css?inline';

export class ShadowStyles {
  private sheet: CSSStyleSheet | undefined;
  private readonly roots = new Set<ShadowRoot>();

  /** Adds the highlight rules to the root (again, if the page replaced its adopted sheets since). */
  adopt(root: ShadowRoot): void {
    const sheet = (this.sheet ??= constructed(rules));
    if (root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.roots.add(root);
  }

  destroy(): void {
    const { sheet } = this;
    if (sheet === undefined) return;
    for (const root of this.roots) {
      if (root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      }
    }
    this.roots.clear();
  }
}

function constructed(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}
