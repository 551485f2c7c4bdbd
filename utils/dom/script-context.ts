/**
 * The lifetime of a script injected in a page (the mention engine): an AbortSignal that ends when the
 * extension is reloaded or updated, or when a newer copy of the same script starts in this frame; every
 * listener, observer and highlight of the engine is tied to it (`onInvalidated`). It does what WXT's
 * ContentScriptContext does for us, without importing webextension-polyfill, which evaluating
 * `wxt/utils/content-script-context` costs every frame (issue 11).
 *
 * How it notices, as ContentScriptContext does: a newer copy (the reloaded extension's, injected again by
 * the every-page script) announces itself with an event on the document, named after the extension's id;
 * and a reloaded extension leaves the old copy's `runtime.id` undefined, which `isValid` checks.
 */
import { extensionApi } from '@/utils/extension/extension-api';

/** What the card's shadow host needs of a context: its signal, and a callback when it ends. */
export interface UiContext {
  readonly signal: AbortSignal;
  onInvalidated(callback: () => void): () => void;
}

export class ScriptContext implements UiContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);
  private readonly startedEvent: string;

  constructor(name: string) {
    this.startedEvent = `${extensionApi().runtime.id}:${name}:started`;
    const onStarted = (event: Event) => {
      if (event instanceof CustomEvent && (event.detail as { id?: unknown } | null)?.id !== this.id) this.invalidate();
    };
    // Stop an older copy, then listen for a newer one.
    document.dispatchEvent(new CustomEvent(this.startedEvent, { detail: { id: this.id } }));
    document.addEventListener(this.startedEvent, onStarted, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once invalidated, or once the extension this copy came from is gone (then invalidates). */
  get isValid(): boolean {
    if (!this.signal.aborted && extensionApi()?.runtime?.id == null) this.invalidate();
    return !this.signal.aborted;
  }

  /** Calls back once when the context ends; returns the function that forgets the callback. */
  onInvalidated(callback: () => void): () => void {
    if (this.signal.aborted) {
      callback();
      return () => undefined;
    }
    this.signal.addEventListener('abort', callback, { once: true });
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** requestIdleCallback, cancelled with the context, and skipped once it is invalid. */
  requestIdleCallback(callback: () => void, options?: IdleRequestOptions): void {
    const id = requestIdleCallback(() => {
      if (this.isValid) callback();
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
  }

  invalidate(): void {
    this.controller.abort();
  }
}
