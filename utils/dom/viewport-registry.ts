/**
 * Keeps in the highlight registry only the mentions within about two screens of the viewport. Chromium
 * repaints every registered range on each frame in which the page changed, so registering all of a long
 * page's mentions would tax every frame (DESIGN.md, decision 4). An IntersectionObserver on the blocks that
 * hold mentions adds and removes their ranges as the reader scrolls; the store keeps them all.
 */
import type { Highlighter } from './highlighter';
import type { StoredMention } from './mention-store';
import { guarded } from './report-failure';

/** observe: registered while near the viewport. always: has no box to observe (display: contents). */
export type Placement = 'observe' | 'always' | 'hidden';

interface Entry {
  target: Element | null;
  mentions: readonly StoredMention[];
  hidden: boolean;
}

export class ViewportRegistry {
  private readonly observer: IntersectionObserver;
  private readonly entries = new Map<Node, Entry>();
  private readonly keysByTarget = new Map<Element, Set<Node>>();
  private readonly near = new Set<Element>();

  /** `onReveal` hears of a hidden block that came near the viewport (it may have been shown). */
  constructor(
    private readonly highlighter: Highlighter,
    onReveal: (key: Node) => void,
  ) {
    // The document as root, so the margin also applies in cross-origin frames (it is ignored for the
    // implicit root there). No scrollMargin: Chromium applies it to the root scroller too, which triples
    // the registered area; mentions inside nested scrollers are registered as they scroll into view.
    const options = { root: document, rootMargin: '200% 0px' };
    this.observer = new IntersectionObserver(
      guarded('Following the viewport', (records: IntersectionObserverEntry[]) => {
        for (const { target, isIntersecting } of records) {
          if (isIntersecting) this.near.add(target);
          else this.near.delete(target);
          for (const key of this.keysByTarget.get(target) ?? []) {
            const entry = this.entries.get(key)!;
            if (entry.hidden) {
              if (isIntersecting) onReveal(key);
            } else {
              for (const { range } of entry.mentions) {
                if (isIntersecting) highlighter.add(range);
                else highlighter.delete(range);
              }
            }
          }
        }
      }),
      options,
    );
  }

  /** A block's mentions changed from `old` to `mentions`. */
  place(key: Node, old: readonly StoredMention[], mentions: readonly StoredMention[], placement: Placement): void {
    for (const { range } of old) this.highlighter.delete(range);
    if (mentions.length === 0 && placement !== 'hidden') {
      this.forget(key);
      return;
    }
    const target = placement === 'always' ? null : targetOf(key);
    let entry = this.entries.get(key);
    if (entry !== undefined && entry.target !== target) {
      this.forget(key);
      entry = undefined;
    }
    if (entry === undefined) {
      entry = { target, mentions, hidden: false };
      this.entries.set(key, entry);
      if (target !== null) this.track(key, target);
    }
    entry.mentions = mentions;
    entry.hidden = placement === 'hidden';
    if (!entry.hidden && (target === null || this.near.has(target))) {
      for (const { range } of mentions) this.highlighter.add(range);
    }
  }

  /** Whether the block is followed (it has mentions, or hidden ones). */
  follows(key: Node): boolean {
    return this.entries.has(key);
  }

  forget(key: Node): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    for (const { range } of entry.mentions) this.highlighter.delete(range);
    const { target } = entry;
    const keys = target === null ? undefined : this.keysByTarget.get(target);
    if (target === null || keys === undefined) return;
    keys.delete(key);
    if (keys.size > 0) return;
    this.keysByTarget.delete(target);
    this.near.delete(target);
    this.observer.unobserve(target);
  }

  /** Blocks this registry follows that have left the document. */
  *disconnected(): Generator<Node> {
    for (const key of this.entries.keys()) if (!key.isConnected) yield key;
  }

  destroy(): void {
    this.observer.disconnect();
    this.entries.clear();
    this.keysByTarget.clear();
    this.near.clear();
  }

  private track(key: Node, target: Element): void {
    const keys = this.keysByTarget.get(target);
    if (keys !== undefined) keys.add(key);
    else {
      this.keysByTarget.set(target, new Set([key]));
      this.observer.observe(target);
    }
  }
}

function targetOf(key: Node): Element {
  if (key instanceof Element) return key;
  if (key instanceof ShadowRoot) return key.host;
  return key.ownerDocument?.documentElement ?? document.documentElement;
}
