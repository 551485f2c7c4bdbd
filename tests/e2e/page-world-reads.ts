/**
 * What a page's own scripts can learn of an open card, tried every way we know, from the page's world (shared
 * by the Chromium and Firefox specs; both functions run in the page, so they use nothing from outside).
 * `spyOnThePage` runs before the extension does (an init script) and hooks what a hostile page would: it
 * defines the card's tag as its own custom element, wraps `attachShadow` and the DOM methods an extension
 * might call, listens to every event on the way in and out, watches mutations and animations.
 * `readCardAsThePage` then reads: the host's `shadowRoot`, its text and HTML (with every serialisation
 * option), a second `attachShadow`, the focus and the selection, hit tests and caret positions over the
 * viewport, and whatever the spies caught. The tests check that none of it holds the card's text.
 */

export interface PageReading {
  /** Whether the page found the `context-cards-card` element (it may: the host is in its DOM). */
  hostFound: boolean;
  /** `host.shadowRoot`, as the page sees it: null when closed. */
  shadowRoot: 'null' | 'a shadow root';
  /** What a second `attachShadow` on the host did. */
  attachShadow: string;
  /** The local name of `document.activeElement`. */
  activeElement: string | undefined;
  /** Shadow roots the page's hooks or its custom element's internals got hold of on the card's host. */
  rootsCaught: number;
  /** Nodes the page's hooks got hold of that are inside the card's shadow tree. */
  nodesInsideCaught: number;
  /** Hosts the page's `attachShadow` hook saw a shadow root attached to. */
  attachShadowSeen: string[];
  /** Every text the page read (compared with the card's text by the test). */
  texts: string[];
  /**
   * Whether this browser's `caretPositionFromPoint` reaches into ANY closed shadow root (Firefox ESR 140
   * does, a browser bug fixed in later versions): checked on a closed root the page makes itself. Where it
   * does, the card is no exception, and the README says so; that read is then left out of `texts`.
   */
  caretPiercesClosedRoots: boolean;
}

interface Spy {
  nodes: Set<Node>;
  roots: ShadowRoot[];
  internals: ElementInternals[];
  attached: string[];
}

