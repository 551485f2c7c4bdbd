/**
 * How the text indexer treats each element, decided from its tag and a few attributes only: computed
 * styles would force a style recalculation per element. Hidden-by-CSS text is caught later, and only for
 * blocks that produced mentions (see block-visibility.ts).
 */

/** skip: ignore the subtree. block: its text is separate from its neighbours'. break: separates text. */
export type ElementKind = 'skip' | 'block' | 'break' | 'inline';

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'datalist',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video',
  'audio', 'head', 'title', 'button',
]); // prettier-ignore

const BLOCK_TAGS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'img', 'picture',
  'search', 'slot',
]); // prettier-ignore

/** Our own UI (the card's shadow host) is a custom element whose tag starts with this. */
export const OWN_UI_PREFIX = 'context-cards';

/** Each tag's kind before attributes are looked at; tags not listed (custom elements included) are inline. */
const KIND_BY_TAG = new Map<string, ElementKind>([
  ...[...SKIP_TAGS].map((tag): [string, ElementKind] => [tag, 'skip']),
  ...[...BLOCK_TAGS].map((tag): [string, ElementKind] => [tag, 'block']),
  ['br', 'break'],
]);

export function classifyElement(element: Element): ElementKind {
  const tag = element.localName;
  const kind = KIND_BY_TAG.get(tag) ?? (tag.startsWith(OWN_UI_PREFIX) ? 'skip' : 'inline');
  if (kind === 'skip') return kind;
  if (element.hasAttributes() && hasSkipAttribute(element)) return 'skip';
  // A shadow host's light children may be slotted anywhere: keep its text apart from its neighbours'.
  return kind === 'inline' && element.shadowRoot !== null ? 'block' : kind;
}

function hasSkipAttribute(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden')?.toLowerCase() === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * Whether the node is in a skipped subtree (or our UI), looking up through shadow hosts: an element on the
 * way up that classifyElement skips. Asked of appended nodes' parents (memoizedSkipCheck): walked in
 * JavaScript rather than with `closest()` and a selector of every rule, which a page's first appended
 * batch paid to parse (issue 11: 0.3–2.5 ms of that batch).
 */
export function isInSkippedRegion(node: Node): boolean {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  if (element === null && node instanceof ShadowRoot) element = node.host;
  while (element !== null) {
    if (classifyElement(element) === 'skip') return true;
    const parent: Node | null = element.parentNode;
    element = parent instanceof Element ? parent : parent instanceof ShadowRoot ? parent.host : null;
  }
  return false;
}

/**
 * The node that owns the text around `node` for indexing: its nearest block ancestor (or itself), else
 * the root of its tree (a shadow root, or the document's root element).
 */
export function enclosingBlock(node: Node): Node {
  let current: Node = node;
  for (;;) {
    if (current instanceof Element && classifyElement(current) === 'block') return current;
    const parent: Node | null = current.parentNode;
    if (parent === null || parent instanceof Document) return current;
    if (parent instanceof ShadowRoot) return parent;
    current = parent;
  }
}

/** Whether a node is our own UI (the card's shadow host). */
export function isOwnUi(node: Node): boolean {
  return node instanceof Element && node.localName.startsWith(OWN_UI_PREFIX);
}

/** Whether a node added or removed leaves its neighbours' text apart (a block, a skipped element). */
export function isBlockOrSkipped(node: Node): boolean {
  if (!(node instanceof Element)) return node.nodeType !== Node.TEXT_NODE;
  return classifyElement(node) !== 'inline';
}

/** Whether a node is text, or inline markup, that reads on with its neighbours. */
export function isInlineText(node: Node | null): boolean {
  if (node === null) return false;
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.trim() !== '';
  return node instanceof Element && classifyElement(node) === 'inline';
}

/** isInSkippedRegion, asked once per parent: appended siblings share one answer. */
export function memoizedSkipCheck(): (node: Node) => boolean {
  const byParent = new Map<Node, boolean>();
  return (node) => {
    if (node instanceof Element && classifyElement(node) === 'skip') return true;
    const parent = node.parentNode;
    if (parent === null) return false;
    let skipped = byParent.get(parent);
    if (skipped === undefined) byParent.set(parent, (skipped = isInSkippedRegion(parent)));
    return skipped;
  };
}
