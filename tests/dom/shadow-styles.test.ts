// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ShadowStyles } from '@/utils/dom/shadow-styles';

function shadowRootWithSheet(): { root: ShadowRoot; own: CSSStyleSheet } {
  document.body.innerHTML = '<div></div>';
  const root = document.body.firstElementChild!.attachShadow({ mode: 'open' });
  root.innerHTML = '<p>Knesset</p>';
  const own = new CSSStyleSheet();
  own.replaceSync('p { color: red; }');
  root.adoptedStyleSheets = [own];
  return { root, own };
}

describe('shadow-styles', () => {
  it('adopts one sheet with the ::highlight() rules, once, after the page’s own sheets', () => {
    const { root, own } = shadowRootWithSheet();
    // happy-dom keeps no ::highlight() rule in cssRules: read the text the sheet is built from.
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    const styles = new ShadowStyles();
    styles.adopt(root);
    styles.adopt(root);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(own);
    expect(replaceSync).toHaveBeenCalledTimes(1);
    const rules = replaceSync.mock.calls[0]![0];
    expect(rules).toContain('::highlight(context-cards-mention)');
    expect(rules).toContain('::highlight(context-cards-active)');
    replaceSync.mockRestore();
  });

  it('adopts it again after the page replaced its sheets, and leaves the page’s markup alone', () => {
    const { root, own } = shadowRootWithSheet();
    const markup = root.innerHTML;
    const styles = new ShadowStyles();
    styles.adopt(root);
    root.adoptedStyleSheets = [own];
    styles.adopt(root);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.innerHTML).toBe(markup);
  });

  it('takes only its own sheet back out on destroy', () => {
    const { root, own } = shadowRootWithSheet();
    const styles = new ShadowStyles();
    styles.adopt(root);
    styles.destroy();
    expect(root.adoptedStyleSheets).toEqual([own]);
  });
});
