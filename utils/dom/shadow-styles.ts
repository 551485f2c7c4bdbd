/**
 * Styles mentions inside open shadow roots. Page-level `::highlight()` rules do not reach into shadow trees
 * in Firefox (Chromium applies them there), so each open shadow root the engine reads adopts one constructed
 * stylesheet with the same rules. `adoptedStyleSheets` is no part of the DOM tree: outerHTML, the page's
 * nodes and its own sheets stay as they were. `destroy()` takes the sheet back out. A root that refuses the
 * sheet only goes unstyled: the rest of the engine carries on.
 */
import rules from './highlights.css?inline';
import { reportFailure } from './report-failure';

/** What a Firefox content script sees of a page object, with the page's own view under `wrappedJSObject`. */
type Waivable<T> = T & { wrappedJSObject?: T };

export class ShadowStyles {
  private sheet: CSSStyleSheet | undefined;
  private readonly roots = new Set<ShadowRoot>();

  /** Adds the highlight rules to the root (again, if the page replaced its adopted sheets since). */
  adopt(root: ShadowRoot): void {
    try {
      const sheet = (this.sheet ??= constructed(rules));
      const adopted = adoptedSheets(root);
      if (adopted.includes(sheet)) return;
      adopted.push(sheet);
      this.roots.add(root);
    } catch (error) {
      reportFailure('Styling names inside shadow roots', error);
    }
  }

  destroy(): void {
    const { sheet } = this;
    if (sheet === undefined) return;
    for (const root of this.roots) {
      try {
        const adopted = adoptedSheets(root);
        const at = adopted.indexOf(sheet);
        if (at !== -1) adopted.splice(at, 1);
      } catch (error) {
        reportFailure('Unstyling shadow roots', error);
      }
    }
    this.roots.clear();
  }
}

/**
 * The root's adopted sheets, an ObservableArray changed in place. Through a Firefox content script's Xray
 * wrapper it has no array methods, and Firefox ESR 140 refuses its items ("Accessing from Xray wrapper is
 * not supported"): in Firefox the page's own view of the root (`wrappedJSObject`) is used instead.
 */
function adoptedSheets(root: Waivable<ShadowRoot>): CSSStyleSheet[] {
  return (root.wrappedJSObject ?? root).adoptedStyleSheets;
}

function constructed(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}
