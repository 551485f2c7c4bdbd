/**
 * Follows a page the prefilter found no name on, cheaply: one MutationObserver (the document and the open
 * shadow roots it met) that only collects what was added or whose text changed, and a check of just those
 * nodes at most every `delayMs` (infinite scroll, single-page apps). Calls `onHit` once, then stops.
 */
import { after } from './page-timer';
import type { PagePrefilter } from './page-prefilter';

const OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export class PrefilterWatcher {
  private readonly observer: MutationObserver;
  private readonly changed = new Set<Node>();
  private cancel: (() => void) | undefined;
  private stopped = false;

  constructor(
    private readonly prefilter: PagePrefilter,
    private readonly onHit: () => void,
    private readonly delayMs = 100,
  ) {
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') this.changed.add(record.target);
        else for (const node of record.addedNodes) this.changed.add(node);
      }
      this.cancel ??= after(this.delayMs, () => this.check());
    });
  }

  observe(root: Node): void {
    if (!this.stopped) this.observer.observe(root, OPTIONS);
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.cancel?.();
    this.changed.clear();
  }

  private check(): void {
    this.cancel = undefined;
    const nodes = [...this.changed];
    this.changed.clear();
    for (const node of nodes) {
      if (this.stopped || !node.isConnected) continue;
      const hit = this.prefilter.check(node);
      for (const root of this.prefilter.takeShadowRoots()) this.observe(root);
      if (hit) {
        this.stop();
        this.onHit();
        return;
      }
    }
  }
}
