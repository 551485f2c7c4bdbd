/**
 * Follows the page's DOM with one MutationObserver (the document, plus each open shadow root we read) and
 * turns what changed into the few roots worth re-reading: the blocks whose own text changed and the
 * subtrees that were added. The observer callback only records; the work happens in the next scan pass.
 */
import type { ScanRoot } from './block-scanner';
import { guarded } from './report-failure';
import {
  classifyElement,
  enclosingBlock,
  isBlockOrSkipped,
  isInlineText,
  isOwnUi,
  memoizedSkipCheck,
} from './skip-rules';

const OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export class PageObserver {
  /** performance.now() of the last change to the page's DOM (not ours). */
  lastChange = 0;
  private readonly observer: MutationObserver;
  /** Nodes whose block's own text changed. */
  private readonly touched = new Set<Node>();
  private readonly added = new Set<Node>();
  private removed = false;

  constructor(onChange: () => void) {
    this.observer = new MutationObserver(
      guarded('Following the page', (records: MutationRecord[]) => {
        if (this.record(records)) {
          this.lastChange = performance.now();
          onChange();
        }
      }),
    );
  }

  /** Open shadow roots followed, so each is observed once (and forgotten when it leaves the page). */
  private readonly shadowRoots = new Set<ShadowRoot>();

  observe(root: Document): void {
    this.observer.observe(root, OPTIONS);
  }

  /** Follows an open shadow root too; returns whether it is new. */
  follow(root: ShadowRoot): boolean {
    if (this.shadowRoots.has(root)) return false;
    this.shadowRoots.add(root);
    this.observer.observe(root, OPTIONS);
    return true;
  }

  get hasChanges(): boolean {
    return this.removed || this.touched.size > 0 || this.added.size > 0;
  }

  /** Whether nodes left the page since the last call. */
  takeRemoved(): boolean {
    const removed = this.removed;
    this.removed = false;
    if (removed) for (const root of this.shadowRoots) if (!root.isConnected) this.shadowRoots.delete(root);
    return removed;
  }

  /** The roots to re-read for the changes recorded so far, without overlaps. */
  takeRoots(): ScanRoot[] {
    const skipped = memoizedSkipCheck();
    const deep = new Set<Node>();
    const nested: Node[] = [];
    for (const node of this.added) {
      if (!node.isConnected || !(node instanceof Element) || skipped(node)) continue;
      if (classifyElement(node) === 'block') {
        deep.add(node);
        // A block added between words splits its parent's text.
        if (isInlineText(node.previousSibling) && isInlineText(node.nextSibling)) this.touched.add(node.parentNode!);
      } else if (node.firstElementChild !== null) nested.push(node);
    }
    const covered = (node: Node): boolean => {
      for (let up = node.parentNode; up !== null; up = up.parentNode) if (deep.has(up)) return true;
      return false;
    };
    const shallow = new Set<Node>();
    for (const node of this.touched) {
      if (!node.isConnected) continue;
      const block = enclosingBlock(node);
      if (!deep.has(block) && !covered(block) && !skipped(block)) shallow.add(block);
    }
    this.added.clear();
    this.touched.clear();
    return [
      ...[...deep].filter((node) => !covered(node)).map((node): ScanRoot => ({ node, mode: 'deep' })),
      ...nested.filter((node) => !covered(node)).map((node): ScanRoot => ({ node, mode: 'nested' })),
      ...[...shallow].map((node): ScanRoot => ({ node, mode: 'shallow' })),
    ];
  }

  disconnect(): void {
    this.observer.disconnect();
    this.shadowRoots.clear();
    this.touched.clear();
    this.added.clear();
    this.removed = false;
  }

  /** Records the changes; returns whether any was the page's (not our own UI's). */
  private record(records: MutationRecord[]): boolean {
    let relevant = false;
    for (const record of records) {
      if (isOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        this.touched.add(record.target);
        relevant = true;
        continue;
      }
      let ours = true;
      let splitsText = false;
      for (const node of record.addedNodes) {
        if (isOwnUi(node)) continue;
        ours = false;
        this.added.add(node);
        splitsText ||= !isBlockOrSkipped(node);
      }
      for (const node of record.removedNodes) {
        if (isOwnUi(node)) continue;
        ours = false;
        this.removed = true;
        splitsText ||= !isBlockOrSkipped(node);
      }
      if (ours) continue;
      relevant = true;
      // Blocks added or removed between blocks leave the parent's own text as it was; a block removed from
      // between words joins them (an added one is checked in takeRoots).
      const joins =
        record.removedNodes.length > 0 && isInlineText(record.previousSibling) && isInlineText(record.nextSibling);
      if (splitsText || joins) {
        this.touched.add(record.target);
      }
    }
    return relevant;
  }
}
