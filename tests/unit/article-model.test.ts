import { describe, expect, it } from 'vitest';
import { documentText } from '@/data/document-text';
import { documents, entities, facts } from '@/data/index';
import { buildArticle } from '@/utils/article-model';
import { passageRuns } from '@/utils/article-segments';
import { compileMatcher } from '@/utils/match';

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
