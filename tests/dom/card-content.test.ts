import { describe, expect, it } from 'vitest';
import { facts, factsByEntity } from '@/data/index';
import { attributionText, kindLabel, sourceTitles, splitFacts } from '@/utils/card-content';

describe('card-content', () => {
  it.each([
    ['the article', 'According to the article'],
    ['Amnesty International', 'According to Amnesty International'],
    ['the U.S.', 'According to the U.S.'],
    ['unnamed reports', 'According to unnamed reports'],
    ['According to Antony Blinken', 'According to Antony Blinken'],
  ])('words the attribution %j as %j', (attribution, text) => {
    expect(attributionText(attribution)).toBe(text);
  });

  it('words every attribution in the pack as "According to …"', () => {
    for (const fact of facts) expect(attributionText(fact.attribution)).toMatch(/^According to \S/);
  });

  it.each([
    ['person', 'Person'],
    ['un-body', 'UN body'],
    ['country-or-territory', 'Country or territory'],
    ['news-outlet', 'News outlet'],
  ] as const)('labels the kind %s as %s', (kind, label) => {
    expect(kindLabel(kind)).toBe(label);
  });

  it('keeps pack order: the first three first, the rest behind "More"', () => {
    const list = factsByEntity.get('united-states')!;
    const { first, more } = splitFacts(list);
    expect(first).toEqual(list.slice(0, 3));
    expect(more).toEqual(list.slice(3));
    expect(splitFacts([1, 2])).toEqual({ first: [1, 2], more: [] });
  });

  it('names each source document once', () => {
    const titles = { a: 'Title A', b: 'Title B' } as Record<string, string>;
    const list = [{ document: 'a' }, { document: 'b' }, { document: 'a' }, { document: 'missing' }];
    expect(sourceTitles(list, (id) => titles[id])).toEqual(['Title A', 'Title B']);
  });
});
