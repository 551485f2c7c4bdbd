import { describe, expect, it } from 'vitest';
import { factHash, factIdFromHash } from '@/utils/article-anchor';

describe('article-anchor', () => {
  it.each([['blinken-every-avenue'], ['a b/ü#%'], ['fact-with-fact-']])('round-trips the fact id %j', (id) => {
    expect(factIdFromHash(factHash(id))).toBe(id);
  });

  it('writes the hash the background opens', () => {
    expect(factHash('amnesty-described')).toBe('#fact-amnesty-described');
  });

  it.each([[''], ['#'], ['#fact-'], ['#facts-x'], ['fact-x'], ['#fact-%E0%A4%A']])('reads no fact from %j', (hash) => {
    expect(factIdFromHash(hash)).toBeUndefined();
  });
});
