/**
 * Which mention is under a point (DESIGN.md decision 2). Highlights receive no pointer events, so the
 * caret position at the point gives the text node and offset, the index answers which mention covers it,
 * and the mention's own client rects confirm the point is really on its text (a caret position snaps to
 * the nearest character, even from the blank end of a line).
 */
import type { MentionIndex, PageMention } from './mention-index';

/** A live Range over a mention, or undefined when the page has changed under its StaticRange. */
export function liveRange(mention: PageMention): Range | undefined {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  if (!startContainer.isConnected || !endContainer.isConnected) return undefined;
  try {
    const range = document.createRange();
    range.setStart(startContainer, startOffset);
    range.setEnd(endContainer, endOffset);
    return range;
  } catch {
    return undefined; // an offset past the end of a text node the page has since shortened
  }
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  // Safari before 18.4 and older Chromium have only the WebKit form.
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Whether (x, y) falls on one of the range's client rects (one per line box and inline element). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

export function mentionAtPoint(index: MentionIndex, x: number, y: number): PageMention | undefined {
  const caret = caretAt(x, y);
  if (!caret) return undefined;
  // On the right half of a mention's last character the caret lands just after it.
  const mention =
    index.at(caret.node, caret.offset) ?? (caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : undefined);
  if (!mention) return undefined;
  // The live Range exists only for this check; live ranges tax every later DOM edit of the page.
  const range = liveRange(mention);
  return range && rangeContainsPoint(range, x, y) ? mention : undefined;
}

/** The same mention, even as a fresh object from a later scan. */
export function sameMention(a: PageMention | undefined, b: PageMention | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.entityId !== b.entityId) return false;
  const r = a.range;
  const s = b.range;
  return (
    r.startContainer === s.startContainer &&
    r.startOffset === s.startOffset &&
    r.endContainer === s.endContainer &&
    r.endOffset === s.endOffset
  );
}
