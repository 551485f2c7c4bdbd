import { describe, expect, it } from 'vitest';
import { passageRuns, segmentParagraph, type Passage, type Segment } from '@/utils/article-segments';
import type { Mention } from '@/utils/match';

/** A compact view of runs: text, then `@entity` and `[facts]` when set. */
function view(segments: Segment[]): string[] {
  return segments.map(
    (s) => s.text + (s.entityId ? ` @${s.entityId}` : '') + (s.factIds.length ? ` [${s.factIds.join(',')}]` : ''),
  );
}

/** Spans written as the substring they cover (its first occurrence). */
function mention(text: string, name: string, entityId = name.toLowerCase()): Mention {
  const start = text.indexOf(name);
  return { entityId, start, end: start + name.length };
}
function passage(text: string, quote: string, factId: string): Passage {
  const start = text.indexOf(quote);
  return { factId, start, end: start + quote.length };
}

const TEXT = 'Blinken met Netanyahu in Egypt today.';

describe('segmentParagraph', () => {
  it.each<[string, Mention[], Passage[], string[]]>([
    ['plain text is one run', [], [], [TEXT]],
    [
      'mentions split the text around them',
      [mention(TEXT, 'Blinken'), mention(TEXT, 'Egypt')],
      [],
      ['Blinken @blinken', ' met Netanyahu in ', 'Egypt @egypt', ' today.'],
    ],
    [
      'a passage covering a mention carries both',
      [mention(TEXT, 'Netanyahu')],
      [passage(TEXT, 'met Netanyahu in', 'f1')],
      ['Blinken ', 'met  [f1]', 'Netanyahu @netanyahu [f1]', ' in [f1]', ' Egypt today.'],
    ],
    [
      'a passage spanning several mentions',
      [mention(TEXT, 'Blinken'), mention(TEXT, 'Netanyahu'), mention(TEXT, 'Egypt')],
      [passage(TEXT, TEXT, 'all')],
      [
        'Blinken @blinken [all]',
        ' met  [all]',
        'Netanyahu @netanyahu [all]',
        ' in  [all]',
        'Egypt @egypt [all]',
        ' today. [all]',
      ],
    ],
    [
      'a passage starting inside a mention splits the mention',
      [mention(TEXT, 'Netanyahu')],
      [passage(TEXT, 'yahu in Egypt', 'f1')],
      ['Blinken met ', 'Netan @netanyahu', 'yahu @netanyahu [f1]', ' in Egypt [f1]', ' today.'],
    ],
    [
      'a passage ending inside a mention splits the mention',
      [mention(TEXT, 'Egypt')],
      [passage(TEXT, 'in Eg', 'f1')],
      ['Blinken met Netanyahu ', 'in  [f1]', 'Eg @egypt [f1]', 'ypt @egypt', ' today.'],
    ],
    [
      'overlapping passages: the shared stretch carries both, in the order given',
      [mention(TEXT, 'Netanyahu')],
      [passage(TEXT, 'Blinken met Netanyahu', 'a'), passage(TEXT, 'Netanyahu in Egypt', 'b')],
      ['Blinken met  [a]', 'Netanyahu @netanyahu [a,b]', ' in Egypt [b]', ' today.'],
    ],
    [
      'nested passages with the same start',
      [],
      [passage(TEXT, 'Blinken met Netanyahu', 'long'), passage(TEXT, 'Blinken', 'short')],
      ['Blinken [long,short]', ' met Netanyahu [long]', ' in Egypt today.'],
    ],
    [
      'identical passages',
      [],
      [passage(TEXT, 'in Egypt', 'a'), passage(TEXT, 'in Egypt', 'b')],
      ['Blinken met Netanyahu ', 'in Egypt [a,b]', ' today.'],
    ],
    [
      'spans beyond the text are clipped',
      [],
      [
        { factId: 'x', start: -5, end: 7 },
        { factId: 'y', start: 30, end: 99 },
      ],
      ['Blinken [x]', ' met Netanyahu in Egypt', ' today. [y]'],
    ],
  ])('%s', (_name, mentions, passages, expected) => {
    const segments = segmentParagraph(TEXT, mentions, passages);
    expect(view(segments)).toEqual(expected);
  });

  it('returns contiguous non-empty runs that rebuild the text', () => {
    const segments = segmentParagraph(
      TEXT,
      [mention(TEXT, 'Blinken'), mention(TEXT, 'Netanyahu')],
      [passage(TEXT, 'ken met Net', 'a'), passage(TEXT, 'Egypt', 'b')],
    );
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    segments.forEach((s, i) => {
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.start).toBe(i === 0 ? 0 : segments[i - 1]!.end);
      expect(s.text).toBe(TEXT.slice(s.start, s.end));
    });
  });

  it('returns no runs for an empty paragraph', () => {
    expect(segmentParagraph('', [], [])).toEqual([]);
  });
});

describe('passageRuns', () => {
  const segments = segmentParagraph(
    TEXT,
    [mention(TEXT, 'Netanyahu')],
    [passage(TEXT, 'met Netanyahu in', 'f1'), passage(TEXT, 'Egypt', 'f2')],
  );

  it('gives the first and last run inside a passage', () => {
    const [first, last] = passageRuns(segments, 'f1')!;
    expect(
      segments
        .slice(first, last + 1)
        .map((s) => s.text)
        .join(''),
    ).toBe('met Netanyahu in');
  });

  it('gives undefined for a fact without a passage here', () => {
    expect(passageRuns(segments, 'elsewhere')).toBeUndefined();
  });
});
