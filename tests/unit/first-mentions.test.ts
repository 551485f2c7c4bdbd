import { describe, expect, it } from 'vitest';
import { firstOfEach, firstOfEachMemo } from '@/utils/first-mentions';

describe('first-mentions', () => {
  it('keeps the first mention of each entity, in order', () => {
    const mentions = ['a', 'b', 'a', 'c', 'b', 'a'].map((entityId, at) => ({ entityId, at }));
    expect(firstOfEach(mentions).map(({ entityId, at }) => `${entityId}${at}`)).toEqual(['a0', 'b1', 'c3']);
    expect(firstOfEach([])).toEqual([]);
  });

  it('answers again from its memo until it is given another list', () => {
    const memo = firstOfEachMemo<{ entityId: string }>();
    const list = [{ entityId: 'a' }, { entityId: 'a' }];
    const first = memo(list);
    expect(memo(list)).toBe(first);
    expect(memo([...list, { entityId: 'b' }])).toHaveLength(2);
  });
});
