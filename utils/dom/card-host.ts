/**
 * The card's container on the page: one shadow host, created the first time a card opens, so page CSS
 * cannot reach the card and the card's CSS cannot leak out. Its shadow root is closed and held here only
 * (closed-shadow-host.ts), so the page's scripts cannot read the card: what the reader's documents say stays
 * the reader's. It places the card against its mention, moves the focus in and back, and renders through a
 * callback (the Preact component lives in components/, above this layer).
 */
import { placeCard, rangeReference } from './card-placement';
import { createClosedShadowHost, type ClosedShadowHost } from './closed-shadow-host';
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
  private shadow: ClosedShadowHost | undefined;
  private stopPlacing: (() => void) | undefined;
  private returnFocus: HTMLElement | undefined;
  private theme: CardTheme = 'auto';

  constructor(private readonly options: CardHostOptions<T>) {}

  get isOpen(): boolean {
    return this.stopPlacing !== undefined;
  }

  /** Shows the card for `content` against `range`; with `focus`, moves the focus into it (keyboard). */
  async open(content: T, range: Range, { focus }: { focus: boolean }): Promise<void> {
    if (focus && !this.hasFocus()) this.returnFocus = deepActiveElement();
    const { host, layer } = this.shadow ?? this.createHost();
    // First card, or the page removed the host or replaced the element it was in. After <html>'s <body>:
    // a transformed or zoomed body would otherwise offset the fixed-position card.
    if (!host.isConnected) document.documentElement.append(host);
    this.stopPlacing?.();
    this.options.render(content, layer);
    const card = layer.firstElementChild as HTMLElement | null;
    if (!card) return;
    this.stopPlacing = placeCard(rangeReference(range), layer, card);
    if (focus) card.focus({ preventScroll: true });
  }

  /** Hides the card; `restoreFocus` returns the focus to where it was before the card took it. */
  close({ restoreFocus }: { restoreFocus: boolean }): void {
    const hadFocus = this.hasFocus();
    this.stopPlacing?.();
    this.stopPlacing = undefined;
    if (this.shadow) this.options.render(undefined, this.shadow.layer);
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (restoreFocus && hadFocus && target?.isConnected) target.focus({ preventScroll: true });
  }

  setTheme(theme: CardTheme): void {
    this.theme = theme;
    if (!this.shadow) return;
    if (theme === 'auto') delete this.shadow.layer.dataset.theme;
    else this.shadow.layer.dataset.theme = theme;
  }

  /** Whether an event's target (retargeted to the host outside the shadow root) is the card. */
  owns(target: EventTarget | null): boolean {
    return target !== null && target === this.shadow?.host;
  }

  containsPoint(x: number, y: number): boolean {
    if (!this.isOpen || !this.shadow) return false;
    const rect = this.shadow.layer.getBoundingClientRect();
    return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  }

  private hasFocus(): boolean {
    // The page's document sees only the host as focused; inside it, the root knows.
    return this.shadow !== undefined && document.activeElement === this.shadow.host;
  }

  private createHost(): ClosedShadowHost {
    const { ctx, name, css } = this.options;
    const shadow = createClosedShadowHost(name, css, ctx.signal);
    shadow.layer.className = 'layer';
    ctx.onInvalidated(() => {
      this.options.render(undefined, shadow.layer);
      shadow.host.remove();
    });
    this.shadow = shadow;
    this.setTheme(this.theme);
    return shadow;
  }
}

/** The focused element, looking into the page's own open shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
