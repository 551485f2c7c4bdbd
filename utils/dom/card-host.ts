/**
 * The card's container on the page: one shadow host (WXT `createShadowRootUi`), created the first time a
 * card opens, so page CSS cannot reach the card and the card's CSS cannot leak out. It places the card
 * against its mention, moves the focus in and back, and renders through a callback (the Preact component
 * lives in components/, above this layer).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { placeCard, rangeReference } from './card-placement';
import type { UiContext } from './script-context';

export type CardTheme = 'auto' | 'light' | 'dark';

export interface CardHostOptions<T> {
  /** The engine's lifetime (script-context.ts): the host is removed when it ends. */
  ctx: UiContext;
  /** The host's tag; starts with `context-cards`. */
  name: string;
  css: string;
  /** Renders the card for `content` into the container, or empties it (undefined). */
  render(content: T | undefined, container: HTMLElement): void;
}

export class CardHost<T> {
  private ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  private layer: HTMLElement | undefined;
  private host: HTMLElement | undefined;
  private stopPlacing: (() => void) | undefined;
  private returnFocus: HTMLElement | undefined;
  private generation = 0;
  private theme: CardTheme = 'auto';

  constructor(private readonly options: CardHostOptions<T>) {}

  get isOpen(): boolean {
    return this.stopPlacing !== undefined;
  }

  /** Shows the card for `content` against `range`; with `focus`, moves the focus into it (keyboard). */
  async open(content: T, range: Range, { focus }: { focus: boolean }): Promise<void> {
    const generation = ++this.generation;
    if (focus && !this.hasFocus()) this.returnFocus = deepActiveElement();
    const ui = await (this.ui ??= this.createUi());
    if (generation !== this.generation) return; // closed or reopened meanwhile
    if (!ui.shadowHost.isConnected) {
      // First card, or the page replaced the element we were appended to.
      if (ui.mounted) ui.remove();
      ui.mount();
    }
    const layer = ui.uiContainer;
    this.stopPlacing?.();
    this.options.render(content, layer);
    const card = layer.firstElementChild as HTMLElement | null;
    if (!card) return;
    this.stopPlacing = placeCard(rangeReference(range), layer, card);
    if (focus) card.focus({ preventScroll: true });
  }

  /** Hides the card; `restoreFocus` returns the focus to where it was before the card took it. */
  close({ restoreFocus }: { restoreFocus: boolean }): void {
    this.generation++;
    const hadFocus = this.hasFocus();
    this.stopPlacing?.();
    this.stopPlacing = undefined;
    if (this.layer) this.options.render(undefined, this.layer);
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (restoreFocus && hadFocus && target?.isConnected) target.focus({ preventScroll: true });
  }

  setTheme(theme: CardTheme): void {
    this.theme = theme;
    if (!this.layer) return;
    if (theme === 'auto') delete this.layer.dataset.theme;
    else this.layer.dataset.theme = theme;
  }

  /** Whether an event's target (retargeted to the host outside the shadow root) is the card. */
  owns(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  containsPoint(x: number, y: number): boolean {
    if (!this.isOpen || !this.layer) return false;
    const rect = this.layer.getBoundingClientRect();
    return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  }

  private hasFocus(): boolean {
    return this.host !== undefined && document.activeElement === this.host;
  }

  private async createUi() {
    // createShadowRootUi reads only `options` and `onInvalidated` of the context, which UiContext has.
    const ui = await createShadowRootUi(this.options.ctx as unknown as ContentScriptContext, {
      name: this.options.name,
      css: this.options.css,
      position: 'inline',
      // After <body>: a transformed or zoomed body would otherwise offset the fixed-position card.
      anchor: () => document.documentElement,
      append: 'last',
      // The page's keyboard shortcuts must not fire while the reader types in the card.
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) this.options.render(undefined, container);
      },
    });
    this.host = ui.shadowHost;
    this.layer = ui.uiContainer;
    ignoreUntrustedEvents(ui.shadow, this.options.ctx.signal);
    this.layer.className = 'layer';
    this.setTheme(this.theme);
    return ui;
  }
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

/** The focused element, looking into the page's own open shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
