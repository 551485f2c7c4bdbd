/**
 * What the rest of the content script sees of the page's mentions. The mention engine (text indexing,
 * highlighting, following the page) implements it; cards, keyboard navigation, the badge and the popup
 * read it.
 */
import type { EntityCounts } from '@/utils/extension/messages';

export interface PageMention {
  readonly entityId: string;
  /** Covers exactly the mention's text (the name, not a trailing 's). */
  readonly range: StaticRange;
}

export interface MentionIndex {
  /** Every current mention on the page (this frame), in document order. */
  all(): readonly PageMention[];
  /** The mention whose text contains the point (node, offset), if any. */
  at(node: Node, offset: number): PageMention | undefined;
  /** The mentions whose text includes some of this Text node. */
  inText(node: Text): readonly PageMention[];
  /** Distinct entities found and their mention counts. */
  counts(): EntityCounts;
  /** Called after the set of mentions changed (scan, page change, switch off); returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** performance.now() of the last page DOM change seen; hover hit-testing waits a frame after one. */
  lastDomChange(): number;
  /** Marks one mention as active (hovered, focused or navigated to) with the distinct highlight. */
  setActive(mention: PageMention | undefined): void;
}