/** Hooks a hostile page would set before the extension runs (an init script / preload script). */
export function spyOnThePage(): void {
  const spy: Spy = { nodes: new Set(), roots: [], internals: [], attached: [] };
  Object.defineProperty(window, 'cardSpy', { value: spy });
  const keep = (value: unknown) => {
    if (value instanceof Node) spy.nodes.add(value);
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    spy.attached.push(this.localName);
    spy.roots.push(root);
    return root;
  };
  const hooked: Array<[object, string[]]> = [
    [Node.prototype, ['appendChild', 'insertBefore', 'replaceChild', 'removeChild', 'cloneNode', 'contains']],
    [Element.prototype, ['append', 'prepend', 'after', 'before', 'replaceWith', 'setAttribute', 'animate']],
    [Element.prototype, ['querySelector', 'querySelectorAll', 'getBoundingClientRect', 'getRootNode']],
    [HTMLElement.prototype, ['focus', 'blur', 'click']],
    [Document.prototype, ['createElement', 'createElementNS', 'importNode', 'adoptNode']],
    [EventTarget.prototype, ['addEventListener', 'dispatchEvent']],
  ];
  for (const [prototype, names] of hooked) {
    const methods = prototype as Record<string, (...args: unknown[]) => unknown>;
    for (const name of names) {
      const original = methods[name]!;
      methods[name] = function (this: unknown, ...args: unknown[]) {
        keep(this);
        args.forEach(keep);
        const result = original.apply(this, args);
        keep(result);
        return result;
      };
    }
  }
  // A page that defines the card's tag first: an element it owns may read its own closed root through
  // ElementInternals (the host is upgraded to it, when the card's root must already be out of reach).
  customElements.define(
    'context-cards-card',
    class extends HTMLElement {
      constructor() {
        super();
        spy.internals.push(this.attachInternals());
      }
    },
  );
  const types = ['focusin', 'focusout', 'focus', 'blur', 'keydown', 'keyup', 'pointerover', 'pointerdown'];
  types.push('mouseover', 'mousedown', 'mouseup', 'click', 'selectionchange', 'select', 'copy', 'animationstart');
  for (const type of types) {
    addEventListener(
      type,
      (event) => {
        event.composedPath().forEach(keep);
        keep(event.target);
        keep((event as FocusEvent).relatedTarget);
      },
      true,
    );
  }
  new MutationObserver((records) => {
    for (const record of records) {
      keep(record.target);
      record.addedNodes.forEach(keep);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const watchAnimations = () => {
    for (const animation of document.getAnimations()) keep((animation.effect as KeyframeEffect | null)?.target);
    requestAnimationFrame(watchAnimations);
  };
  requestAnimationFrame(watchAnimations);
}

/** Everything the page's world can read of the card now (with the spies' catch, if they were set). */
export function readCardAsThePage(): PageReading {
  const host = document.querySelector('context-cards-card');
  const spy = (window as unknown as { cardSpy?: Spy }).cardSpy;
  const texts: string[] = [];
  const read = (value: unknown) => {
    if (typeof value === 'string' && value) texts.push(value);
  };
  const readNode = (node: Node | null | undefined) => {
    read(node?.textContent);
    if (node instanceof Element || node instanceof ShadowRoot) read(node.innerHTML);
  };
  type Serialising = Element & { getHTML?(options: object): string; getInnerHTML?(options: object): string };
  const html = document.documentElement as Serialising;
  const roots = spy?.roots ?? [];
  if (host) {
    const element = host as Serialising & HTMLElement;
    read(element.innerText);
    readNode(element);
    read(element.outerHTML);
    read(element.getHTML?.({ serializableShadowRoots: true, shadowRoots: roots }));
    read(element.getInnerHTML?.({ includeShadowRoots: true, closedRoots: roots }));
  }
  read(html.getHTML?.({ serializableShadowRoots: true, shadowRoots: roots }));
  read(html.outerHTML);
  read(document.documentElement.innerText);
  read(document.body.innerText);

  let attachShadow = 'no host';
  try {
    if (host) {
      const second = host.attachShadow({ mode: 'open' });
      attachShadow = 'attached';
      readNode(second);
    }
  } catch (error) {
    attachShadow = `threw ${(error as Error).name}`;
  }

  const active = document.activeElement;
  readNode(active);
  const selection = getSelection()!;
  read(selection.toString());
  readNode(selection.anchorNode);
  readNode(selection.focusNode);
  selection.selectAllChildren(document.documentElement);
  read(selection.toString());
  selection.removeAllRanges();

  type CaretDocument = Document & {
    caretRangeFromPoint?(x: number, y: number): Range | null;
    caretPositionFromPoint?(x: number, y: number, options?: object): { offsetNode: Node } | null;
  };
  const caret = document as CaretDocument;
  const caretPiercesClosedRoots = (() => {
    const probe = document.createElement('div');
    probe.style.cssText = 'position:fixed;left:0;top:0;width:300px;height:60px;z-index:2147483647';
    const root = probe.attachShadow({ mode: 'closed' });
    const text = document.createElement('p');
    text.textContent = 'a closed shadow root of the page';
    text.style.cssText = 'margin:0;font-size:20px';
    root.append(text);
    document.documentElement.append(probe);
    const node = caret.caretPositionFromPoint?.(10, 10)?.offsetNode;
    probe.remove();
    return node !== undefined && node !== null && node.getRootNode() === root;
  })();
  for (let x = 5; x < innerWidth; x += innerWidth / 12) {
    for (let y = 5; y < innerHeight; y += innerHeight / 12) {
      for (const element of document.elementsFromPoint(x, y)) readNode(element);
      readNode(caret.caretRangeFromPoint?.(x, y)?.startContainer);
      if (!caretPiercesClosedRoots) readNode(caret.caretPositionFromPoint?.(x, y, { shadowRoots: roots })?.offsetNode);
    }
  }
  for (const animation of document.getAnimations()) readNode((animation.effect as KeyframeEffect | null)?.target);

  const caught = [...(spy?.nodes ?? [])];
  caught.forEach(readNode);
  const internalsRoots = (spy?.internals ?? []).map((internals) => internals.shadowRoot).filter(Boolean);
  const hostRoots = [...roots.filter((root) => root.host === host), ...internalsRoots] as ShadowRoot[];
  hostRoots.forEach(readNode);
  const inside = caught.filter((node) => {
    const root = node.getRootNode();
    return root instanceof ShadowRoot && root.host === host;
  });
  return {
    hostFound: host !== null,
    shadowRoot: host?.shadowRoot ? 'a shadow root' : 'null',
    attachShadow,
    activeElement: active?.localName,
    rootsCaught: hostRoots.length,
    nodesInsideCaught: inside.length,
    attachShadowSeen: spy?.attached ?? [],
    texts,
    caretPiercesClosedRoots,
  };
}
