import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entitiesFileSchema } from '@/data/schema';
import { compileMatcher } from '@/utils/match';

const entities = entitiesFileSchema.parse(JSON.parse(readFileSync('data/entities.json', 'utf8')));
const document = readFileSync('data/documents/us-votes-against-un-gaza-ceasefire-resolution.txt', 'utf8');
const mentions = compileMatcher(entities)(document);

describe('compileMatcher', () => {
  it.each(entities.map((entity) => [entity.id, entity] as const))(
    'finds %s in the source document by its name or an alias',
    (id, entity) => {
      const texts = mentions.filter((mention) => mention.entityId === id).map((m) => document.slice(m.start, m.end));
      expect(texts.length).toBeGreaterThan(0);
      const forms = [
        entity.name,
        ...entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
      ].map((form) => form.replaceAll('’', "'"));
      // The document writes "UN", not "U.N."; its apostrophes are curly where an alias may have "'".
      for (const text of texts) expect(forms).toContain(text.replace(/\s+/g, ' ').replaceAll('’', "'"));
    },
  );

  it('finds the pack’s mentions in the document sorted and non-overlapping', () => {
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });
});
