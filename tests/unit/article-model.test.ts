import { describe, expect, it } from 'vitest';
import { documentText } from '@/data/document-text';
import { documents, entities, facts } from '@/data/index';
import { buildArticle } from '@/utils/article-model';
import { passageRuns } from '@/utils/article-segments';
import { compileMatcher } from '@/utils/match';
import { buildDocument } from '@/utils/library/build-document';

const source = documents[0]!;
const text = documentText(source.id)!;
const sourceFacts = facts.filter((fact) => fact.document === source.id);
const model = buildArticle(text, sourceFacts, entities);

describe('buildArticle', () => {
  it('takes the title from the first line and keeps every paragraph', () => {
    expect(model.title).toBe(source.title);
    const rebuilt = model.paragraphs.map((p) => p.segments.map((s) => s.text).join(''));
    expect(rebuilt.join('\n\n')).toBe(text.slice(text.indexOf('\n\n') + 2));
  });

  it('places every fact of the pack', () => {
    expect(model.unplaced).toEqual([]);
    expect([...model.factNumber.keys()].sort()).toEqual(sourceFacts.map((fact) => fact.id).sort());
  });

  it.each(sourceFacts.map((fact) => [fact.id, fact] as const))(
    'finds the quote of %s as one passage whose runs spell it',
    (id, fact) => {
      const holders = model.paragraphs.filter((p) => passageRuns(p.segments, id) !== undefined);
      expect(holders).toHaveLength(1);
      const { segments } = holders[0]!;
      const [first, last] = passageRuns(segments, id)!;
      const runs = segments.slice(first, last + 1);
      expect(runs.every((run) => run.factIds.includes(id))).toBe(true);
      expect(runs.map((run) => run.text).join('')).toBe(fact.quote);
    },
  );

  it('marks exactly the mentions the matcher finds in each paragraph', () => {
    const findMentions = compileMatcher(entities);
    for (const paragraph of model.paragraphs) {
      const plain = paragraph.segments.map((s) => s.text).join('');
      const expected = findMentions(plain).map((m) => `${m.entityId}:${plain.slice(m.start, m.end)}`);
      // Runs of one mention split by a passage edge are joined back for the comparison.
      const found: string[] = [];
      let previousEnd = -1;
      let previousEntity: string | undefined;
      for (const run of paragraph.segments) {
        if (run.entityId === undefined) {
          previousEntity = undefined;
          continue;
        }
        if (run.entityId === previousEntity && run.start === previousEnd) found[found.length - 1] += run.text;
        else found.push(`${run.entityId}:${run.text}`);
        previousEntity = run.entityId;
        previousEnd = run.end;
      }
      expect(found).toEqual(expected);
    }
    expect(model.paragraphs.some((p) => p.segments.some((s) => s.entityId === 'unrwa'))).toBe(true);
  });

  it('numbers the facts in reading order', () => {
    const order = model.paragraphs.flatMap((p) => p.passages.map((passage) => passage.factId));
    expect(order.map((id) => model.factNumber.get(id))).toEqual(order.map((_, i) => i + 1));
  });

  it('reports a fact whose quote is not in the text, or spans two paragraphs', () => {
    const built = buildArticle(
      'Title\n\nFirst part.\n\nSecond part.',
      [
        { id: 'ok', quote: 'Second' },
        { id: 'missing', quote: 'Nowhere' },
        { id: 'spanning', quote: 'part.\n\nSecond' },
        { id: 'empty', quote: '' },
      ],
      entities,
    );
    expect(built.unplaced).toEqual(['missing', 'spanning', 'empty']);
    expect(built.factNumber.get('ok')).toBe(1);
  });
});

describe('buildArticle for a library document', () => {
  // Facts as the library extracts them (sentences, verbatim, no statement), from lines and a long sentence.
  const longSentence = `Vivek Ramaswamy said ${'the campaign would go on, '.repeat(14)}and then he left the stage.`;
  const draft = {
    title: 'Ramaswamy at the rally',
    text: [
      'Vivek Ramaswamy spoke in Columbus on Monday, and Ramaswamy promised to return.',
      '“We will win Ohio,” Ramaswamy said.',
      '',
      longSentence,
      'Donald Trump was not at the rally in Columbus.',
    ].join('\n'),
  };
  const accepted = [
    { name: 'Vivek Ramaswamy', kind: 'person' as const, aliases: ['Ramaswamy'] },
    { name: 'Donald Trump', kind: 'person' as const, aliases: ['Trump'] },
  ];
  const built = buildDocument(draft, accepted, { documents: [], entities: [...entities] }, new Date());
  if (!built.ok) throw new Error(built.message);
  const { bundle } = built;
  const article = buildArticle(bundle.document.text, bundle.facts, bundle.entities, bundle.document.title);

  it('places every extracted fact, a verbatim part of a long sentence too, in reading order', () => {
    expect(bundle.facts.length).toBe(4);
    expect(
      bundle.facts.some((fact) => fact.quote.length < longSentence.length && longSentence.includes(fact.quote)),
    ).toBe(true);
    expect(article.unplaced).toEqual([]);
    expect(bundle.facts.map((fact) => article.factNumber.get(fact.id))).toEqual([1, 2, 3, 4]);
  });

  it('titles it by its record and shows each line of its text as a paragraph', () => {
    expect(article.title).toBe('Ramaswamy at the rally');
    expect(article.paragraphs).toHaveLength(4);
    const mentioned = article.paragraphs[0]!.segments.filter((segment) => segment.entityId !== undefined);
    expect(mentioned.map((segment) => [segment.text, segment.entityId])).toEqual([
      ['Vivek Ramaswamy', 'vivek-ramaswamy'],
      ['Ramaswamy', 'vivek-ramaswamy'],
    ]);
  });
});
