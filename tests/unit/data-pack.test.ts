import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { checkPack, formatProblem, type PackInput } from '@/data/check-pack';
import { documentText } from '@/data/document-text';
import { documentById, documents, entities, entityById, facts, factsByEntity } from '@/data/index';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = path.join(repoRoot, 'data');
const DOCUMENT = 'us-votes-against-un-gaza-ceasefire-resolution.txt';
const DOCUMENT_SHA256 = '734611ddc2d8a5d39e22cf1d5998cb77f84651b79f1436b1945aaf3827b7dfc0';
const JSON_FILES = ['documents.json', 'entities.json', 'facts.json'] as const;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
}

function realPack(): PackInput {
  return {
    documents: readJson('documents.json'),
    entities: readJson('entities.json'),
    facts: readJson('facts.json'),
    texts: { [DOCUMENT]: readFileSync(path.join(dataDir, 'documents', DOCUMENT), 'utf8') },
  };
}

// The entities the issue requires (issue 3, "Coverage").
const REQUIRED_ENTITIES = [
  'unrwa',
  'un-general-assembly',
  'un-security-council',
  'antony-blinken',
  'donald-trump',
  'biden-administration',
  'benjamin-netanyahu',
  'hamas',
  'israel',
  'knesset',
  'amnesty-international',
  'gaza',
  'egypt',
  'italy',
  'germany',
  'united-states',
  'state-department',
  'the-washington-post',
  'the-wall-street-journal',
];

describe('data pack', () => {
  it('passes every pack check with no problems', () => {
    const { problems } = checkPack(realPack());
    expect(problems.map((problem) => formatProblem(problem))).toEqual([]);
  });

  it('quotes every paragraph and carries every figure of the document', () => {
    const { summary } = checkPack(realPack());
    expect(summary.paragraphs).toEqual({ covered: 12, total: 12 });
    expect(summary.figures.missing).toEqual([]);
    expect(summary.figures.covered).toHaveLength(5);
  });

  it('has the entities the issue lists and 30 to 60 facts', () => {
    expect(entities.map((entity) => entity.id)).toEqual(expect.arrayContaining(REQUIRED_ENTITIES));
    expect(facts.length).toBeGreaterThanOrEqual(30);
    expect(facts.length).toBeLessThanOrEqual(60);
  });

  it('ships the document byte for byte as the source article', () => {
    const shipped = readFileSync(path.join(dataDir, 'documents', DOCUMENT));
    // The source's SHA-256, so a clone with nothing beside it checks the bytes too.
    expect(createHash('sha256').update(shipped).digest('hex')).toBe(DOCUMENT_SHA256);
    // And the source itself, when ../shared is beside the clone.
    const source = path.resolve(repoRoot, '../shared/documents', DOCUMENT);
    if (existsSync(source)) expect(shipped.equals(readFileSync(source))).toBe(true);
  });

  it('bundles each document text through document-text.ts unchanged', () => {
    for (const doc of documents) {
      expect(documentText(doc.id)).toBe(readFileSync(path.join(dataDir, 'documents', doc.file), 'utf8'));
    }
    expect(documentText('no-such-document')).toBeUndefined();
  });

  it('exports lookups that agree with the JSON, with facts in file order', () => {
    expect(documentById.size).toBe(documents.length);
    expect([...entityById.keys()]).toEqual(entities.map((entity) => entity.id));
    for (const entity of entities) {
      const expected = facts.filter((fact) => fact.entities.includes(entity.id));
      expect(factsByEntity.get(entity.id)).toEqual(expected);
    }
  });

  it.each(JSON_FILES)('keeps %s formatted as Prettier writes it', async (file) => {
    const filepath = path.join(dataDir, file);
    const options = (await resolveConfig(filepath)) ?? { singleQuote: true, printWidth: 120 };
    const text = readFileSync(filepath, 'utf8');
    expect(await format(text, { ...options, filepath })).toBe(text);
  });
});
