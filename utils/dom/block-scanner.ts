/**
 * Reads a subtree's text block by block with one TreeWalker, matches each run of continuous text (so
 * `<b>Antony</b> Blinken` is one run) and maps the matches back to Text nodes. Resumable: `step()` stops at
 * a deadline between runs, so a long page is read in slices.
 */
import type { MentionMatcher } from '@/utils/match';
import type { FoundMention, ScanRoot, ScanSink } from './scan-types';
import { classifyElement } from './skip-rules';
import { TextSegment } from './text-segment';

export type { FoundMention, ScanMode, ScanRoot, ScanSink } from './scan-types';

export type StepResult = 'done' | 'paused' | 'stale';

const NONE: FoundMention[] = [];
const NONE_FOUND: ReturnType<MentionMatcher> = [];
/** The shortest alias has two characters: shorter runs (the newlines between blocks) are not matched. */
const MIN_TEXT = 2;
/** Boundaries between deadline checks (a boundary costs about a microsecond or two). */
const CHECK_EVERY = 32;

export class BlockScanner {
  /** Characters read and mentions found so far. */
  chars = 0;
  mentions = 0;
  private readonly walker: TreeWalker;
  private readonly segment = new TextSegment();
  /** The open blocks, outermost (the root) first, and their mentions (allocated on the first one). */
  private readonly keys: Node[];
  private readonly found: Array<FoundMention[] | undefined> = [undefined];
  /** Whether the root's own text is read (not in nested mode); nested blocks' always is. */
  private readonly readRoot: boolean;
  /** Whether the walker should enter the children of the element it is on. */
  private descend = true;
  /**
   * A root that is one block with only text inside (an appended paragraph): read as the full pass reads
   * such blocks (readLeaf), so an incremental pass runs the same, already optimised code, and less of it.
   */
  private leaf: boolean;

  constructor(
    private readonly root: ScanRoot,
    private readonly match: MentionMatcher,
    private readonly sink: ScanSink,
  ) {
    const doc = root.node.ownerDocument ?? (root.node as Document);
    this.walker = doc.createTreeWalker(root.node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.keys = [root.node];
    this.readRoot = root.mode !== 'nested';
    this.leaf =
      root.mode === 'deep' &&
      root.node instanceof Element &&
      root.node.childElementCount === 0 &&
      classifyElement(root.node) === 'block';
    const shadow = root.node instanceof Element ? root.node.shadowRoot : null;
    if (shadow !== null && root.mode !== 'shallow') sink.shadowRoot(shadow);
  }

  /**
   * Reads until the subtree is done or `deadline` (performance.now()) has passed. The walk moves by
   * firstChild / nextSibling / parentNode, so it knows when it leaves an element without asking the DOM.
   */
  step(deadline: number): StepResult {
    const { walker, root, keys, segment } = this;
    // The page may have changed while we yielded: if our place left the root, start over later.
    if (walker.currentNode !== root.node && !root.node.contains(walker.currentNode)) return 'stale';
    if (this.leaf) {
      this.leaf = false;
      this.keys.length = 0;
      this.readLeaf(root.node as Element);
      return 'done';
    }
    const shallow = root.mode === 'shallow';
    for (let boundaries = 1; ;) {
      let node: Node | null = null;
      if (this.descend) {
        this.descend = false;
        node = walker.firstChild();
      }
      while (node === null) {
        node = walker.nextSibling();
        if (node !== null) break;
        const parent = walker.parentNode();
        if (parent === null) {
          while (keys.length > 0) this.close();
          return 'done';
        }
        if (keys[keys.length - 1] === parent) this.close();
      }
      if (node.nodeType === Node.TEXT_NODE) {
        if (keys.length > 1 || this.readRoot) segment.add(node as Text, (node as Text).data);
        continue;
      }
      const element = node as Element;
      const kind = classifyElement(element);
      if (kind === 'inline') {
        this.descend = true;
        continue;
      }
      this.flush();
      if (kind === 'block') {
        const shadow = element.shadowRoot;
        if (shadow !== null) this.sink.shadowRoot(shadow);
        if (shallow) {
          // Nested blocks are read on their own.
        } else if (element.childElementCount === 0) {
          this.readLeaf(element);
        } else {
          keys.push(element);
          this.found.push(undefined);
          this.descend = true;
        }
      }
      // Only between runs of text, so no run is split across slices.
      if (boundaries++ % CHECK_EVERY === 0 && performance.now() >= deadline) return 'paused';
    }
  }

  /**
   * A block with only text inside (most paragraphs): its textContent is its one run, read in a single call
   * without touching its Text nodes, which are visited only when the run holds a mention.
   */
  private readLeaf(block: Element): void {
    const text = block.textContent ?? '';
    this.chars += text.length;
    const hits = text.length >= MIN_TEXT ? this.match(text) : NONE_FOUND;
    if (hits.length === 0) {
      if (this.sink.reportEmpty) this.sink.block(block, NONE);
      return;
    }
    const { segment } = this;
    for (let child = block.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) segment.add(child as Text, (child as Text).data);
    }
    const found = hits.map(({ entityId, start, end }) => segment.found(entityId, start, end));
    this.mentions += found.length;
    segment.clear();
    this.sink.block(block, found);
  }

  private close(): void {
    this.flush();
    const key = this.keys.pop()!;
    const found = this.found.pop();
    if (this.keys.length === 0 && !this.readRoot) return;
    if (found !== undefined) this.sink.block(key, found);
    else if (this.sink.reportEmpty) this.sink.block(key, NONE);
  }

  /** Matches the run of text gathered so far and forgets it. */
  private flush(): void {
    const { segment } = this;
    if (segment.isEmpty) return;
    this.chars += segment.length;
    if (segment.length >= MIN_TEXT) {
      const top = this.found.length - 1;
      for (const { entityId, start, end } of this.match(segment.text())) {
        (this.found[top] ??= []).push(segment.found(entityId, start, end));
        this.mentions++;
      }
    }
    segment.clear();
  }
}
