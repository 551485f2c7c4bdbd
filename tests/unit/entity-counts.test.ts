import { describe, expect, it } from 'vitest';
import { badgeText, mergeCounts, sameCounts } from '@/utils/entity-counts';

describe('entity-counts', () => {
  it('adds up the frames of a tab per entity', () => {
    expect(mergeCounts([{ hamas: 2, israel: 1 }, { hamas: 3 }, {}])).toEqual({ hamas: 5, israel: 1 });
  });

  it.each([
    [{}, ''],
    [{ hamas: 4 }, '1'],
    [{ hamas: 4, israel: 1, gaza: 9 }, '3'],
  ])('shows %j as the badge %j (distinct entities, empty when none)', (counts, text) => {
    expect(badgeText(counts)).toBe(text);
  });

  it('compares counts by value', () => {
    expect(sameCounts({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameCounts({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameCounts({ a: 1 }, { a: 1, b: 1 })).toBe(false);
  });
});
