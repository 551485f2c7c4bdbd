/**
 * Moving through the page's mentions from the keyboard: the next or previous one in document order from
 * the current one (or from the top of the viewport), skipping mentions that are not rendered, wrapping at
 * the ends; and scrolling one into view.
 */
import type { PageMention } from './mention-index';
import { liveRange } from './hit-test';
import { compareInPage } from './page-order';

export type Direction = 'next' | 'previous';

/** Document order of two boundary points: negative when (a, aOffset) comes first. */
export function comparePoints(a: Node, aOffset: number, b: Node, bOffset: number): number {
  if (a === b) return aOffset - bOffset;
  // Points in different trees (a shadow root and the page): compareDocumentPosition calls them disconnected.
  if (a.getRootNode() !== b.getRootNode()) return compareInPage(a, b);
  const position = a.compareDocumentPosition(b);
  if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) return aOffset <= childIndexOf(a, b) ? -1 : 1;
  if (position & Node.DOCUMENT_POSITION_CONTAINS) return childIndexOf(b, a) < bOffset ? -1 : 1;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The index in `ancestor` of the child that contains `node`. */
function childIndexOf(ancestor: Node, node: Node): number {
  let child = node;
  while (child.parentNode && child.parentNode !== ancestor) child = child.parentNode;
  return Array.prototype.indexOf.call(ancestor.childNodes, child);
}

function compareStarts(a: PageMention, b: PageMention): number {
  return comparePoints(a.range.startContainer, a.range.startOffset, b.range.startContainer, b.range.startOffset);
}

function isRendered(mention: PageMention): boolean {
  const range = liveRange(mention);
  const rect = range?.getBoundingClientRect();
  return rect !== undefined && (rect.width > 0 || rect.height > 0);
}

/** The index of the first mention whose text starts at or below the top of the viewport. */
function firstBelowViewportTop(mentions: readonly PageMention[]): number {
  const found = mentions.findIndex((mention) => {
    const rect = liveRange(mention)?.getBoundingClientRect();
    return rect !== undefined && rect.height > 0 && rect.top >= 0;
  });
  return found === -1 ? mentions.length : found;
}

/**
 * The mention to move to. From `current` (which may have left the index: its position still counts)
 * or, with none, from the first mention at or below the top of the viewport.
 */
export function adjacentMention(
  mentions: readonly PageMention[],
  current: PageMention | undefined,
  direction: Direction,
): PageMention | undefined {
  const count = mentions.length;
  if (count === 0) return undefined;
  let start: number;
  if (current) {
    // Binary search for the first mention starting after the current one.
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareStarts(mentions[middle]!, current) <= 0) low = middle + 1;
      else high = middle;
    }
    const atCurrent = low > 0 && compareStarts(mentions[low - 1]!, current) === 0;
    start = direction === 'next' ? low : atCurrent ? low - 2 : low - 1;
  } else {
    const first = firstBelowViewportTop(mentions);
    start = direction === 'next' ? first : first - 1;
  }
  const step = direction === 'next' ? 1 : -1;
  for (let i = 0; i < count; i++) {
    const candidate = mentions[(((start + i * step) % count) + count) % count]!;
    if (isRendered(candidate)) return candidate;
  }
  return undefined;
}

/** Scrolls the mention to the middle of the viewport unless it is already comfortably visible. */
export function scrollToMention(mention: PageMention): void {
  const range = liveRange(mention);
  if (!range) return;
  const margin = 48;
  const visible = (rect: DOMRect) => rect.top >= margin && rect.bottom <= window.innerHeight - margin;
  if (visible(range.getBoundingClientRect())) return;
  // Reveal it inside any scrolling box first, then centre it in the window.
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const rect = range.getBoundingClientRect();
  if (!visible(rect)) {
    window.scrollBy({ top: rect.top + rect.height / 2 - window.innerHeight / 2, behavior: 'instant' });
  }
}
