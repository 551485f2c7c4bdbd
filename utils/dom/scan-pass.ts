/**
 * One scan pass: reads a list of roots (which may grow while it runs, as shadow roots are found) in slices
 * of about 8 ms, yielding to the page between them so no task of ours reaches 50 ms, and records the pass
 * as the User Timing measure `context-cards:scan`.
 */
import type { MentionMatcher } from '@/utils/match';
import { BlockScanner, type ScanRoot, type ScanSink } from './block-scanner';
import { SCAN_MEASURE } from './scan-measure';
import { yieldToPage } from './yield-to-page';

export { SCAN_MEASURE };
const SLICE_MS = 8;
/** Measures kept at most, so a page that changes for hours does not grow the performance timeline. */
const MAX_MEASURES = 500;
let measures = 0;

export interface ScanDetail {
  /** Characters of text read in this pass. */
  chars: number;
  /** Mentions found in this pass. */
  mentions: number;
  /** Main-thread time spent, summed over the pass's slices. */
  workMs: number;
  slices: number;
  longestSliceMs: number;
}

/**
 * Reads every root; roots that changed under a paused slice go to `stale` to be read again. Resolves to
 * undefined when `isCurrent()` turned false between slices (the engine stopped or restarted). `start` is
 * when the pass's task began (the caller's preparation counts in the first slice).
 */
export async function runScanPass(
  roots: ScanRoot[],
  match: MentionMatcher,
  sink: ScanSink,
  isCurrent: () => boolean,
  stale: ScanRoot[],
  start = performance.now(),
): Promise<ScanDetail | undefined> {
  const detail: ScanDetail = { chars: 0, mentions: 0, workMs: 0, slices: 0, longestSliceMs: 0 };
  let scanner: BlockScanner | undefined;
  let next = 0;
  for (let sliceStart = start; ; sliceStart = performance.now()) {
    const deadline = sliceStart + SLICE_MS;
    while (next < roots.length) {
      scanner ??= new BlockScanner(roots[next]!, match, sink);
      const result = scanner.step(deadline);
      if (result === 'paused') break;
      if (result === 'stale') stale.push(roots[next]!);
      detail.chars += scanner.chars;
      detail.mentions += scanner.mentions;
      scanner = undefined;
      next++;
      if (performance.now() >= deadline) break;
    }
    const sliceMs = performance.now() - sliceStart;
    detail.workMs += sliceMs;
    detail.longestSliceMs = Math.max(detail.longestSliceMs, sliceMs);
    detail.slices++;
    if (next >= roots.length) break;
    await yieldToPage();
    if (!isCurrent()) return undefined;
  }
  recordMeasure(start, detail);
  return detail;
}

function recordMeasure(start: number, detail: ScanDetail): void {
  if (++measures > MAX_MEASURES) {
    performance.clearMeasures(SCAN_MEASURE);
    measures = 1;
  }
  const rounded = { ...detail, workMs: round(detail.workMs), longestSliceMs: round(detail.longestSliceMs) };
  performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail: rounded });
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
