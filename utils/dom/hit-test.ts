/**
 * Which mention is under a point (DESIGN.md decision 2). Highlights receive no pointer events, so the
 * caret position at the point gives the text node and offset, the index answers which mention covers it,
 * and the mention's own client rects confirm the point is really on its text (a caret position snaps to
 * the nearest character, even from the blank end of a line). Text in open shadow roots is reached by
 * descending through them (their caret positions are otherwise retargeted to the host).
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

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(x: number, y: number, shadowRoots?: ShadowRoot[]): Caret | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = shadowRoots
      ? document.caretPositionFromPoint(x, y, { shadowRoots })
      : document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  // Safari before 18.4 and older Chromium have only the WebKit form (which never enters shadow trees).
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/**
 * The open shadow roots under (x, y), outermost first, and the deepest element there. A caret position is
 * retargeted to the host of a shadow tree it was not given, so text in shadow roots is reached this way.
 */
function shadowPath(x: number, y: number): { roots: ShadowRoot[]; deepest: Element } | undefined {
  let element = document.elementFromPoint(x, y);
  const roots: ShadowRoot[] = [];
  while (element?.shadowRoot) {
    const root = element.shadowRoot;
    roots.push(root);
    const inner = root.elementFromPoint(x, y);
    if (inner === null || inner === element) break;
    element = inner;
  }
  return element && roots.length > 0 ? { roots, deepest: element } : undefined;
}

/** The mention at (x, y) inside an open shadow root, if any. */
function shadowMentionAt(index: MentionIndex, x: number, y: number): PageMention | undefined {
  const path = shadowPath(x, y);
  if (!path) return undefined;
  // Browsers that take `shadowRoots` (Chromium 128+, recent Firefox) put the caret inside them.
  const caret = caretAt(x, y, path.roots);
  if (caret?.node.nodeType === Node.TEXT_NODE && path.roots.includes(caret.node.getRootNode() as ShadowRoot)) {
    return confirmed(mentionAtCaret(index, caret), x, y);
  }
  // Elsewhere the caret stays at the host: try the mentions in the text of the deepest element there.
  for (const child of path.deepest.childNodes) {
    if (child.nodeType !== Node.TEXT_NODE) continue;
    for (const mention of index.inText(child as Text)) {
      if (confirmed(mention, x, y)) return mention;
    }
  }
  return undefined;
}

function mentionAtCaret(index: MentionIndex, caret: Caret): PageMention | undefined {
  // On the right half of a mention's last character the caret lands just after it.
  return index.at(caret.node, caret.offset) ?? (caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : undefined);
}

/** The mention, if (x, y) is really on its text. */
function confirmed(mention: PageMention | undefined, x: number, y: number): PageMention | undefined {
  // The live Range exists only for this check; live ranges tax every later DOM edit of the page.
  const range = mention && liveRange(mention);
  return range && rangeContainsPoint(range, x, y) ? mention : undefined;
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
  // A caret in a Text node: the page's own text. Anything else may be a shadow host (or no text at all).
  if (caret?.node.nodeType === Node.TEXT_NODE) return confirmed(mentionAtCaret(index, caret), x, y);
  return shadowMentionAt(index, x, y);
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
