/**
 * One run of text that reads as continuous (a block's inline content up to a `<br>` or a nested block),
 * gathered from several Text nodes, and the way back from an offset in the joined string to a node and an
 * offset in it. The joined string is built only to match it and is never kept.
 */

import type { FoundMention } from './scan-types';

export interface TextPoint {
  /** Index of the node in the segment. */
  index: number;
  node: Text;
  offset: number;
}

export class TextSegment {
  /** Number of nodes; the arrays are reused across runs, so entries past it are stale. */
  private count = 0;
  private readonly nodes: Text[] = [];
  private readonly parts: string[] = [];
  /** Offset of each node's first character in the joined string. */
  private readonly starts: number[] = [];
  length = 0;

  add(node: Text, data: string): void {
    if (data.length === 0) return;
    const i = this.count++;
    this.nodes[i] = node;
    this.parts[i] = data;
    this.starts[i] = this.length;
    this.length += data.length;
  }

  get isEmpty(): boolean {
    return this.count === 0;
  }

  text(): string {
    if (this.count === 1) return this.parts[0]!;
    let text = '';
    for (let i = 0; i < this.count; i++) text += this.parts[i]!;
    return text;
  }

  /** The mention covering [start, end) of the joined string, mapped back to its Text nodes. */
  found(entityId: string, start: number, end: number): FoundMention {
    const first = this.locate(start, 'start');
    const last = this.locate(end, 'end');
    return {
      entityId,
      nodes: this.nodes.slice(first.index, last.index + 1),
      startOffset: first.offset,
      endOffset: last.offset,
    };
  }

  /**
   * Where a string offset falls. A mention's start resolves into the node that holds its first character;
   * its end into the node that holds its last one (so an end never points at the start of the next node).
   */
  locate(offset: number, edge: 'start' | 'end'): TextPoint {
    const { starts } = this;
    let low = 0;
    let high = this.count - 1;
    // The last node starting at or before `offset` (start), or strictly before it (end).
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      const start = starts[middle]!;
      if (start < offset || (edge === 'start' && start === offset)) low = middle;
      else high = middle - 1;
    }
    return { index: low, node: this.nodes[low]!, offset: offset - starts[low]! };
  }

  /** Forgets the run; the node and string references are dropped once the scanner is done. */
  clear(): void {
    this.count = 0;
    this.length = 0;
  }
}
