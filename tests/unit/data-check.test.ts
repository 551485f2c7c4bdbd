import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPack, formatProblem } from '@/data/check-pack';
import type { Entity, Fact, SourceDocument } from '@/data/schema';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = path.join(repoRoot, 'data');
const DOC_ID = 'us-votes-against-un-gaza-ceasefire-resolution';
const DOC_FILE = `${DOC_ID}.txt`;
const text = readFileSync(path.join(dataDir, 'documents', DOC_FILE), 'utf8');

interface RawPack {
  documents: SourceDocument[];
  entities: Entity[];
  facts: Fact[];
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;
}

function loadPack(): RawPack {
  return {
    documents: readJson(dataDir, 'documents.json'),
    entities: readJson(dataDir, 'entities.json'),
    facts: readJson(dataDir, 'facts.json'),
  };
}

function find<T>(list: T[], predicate: (item: T) => boolean): T {
  const item = list.find(predicate);
  if (item === undefined) throw new Error('test setup: no such entry in the real pack');
  return item;
}

function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`test setup: the real pack has no entry #${index}`);
  return item;
}

/** The id of the real pack's entry at `index`, read before any test breaks a copy. */
function idAt(file: 'facts' | 'entities', index = 0): string {
  return at(readJson<{ id: string }[]>(dataDir, `${file}.json`), index).id;
}

const firstParagraph = text.split('\n')[2] ?? '';

interface BrokenPack {
  what: string;
  breakIt: (pack: RawPack) => void;
  file: string;
  entry: string;
  message: string;
}

// Each row breaks a copy of the real pack one way and names the problem checkPack must report.
const cases: BrokenPack[] = [
  {
    what: 'a quote not in the document',
    breakIt: (p) => void (at(p.facts, 0).quote = 'The U.S. voted for it.'),
    file: 'facts.json',
    entry: idAt('facts'),
    message: `quote is not found verbatim in ${DOC_FILE}`,
  },
  {
    what: 'a duplicate fact id',
    breakIt: (p) => void (at(p.facts, 1).id = at(p.facts, 0).id),
    file: 'facts.json',
    entry: idAt('facts'),
    message: 'id is used by entries #0 and #1',
  },
  {
    what: 'a fact naming a missing entity',
    breakIt: (p) => void at(p.facts, 0).entities.push('jane-doe'),
    file: 'facts.json',
    entry: idAt('facts'),
    message: 'entity "jane-doe" is not in entities.json',
  },
  {
    what: 'a fact citing a missing document',
    breakIt: (p) => void (at(p.facts, 0).document = 'other-doc'),
    file: 'facts.json',
    entry: idAt('facts'),
    message: 'document "other-doc" is not in documents.json',
  },
  {
    what: 'an entity with no fact',
    breakIt: (p) => p.facts.forEach((f) => (f.entities = f.entities.filter((id) => id !== 'knesset'))),
    file: 'entities.json',
    entry: 'knesset',
    message: 'no fact names this entity',
  },
  {
    what: 'an entity whose name and aliases are not in the document',
    breakIt: (p) =>
      Object.assign(
        find(p.entities, (e) => e.id === 'egypt'),
        { name: 'Narnia', aliases: ['Narnia'] },
      ),
    file: 'entities.json',
    entry: 'egypt',
    message: 'neither the name nor any alias occurs',
  },
  {
    what: 'an alias shared by two entities',
    breakIt: (p) => find(p.entities, (e) => e.id === 'germany').aliases.push('Italy'),
    file: 'entities.json',
    entry: 'germany',
    message: 'alias "Italy" is also an alias of "italy"',
  },
  {
    what: 'a URL in a statement',
    breakIt: (p) => void (at(p.facts, 2).statement += ' See example.com.'),
    file: 'facts.json',
    entry: idAt('facts', 2),
    message: 'statement contains a URL ("example.com")',
  },
  {
    what: 'a URL in a description',
    breakIt: (p) => void (at(p.entities, 0).description = 'See https://un.org'),
    file: 'entities.json',
    entry: idAt('entities'),
    message: 'description contains a URL ("https://un.org")',
  },
  {
    what: 'a 201-character statement',
    breakIt: (p) => void (at(p.facts, 0).statement = 'a'.repeat(201)),
    file: 'facts.json',
    entry: idAt('facts'),
    message: 'statement is 201 characters long; the limit is 200',
  },
  {
    what: 'a paragraph left unquoted',
    breakIt: (p) => void (p.facts = p.facts.filter((f) => !firstParagraph.includes(f.quote))),
    file: 'documents.json',
    entry: DOC_ID,
    message: 'paragraph 1 of 12',
  },
  {
    what: 'a figure missing',
    breakIt: (p) => void (find(p.facts, (f) => f.quote.includes('60 days')).statement = 'The deal would be short.'),
    file: 'documents.json',
    entry: DOC_ID,
    message: 'no fact carries the figure "60 days"',
  },
  {
    what: 'a wrong kind',
    breakIt: (p) => void ((at(p.entities, 0) as { kind: string }).kind = 'company'),
    file: 'entities.json',
    entry: idAt('entities'),
    message: 'kind is "company", not one of',
  },
  {
    what: 'a title not matching line 1',
    breakIt: (p) => void (at(p.documents, 0).title = 'US Votes'),
    file: 'documents.json',
    entry: DOC_ID,
    message: 'title does not match the first line',
  },
  {
    what: 'a fact without an id',
    breakIt: (p) => void delete (at(p.facts, 3) as Partial<Fact>).id,
    file: 'facts.json',
    entry: '#3',
    message: 'id is missing',
  },
];

describe('data check', () => {
  it.each(cases)('reports $what, naming the file and the entry', ({ breakIt, file, entry, message }) => {
    const pack = loadPack();
    breakIt(pack);
    const { problems } = checkPack({ ...pack, texts: { [DOC_FILE]: text } });
    expect(problems).toContainEqual({ file, entry, message: expect.stringContaining(message) as string });
    expect(problems.map((problem) => formatProblem(problem))).toContainEqual(
      expect.stringMatching(new RegExp(`^data/${file}: ${entry}: `)),
    );
  });

  it('exits 0 and prints the summary on the real pack', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/data-check.ts'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Entities by kind: person \d+/);
    expect(run.stdout).toContain('Paragraphs quoted: 12/12');
    expect(run.stdout).toContain('Figures carried: 5/5');
  }, 30_000);

  it('exits 1 and names the file, entry and problem on a broken copy', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'context-cards-pack-'));
    try {
      for (const file of ['documents.json', 'entities.json', 'facts.json', 'documents']) {
        cpSync(path.join(dataDir, file), path.join(dir, file), { recursive: true });
      }
      const facts = readJson<Fact[]>(dir, 'facts.json');
      const broken = facts.map((fact, index) => (index === 0 ? { ...fact, quote: 'Not in the article.' } : fact));
      writeFileSync(path.join(dir, 'facts.json'), JSON.stringify(broken));
      const run = spawnSync('npx', ['tsx', 'scripts/data-check.ts', dir], { cwd: repoRoot, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('Fact pack:');
      expect(run.stderr).toContain(`/facts.json: ${idAt('facts')}: quote is not found verbatim in ${DOC_FILE}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
