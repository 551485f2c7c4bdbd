// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextSegment } from '@/utils/dom/text-segment';

function segmentOf(...parts: string[]): TextSegment {
  const segment = new TextSegment();
  for (const part of parts) segment.add(document.createTextNode(part), part);
  return segment;
}

describe('text-segment', () => {
  it('joins its nodes’ text', () => {
    expect(segmentOf('Antony', ' ', 'Blinken').text()).toBe('Antony Blinken');
  });

  it.each([
    // offset, edge, node index, offset in node
    [0, 'start', 0, 0],
    [3, 'start', 0, 3],
    [6, 'start', 1, 0], // the first character of the second node
    [6, 'end', 0, 6], // just after the last character of the first node
    [7, 'start', 2, 0],
    [7, 'end', 1, 1],
    [14, 'end', 2, 7],
  ] as const)('locates offset %i (%s) in node %i at %i', (offset, edge, index, inNode) => {
    const point = segmentOf('Antony', ' ', 'Blinken').locate(offset, edge);
    expect([point.index, point.offset]).toEqual([index, inNode]);
  });

  it('forgets its text and nodes when cleared', () => {
    const segment = segmentOf('Hamas');
    segment.clear();
    expect([segment.isEmpty, segment.length, segment.text()]).toEqual([true, 0, '']);
  });
});
