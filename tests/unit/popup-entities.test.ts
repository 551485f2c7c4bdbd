import { describe, expect, it } from 'vitest';
import { mentionLabel, rankEntitiesOnPage } from '@/utils/popup-entities';

const pack = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const ids = (counts: Record<string, number>) => rankEntitiesOnPage(counts, pack).map((e) => `${e.entity.id}${e.count}`);

describe('rankEntitiesOnPage', () => {
  it.each<[string, Record<string, number>, string[]]>([
    ['nothing found', {}, []],
    ['most mentioned first', { a: 1, b: 5, c: 2 }, ['b5', 'c2', 'a1']],
    ['ties keep the pack’s order', { d: 2, b: 2, a: 2 }, ['a2', 'b2', 'd2']],
    ['zero counts are left out', { a: 0, c: 3 }, ['c3']],
    ['ids the pack does not know are left out', { zz: 9, a: 1 }, ['a1']],
  ])('%s', (_name, counts, expected) => {
    expect(ids(counts)).toEqual(expected);
  });
});

describe('mentionLabel', () => {
  it.each([
    [1, '1 mention'],
    [2, '2 mentions'],
    [40, '40 mentions'],
  ])('%i → %s', (count, label) => {
    expect(mentionLabel(count)).toBe(label);
  });
});
