import { describe, expect, it } from 'vitest';
import { documentById, facts, factsByEntity } from '@/data/index';
import {
  attributionText,
  foldFacts,
  groupBySource,
  kindLabel,
  readableDate,
  sourceDetails,
  shownFactCount,
} from '@/utils/card-content';

describe('card-content', () => {
  it.each([
    ['the article', 'Anything at all.', undefined],
    ['The article', 'Anything at all.', undefined],
    ['Amnesty International', 'The report found a genocide.', 'According to Amnesty International'],
    ['Amnesty International', 'Amnesty International, one of the largest…, found', undefined],
    ['Antony Blinken', '“We’re going…,” said Secretary of State Antony Blinken', undefined],
    ['unnamed reports', 'Reports have found that the deal…', 'According to unnamed reports'],
    ['According to Antony Blinken', 'Officials said…', 'According to Antony Blinken'],
  ])('words the attribution %j of %j as %j', (attribution, quote, text) => {
    expect(attributionText(attribution, quote)).toBe(text);
  });

  it('never repeats in the attribution what the quote already says, and never says "the article"', () => {
    for (const fact of facts) {
      const text = attributionText(fact.attribution, fact.quote);
      if (text === undefined) continue;
      expect(text).toMatch(/^According to \S/);
      expect(text).not.toMatch(/the article/);
    }
  });

  it.each([
    ['person', 'Person'],
    ['un-body', 'UN body'],
    ['country-or-territory', 'Country or territory'],
    ['news-outlet', 'News outlet'],
  ] as const)('labels the kind %s as %s', (kind, label) => {
    expect(kindLabel(kind)).toBe(label);
  });

  it.each([
    ['three short quotes', [50, 50, 50, 50], 0, 3],
    ['two that fit', [150, 100, 100], 0, 2],
    ['one long one', [290, 200], 0, 1],
    ['one longer than the room, folded', [900, 200], 0, 1],
    ['fewer under a long description', [30, 30, 30], 160, 2],
    ['none', [], 0, 0],
  ])('shows %s before "More"', (_name, lengths, description, shown) => {
    expect(
      shownFactCount(
        lengths.map((length) => 'x'.repeat(length)),
        description,
      ),
    ).toBe(shown);
  });

  it('groups facts by document in order of first use, leaving out unknown documents', () => {
    const docs = { a: { id: 'a', title: 'Title A' }, b: { id: 'b', title: 'Title B' } } as Record<
      string,
      { id: string; title: string }
    >;
    const list = [
      { id: '1', document: 'b' },
      { id: '2', document: 'a' },
      { id: '3', document: 'b' },
      { id: '4', document: 'missing' },
    ];
    expect(groupBySource(list, (id) => docs[id])).toEqual([
      { document: docs.b, facts: [list[0], list[2]] },
      { document: docs.a, facts: [list[1]] },
    ]);
  });

  it('puts the bundled pack in one group named by its document', () => {
    const groups = groupBySource(factsByEntity.get('hamas')!, (id) => documentById.get(id));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.document.title).toMatch(/^US Votes Against UN Resolution/);
  });

  it('says where and when a document was published, when known', () => {
    expect(sourceDetails({ id: 'a', title: 'A' })).toBeUndefined();
    expect(sourceDetails({ id: 'a', title: 'A', site: 'example.org' })).toBe('example.org');
    expect(sourceDetails({ id: 'a', title: 'A', site: 'example.org', published: '2024-12-12' })).toBe(
      'example.org · 12 December 2024',
    );
    expect(readableDate('2020-01-05T10:00:00Z')).toBe('5 January 2020');
    expect(readableDate('not a date')).toBe('not a date');
    expect(readableDate('2024-13-01')).toBe('2024-13-01');
  });

  it('folds facts in turns from each document, at least two with several documents', () => {
    const fact = (id: string) => ({ id, quote: `Quote ${id}.` });
    const one = { document: { id: 'a', title: 'A' }, facts: ['a1', 'a2', 'a3', 'a4'].map(fact) };
    const two = { document: { id: 'b', title: 'B' }, facts: [fact('b1')] };
    const folded = foldFacts([one, two], 0);
    expect(folded.total).toBe(5);
    expect([...folded.foldedIds]).toEqual(['a1', 'b1', 'a2']);
    const long = { document: { id: 'c', title: 'C' }, facts: [{ id: 'c1', quote: 'x'.repeat(400) }] };
    const tight = foldFacts([long, two], 300);
    expect([...tight.foldedIds]).toEqual(['c1', 'b1']);
    expect([...foldFacts([one], 0).foldedIds]).toEqual(['a1', 'a2', 'a3']);
  });
});
