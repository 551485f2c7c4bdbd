/**
 * Splits a paragraph into the runs the article views render: plain text, entity mentions and the passages
 * that facts quote. Mentions never overlap each other (the matcher's contract); passages may overlap each
 * other and may start or end inside a mention, so a run is the stretch between any two neighbouring edges,
 * carrying the mention and every passage that covers it. Pure.
 */
import type { Mention } from '@/utils/match';

/** A fact's quoted passage, in the same offsets as the mentions: [start, end). */
export interface Passage {
  factId: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The entity mentioned by this run, if it is (part of) a mention. */
  entityId?: string;
  /** The facts whose passages cover this run, in the order the passages were given. */
  factIds: readonly string[];
}

/** Contiguous, non-empty runs covering the whole text, in order. Spans outside the text are clipped. */
export function segmentParagraph(text: string, mentions: readonly Mention[], passages: readonly Passage[]): Segment[] {
  const clip = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  const edges = new Set([0, text.length]);
  for (const span of [...mentions, ...passages]) {
    edges.add(clip(span.start));
    edges.add(clip(span.end));
  }
  const sorted = [...edges].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const start = sorted[i - 1]!;
    const end = sorted[i]!;
    const covers = (span: { start: number; end: number }) => span.start <= start && span.end >= end;
    const mention = mentions.find(covers);
    const factIds = passages.filter(covers).map((passage) => passage.factId);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      ...(mention && { entityId: mention.entityId }),
      factIds,
    });
  }
  return segments;
}

/** The index range [first, last] of the runs inside a fact's passage, or undefined when none is. */
export function passageRuns(segments: readonly Segment[], factId: string): [number, number] | undefined {
  const first = segments.findIndex((segment) => segment.factIds.includes(factId));
  if (first === -1) return undefined;
  let last = first;
  while (last + 1 < segments.length && segments[last + 1]!.factIds.includes(factId)) last++;
  return [first, last];
}
