/**
 * Whether a block's mentions are shown, asked only of blocks that produced mentions: checkVisibility()
 * reads computed style (one style update per slice at most), far cheaper than a style query per element.
 */
import type { StoredMention } from './mention-store';
import type { Placement } from './viewport-registry';

export function placementOf(key: Node, mentions: readonly StoredMention[]): Placement {
  const element = key instanceof Element ? key : key instanceof ShadowRoot ? key.host : null;
  if (element === null || typeof element.checkVisibility !== 'function') return 'observe';
  if (element.checkVisibility({ visibilityProperty: true })) return 'observe';
  // checkVisibility() is false for `display: contents`, which has no box (so no IntersectionObserver
  // entries either) though its text shows: ask the text itself.
  if (getComputedStyle(element).display !== 'contents') return 'hidden';
  const first = mentions[0];
  if (first === undefined) return 'hidden';
  const range = element.ownerDocument.createRange();
  range.setStart(first.range.startContainer, first.range.startOffset);
  range.setEnd(first.range.endContainer, first.range.endOffset);
  return range.getClientRects().length > 0 ? 'always' : 'hidden';
}
