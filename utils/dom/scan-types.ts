/** What a scan reads (roots) and reports (mentions found, per block): shared by the scanner and its users. */

export interface FoundMention {
  readonly entityId: string;
  /** The Text nodes the mention spans, first to last. */
  readonly nodes: readonly Text[];
  /** Offset in the first node. */
  readonly startOffset: number;
  /** Offset in the last node. */
  readonly endOffset: number;
}

/**
 * deep: the root and every block inside it. shallow: only the root's own text, not its nested blocks'.
 * nested: only the blocks inside the root (the root is inline content that its block reads).
 */
export type ScanMode = 'deep' | 'shallow' | 'nested';

export interface ScanRoot {
  readonly node: Node;
  readonly mode: ScanMode;
}

export interface ScanSink {
  /**
   * A block's mentions, once its subtree has been read. Blocks without mentions are reported only when
   * `reportEmpty` is set (their earlier mentions are gone); a pass over the whole page can skip them.
   */
  block(key: Node, mentions: FoundMention[]): void;
  readonly reportEmpty: boolean;
  /** An open shadow root met on the way, to be read as a root of its own. */
  shadowRoot(root: ShadowRoot): void;
}
