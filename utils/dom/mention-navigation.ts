/**
 * Moving through the page's mentions from the keyboard: the next or previous one in document order from
 * the current one (or from the reading position, the top of the viewport), skipping mentions that are not
 * rendered, wrapping at the ends (and saying so); scrolling one into view; and whether the reader is typing.
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
  return stepMention(mentions, current, direction)?.mention;
}

/** adjacentMention, and whether the step went past the last mention to the first (or back past the first). */
export function stepMention<M extends PageMention>(
  mentions: readonly M[],
  current: PageMention | undefined,
  direction: Direction,
): { mention: M; wrapped: boolean } | undefined {
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
    const at = start + i * step;
    const candidate = mentions[((at % count) + count) % count]!;
    if (isRendered(candidate)) return { mention: candidate, wrapped: at >= count || at < 0 };
  }
  return undefined;
}

/** Whether the mention's text is at least partly inside the viewport. */
export function isInViewport(mention: PageMention): boolean {
  const rect = liveRange(mention)?.getBoundingClientRect();
  return rect !== undefined && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
}

const TEXT_INPUTS = /^(?:text|search|email|url|tel|password|number|date|datetime-local|month|week|time)$/;

/**
 * Whether the focus is in a field the reader types in (looking into open shadow roots): a text input,
 * a textarea, a select, an editable region or a textbox. Keyboard navigation then does nothing.
 */
export function isEditingText(): boolean {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!(active instanceof HTMLElement)) return false;
  if (active instanceof HTMLInputElement) return TEXT_INPUTS.test(active.type);
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) return true;
  if (active.isContentEditable) return true;
  const role = active.getAttribute('role');
  return role === 'textbox' || role === 'searchbox' || role === 'combobox';
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
