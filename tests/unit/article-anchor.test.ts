import { describe, expect, it } from 'vitest';
import { articlePath, documentIdFromSearch, factHash, factIdFromHash } from '@/utils/article-anchor';

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

describe('articlePath', () => {
  const bundled = new Set(['the-bundled-article']);

  it.each([
    [{}, '/article.html'],
    [{ factId: 'amnesty-described' }, '/article.html#fact-amnesty-described'],
    [{ documentId: 'the-bundled-article', factId: 'amnesty-described' }, '/article.html#fact-amnesty-described'],
    [{ documentId: 'ramaswamy-at-the-rally' }, '/article.html?doc=ramaswamy-at-the-rally'],
    [{ documentId: 'ramaswamy-at-the-rally', factId: 'x-s2' }, '/article.html?doc=ramaswamy-at-the-rally#fact-x-s2'],
    [{ documentId: 'a&b=c', factId: 'a b' }, '/article.html?doc=a%26b%3Dc#fact-a%20b'],
  ])('addresses %j as %s', (address, path) => {
    expect(articlePath(address, bundled)).toBe(path);
  });

  it('reads the document among other parameters', () => {
    expect(documentIdFromSearch('?tab=3&doc=my-doc&x=1')).toBe('my-doc');
  });

  it('reads back the document it addresses', () => {
    const path = articlePath({ documentId: 'a&b=c', factId: 'f' }, bundled);
    const url = new URL(path, 'chrome-extension://x');
    expect(documentIdFromSearch(url.search)).toBe('a&b=c');
    expect(factIdFromHash(url.hash)).toBe('f');
  });

  it.each([[''], ['?doc='], ['?tab=3'], ['?redoc=x'], ['?doc=%E0%A4%A']])(
    'reads the bundled article from %j',
    (search) => {
      expect(documentIdFromSearch(search)).toBeUndefined();
    },
  );
});
