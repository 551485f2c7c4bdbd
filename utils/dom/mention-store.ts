/**
 * Every mention on the page (this frame), grouped by the block whose text holds it, with a lookup from Text
 * node to mentions for hit-testing. Answers the read side of MentionIndex; listeners hear of changes once
 * per scan pass.
 */
import type { EntityCounts } from '@/utils/extension/messages';
import type { PageMention } from './mention-index';
import { compareInPage } from './page-order';
import { guarded } from './report-failure';

export interface StoredMention extends PageMention {
  /** The Text nodes the mention spans, first to last. */
  readonly nodes: readonly Text[];
}

const NONE: readonly StoredMention[] = [];

export class MentionStore {
  private readonly byBlock = new Map<Node, readonly StoredMention[]>();
  private readonly byText = new Map<Text, StoredMention[]>();
  private readonly listeners = new Set<() => void>();
  /** Whether byBlock's insertion order is document order (true until a block arrives out of order). */
  private inOrder = true;
  private lastKey: Node | undefined;
  private changed = false;
  private allCache: StoredMention[] | undefined;
  /** Mentions per entity, kept as blocks change: a report costs the entities, not the page's mentions. */
  private readonly perEntity = new Map<string, number>();
  private countsCache: EntityCounts | undefined;

  /** Sets a block's mentions and returns the ones it had. */
  replace(key: Node, mentions: readonly StoredMention[]): readonly StoredMention[] {
    const old = this.byBlock.get(key) ?? NONE;
    if (old.length === 0 && mentions.length === 0) return NONE;
    for (const mention of old) {
      this.unindex(mention);
      this.tally(mention.entityId, -1);
    }
    for (const mention of mentions) this.tally(mention.entityId, 1);
    if (mentions.length === 0) {
      this.byBlock.delete(key);
    } else {
      if (old.length === 0) this.noteNewKey(key);
      this.byBlock.set(key, mentions);
      for (const mention of mentions) this.index(mention);
    }
    this.changed = true;
    this.allCache = undefined;
    this.countsCache = undefined;
    return old;
  }

  blocks(): IterableIterator<Node> {
    return this.byBlock.keys();
  }

  mentionsOf(key: Node): readonly StoredMention[] {
    return this.byBlock.get(key) ?? NONE;
  }

  clear(): void {
    if (this.byBlock.size === 0) return;
    this.byBlock.clear();
    this.byText.clear();
    this.perEntity.clear();
    this.inOrder = true;
    this.lastKey = undefined;
    this.changed = true;
    this.allCache = undefined;
    this.countsCache = undefined;
  }

  all(): readonly StoredMention[] {
    if (!this.inOrder) {
      const sorted = [...this.byBlock].sort(([a], [b]) => compareInPage(a, b));
      this.byBlock.clear();
      for (const [key, mentions] of sorted) this.byBlock.set(key, mentions);
      this.lastKey = sorted.at(-1)?.[0];
      this.inOrder = true;
    }
    return (this.allCache ??= [...this.byBlock.values()].flat());
  }

  /** The mention containing (node, offset); a point just after a mention's last character counts too. */
  at(node: Node, offset: number): StoredMention | undefined {
    let atEnd: StoredMention | undefined;
    for (const mention of this.byText.get(node as Text) ?? NONE) {
      const { startContainer, startOffset, endContainer, endOffset } = mention.range;
      if (node === startContainer && offset < startOffset) continue;
      if (node !== endContainer || offset < endOffset) return mention;
      if (offset === endOffset) atEnd ??= mention;
    }
    return atEnd;
  }

  inText(node: Text): readonly StoredMention[] {
    return this.byText.get(node) ?? NONE;
  }

  counts(): EntityCounts {
    return (this.countsCache ??= Object.fromEntries(this.perEntity));
  }

  subscribe(listener: () => void): () => void {
    const safe = guarded('A mention listener', listener);
    this.listeners.add(safe);
    return () => this.listeners.delete(safe);
  }

  /** Tells listeners, if anything changed since the last time. */
  notify(): void {
    if (!this.changed) return;
    this.changed = false;
    for (const listener of [...this.listeners]) listener();
  }

  private tally(entityId: string, step: 1 | -1): void {
    const count = (this.perEntity.get(entityId) ?? 0) + step;
    if (count === 0) this.perEntity.delete(entityId);
    else this.perEntity.set(entityId, count);
  }

  private noteNewKey(key: Node): void {
    if (this.inOrder && this.lastKey !== undefined && compareInPage(this.lastKey, key) > 0) this.inOrder = false;
    this.lastKey = key;
  }

  private index(mention: StoredMention): void {
    for (const node of mention.nodes) {
      const list = this.byText.get(node);
      if (list === undefined) this.byText.set(node, [mention]);
      else list.push(mention);
    }
  }

  private unindex(mention: StoredMention): void {
    for (const node of mention.nodes) {
      const list = this.byText.get(node);
      if (list === undefined) continue;
      const rest = list.filter((other) => other !== mention);
      if (rest.length === 0) this.byText.delete(node);
      else this.byText.set(node, rest);
    }
  }
}
