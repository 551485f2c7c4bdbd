/**
 * Draws mentions with the CSS Custom Highlight API: ranges in `CSS.highlights`, styled by the `::highlight()`
 * rules in utils/dom/highlights.css. The page's DOM is never touched. Each highlight style the
 * reader can pick is its own registry name, so switching style moves one Highlight to another name.
 */
import type { HighlightStyle } from '@/utils/settings-schema';

export const MENTION_HIGHLIGHT: Record<HighlightStyle, string> = {
  both: 'context-cards-mention',
  underline: 'context-cards-mention-underline',
  tint: 'context-cards-mention-tint',
};
export const ACTIVE_HIGHLIGHT = 'context-cards-active';

export class Highlighter {
  private readonly mentions = new Highlight();
  private readonly active = new Highlight();
  private name: string;
  /** The ranges near the viewport (ViewportRegistry adds and deletes them), whatever is drawn. */
  private readonly near = new Set<AbstractRange>();
  /** With "only the first mention of each name": the ranges drawn instead of `near`. */
  private firsts: ReadonlySet<AbstractRange> | undefined;

  constructor(style: HighlightStyle) {
    this.name = MENTION_HIGHLIGHT[style];
    // Above the page's own highlights, and the active mention above the others.
    this.mentions.priority = 1;
    this.active.priority = 2;
    CSS.highlights.set(this.name, this.mentions);
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  add(range: AbstractRange): void {
    this.near.add(range);
    if (this.firsts === undefined) this.mentions.add(range);
  }

  delete(range: AbstractRange): void {
    this.near.delete(range);
    if (this.firsts === undefined) this.mentions.delete(range);
  }

  /**
   * Draws only these ranges (each name's first mention: one per entity, so few, registered wherever they
   * are), or, with undefined, every mention near the viewport again.
   */
  only(ranges: readonly AbstractRange[] | undefined): void {
    if (ranges === undefined && this.firsts === undefined) return; // the usual case: nothing to redraw
    this.firsts = ranges === undefined ? undefined : new Set(ranges);
    this.mentions.clear();
    for (const range of this.firsts ?? this.near) this.mentions.add(range);
  }

  get size(): number {
    return this.mentions.size;
  }

  setActive(range: AbstractRange | undefined): void {
    this.active.clear();
    if (range !== undefined) this.active.add(range);
  }

  setStyle(style: HighlightStyle): void {
    const name = MENTION_HIGHLIGHT[style];
    if (name === this.name) return;
    CSS.highlights.delete(this.name);
    this.name = name;
    CSS.highlights.set(name, this.mentions);
  }

  clear(): void {
    this.near.clear();
    this.mentions.clear();
    this.active.clear();
  }

  destroy(): void {
    this.clear();
    if (CSS.highlights.get(this.name) === this.mentions) CSS.highlights.delete(this.name);
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) === this.active) CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }
}
