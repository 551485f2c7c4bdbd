/**
 * The card's shadow host: a custom element with a closed shadow root that only its creator holds, so no
 * script of the page can reach what is inside. WXT's createShadowRootUi creates its host with the page's
 * `document.createElement`; a page that defined the tag first (`customElements.define`) would then get the
 * host as its own custom element and read the closed root through `attachInternals().shadowRoot`. Here the
 * host is made in an inert document (no custom element registry), its shadow root attached there, and only
 * then moved into the page: a definition the page has upgrades it later, when a root attached before the
 * upgrade is out of its internals' reach. Events the page's scripts make stop at the root.
 */

export interface ClosedShadowHost {
  /** The element the page sees (and the only one we add to it). */
  host: HTMLElement;
  /** The closed root: keep it private, never on a property or global the page could reach. */
  root: ShadowRoot;
  /** The container inside the root that the card renders into. */
  layer: HTMLElement;
}

/** Creates the host (not yet in the page), with `css` in its root; `signal` ends its listeners. */
export function createClosedShadowHost(name: string, css: string, signal: AbortSignal): ClosedShadowHost {
  const inert = document.implementation.createHTMLDocument('');
  const host = inert.createElement(name);
  const root = host.attachShadow({ mode: 'closed' });
  const style = inert.createElement('style');
  // The page's own styles stop at the host (WXT's reset, kept).
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const layer = inert.createElement('div');
  root.append(style, layer);
  ignoreUntrustedEvents(root, signal);
  // The page's keyboard shortcuts must not fire while the reader types in the card.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    root.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }
  return { host, root, layer };
}

/** Every way of working the card's controls, by pointer, touch or keyboard. */
const INTERACTIONS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
];

/**
 * Only the reader works the card: an event a script made (a page's `element.click()`, a dispatched
 * keydown) stops at the shadow root, before any of the card's own listeners, so no page can press "Hide"
 * or "Turn off on this site" for the reader.
 */
function ignoreUntrustedEvents(root: ShadowRoot, signal: AbortSignal): void {
  const stop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of INTERACTIONS) root.addEventListener(type, stop, { capture: true, signal });
}
