/** Shared helpers for the DOM adapter tests: a small matcher and readable views of what was found. */
import { BlockScanner, type FoundMention, type ScanMode } from '@/utils/dom/block-scanner';
import { compileMatcher } from '@/utils/match';

export const matcher = compileMatcher([
  { id: 'antony-blinken', aliases: ['Antony Blinken'] },
  { id: 'un-security-council', aliases: ['UN Security Council'] },
  { id: 'hamas', aliases: ['Hamas'] },
]);

/** The text a found mention covers, read back from its nodes and offsets. */
export function textOf({ nodes, startOffset, endOffset }: FoundMention): string {
  if (nodes.length === 1) return nodes[0]!.data.slice(startOffset, endOffset);
  const middle = nodes.slice(1, -1).map((node) => node.data);
  return [nodes[0]!.data.slice(startOffset), ...middle, nodes.at(-1)!.data.slice(0, endOffset)].join('');
}

export interface ScanOutcome {
  /** Blocks in the order the scanner finished them, with their mentions. */
  blocks: Array<{ key: Node; mentions: FoundMention[] }>;
  shadowRoots: ShadowRoot[];
  scanner: BlockScanner;
}

/** Scans `root` to the end, in slices when `deadline` is in the past. */
export function scan(root: Node, mode: ScanMode = 'deep', deadline = Infinity): ScanOutcome {
  const outcome: ScanOutcome = { blocks: [], shadowRoots: [], scanner: undefined! };
  outcome.scanner = new BlockScanner({ node: root, mode }, matcher, {
    reportEmpty: true,
    block: (key, mentions) => outcome.blocks.push({ key, mentions }),
    shadowRoot: (shadow) => outcome.shadowRoots.push(shadow),
  });
  let steps = 0;
  while (outcome.scanner.step(deadline) !== 'done') {
    if (++steps > 10_000) throw new Error('the scanner did not finish');
  }
  return outcome;
}

/** Every mention found, as `entity: text`, in order. */
export function found(outcome: ScanOutcome): string[] {
  return outcome.blocks.flatMap(({ mentions }) => mentions.map((m) => `${m.entityId}: ${textOf(m)}`));
}

export function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}
