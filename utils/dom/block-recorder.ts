/**
 * Records what a scan found in each block: its mentions go to the store (unless the block is hidden) and to
 * the viewport registry, which highlights them while they are near the viewport. Also drops the blocks
 * that left the page, and after a pass over the whole page, the blocks it did not meet again.
 */
import { placementOf } from './block-placement';
import type { MentionStore, StoredMention } from './mention-store';
import type { FoundMention } from './scan-types';
import type { ViewportRegistry } from './viewport-registry';

const NONE: readonly StoredMention[] = [];

export class BlockRecorder {
  /** During a pass over the whole page: blocks with mentions not recorded again yet. */
  private unseen: Set<Node> | undefined;

  constructor(
    private readonly store: MentionStore,
    private readonly viewport: ViewportRegistry,
  ) {}

  beginFullPass(): void {
    this.unseen = new Set(this.store.blocks());
  }

  /** Ends a full pass; when it read the whole page, the blocks it did not meet have no mentions now. */
  endFullPass(completed: boolean): void {
    if (completed) for (const key of this.unseen ?? []) this.drop(key);
    this.unseen = undefined;
  }

  record(key: Node, found: readonly FoundMention[]): void {
    this.unseen?.delete(key);
    if (found.length === 0) {
      // Most blocks: nothing before, nothing now.
      const old = this.store.replace(key, NONE);
      if (old.length > 0 || this.viewport.follows(key)) this.viewport.place(key, old, NONE, 'observe');
      return;
    }
    const mentions = found.map(toStored);
    const placement = placementOf(key, mentions);
    const kept = placement === 'hidden' ? NONE : mentions;
    this.viewport.place(key, this.store.replace(key, kept), kept, placement);
  }

  dropDisconnected(): void {
    const gone = [...this.store.blocks()].filter((key) => !key.isConnected);
    gone.push(...this.viewport.disconnected());
    for (const key of gone) this.drop(key);
  }

  private drop(key: Node): void {
    this.store.replace(key, NONE);
    this.viewport.forget(key);
  }
}

function toStored({ entityId, nodes, startOffset, endOffset }: FoundMention): StoredMention {
  const range = new StaticRange({
    startContainer: nodes[0]!,
    startOffset,
    endContainer: nodes[nodes.length - 1]!,
    endOffset,
  });
  return { entityId, range, nodes };
}
