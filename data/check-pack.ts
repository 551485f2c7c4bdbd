/**
 * Validates the fact pack as a whole. Pure: the caller reads the files (scripts/data-check.ts, the tests)
 * and passes the parsed JSON values and the document texts; nothing here touches the file system.
 */
import { checkCoverage } from './check/coverage';
import { requiredFigures, type Figure } from './check/figures';
import type { Problem } from './check/problem';
import { documentProblems, duplicateIds, entityProblems, factProblems, type ParsedPack } from './check/references';
import { entryName, fieldPath, parseFile } from './check/schema-problems';
import { findUrl, stringsIn } from './check/text';
import {
  documentSchema,
  documentsFileSchema,
  entitiesFileSchema,
  entityKindSchema,
  entitySchema,
  factSchema,
  factsFileSchema,
  type EntityKind,
} from './schema';

export type { Problem } from './check/problem';
export { formatProblem } from './check/problem';

export interface PackInput {
  /** The parsed (not yet validated) contents of documents.json, entities.json and facts.json. */
  documents: unknown;
  entities: unknown;
  facts: unknown;
  /** Document texts keyed by file name, as documents.json names them. */
  texts: Readonly<Record<string, string>>;
  /** The figures each document must carry, keyed by document id; defaults to check/figures.ts. */
  figures?: Readonly<Record<string, readonly Figure[]>>;
}

export interface PackSummary {
  documents: number;
  entities: number;
  entitiesByKind: Record<EntityKind, number>;
  facts: number;
  paragraphs: { covered: number; total: number };
  figures: { covered: string[]; missing: string[] };
}

export interface PackReport {
  problems: Problem[];
  summary: PackSummary;
}

export function checkPack(input: PackInput): PackReport {
  const documents = parseFile('documents.json', input.documents, documentsFileSchema, documentSchema);
  const entities = parseFile('entities.json', input.entities, entitiesFileSchema, entitySchema);
  const facts = parseFile('facts.json', input.facts, factsFileSchema, factSchema);
  const pack: ParsedPack = {
    documents: documents.entries,
    entities: entities.entries,
    facts: facts.entries,
    texts: input.texts,
  };
  const coverage = checkCoverage(pack.documents, pack.facts, pack.texts, input.figures ?? requiredFigures);
  const problems = [
    ...documents.problems,
    ...entities.problems,
    ...facts.problems,
    ...duplicateIds('documents.json', input.documents),
    ...duplicateIds('entities.json', input.entities),
    ...duplicateIds('facts.json', input.facts),
    ...urlProblems(input),
    ...documentProblems(pack),
    ...entityProblems(pack),
    ...factProblems(pack),
    ...coverage.problems,
  ];
  const entitiesByKind = Object.fromEntries(entityKindSchema.options.map((kind) => [kind, 0])) as Record<
    EntityKind,
    number
  >;
  for (const entity of pack.entities) entitiesByKind[entity.kind] += 1;
  const summary: PackSummary = {
    documents: pack.documents.length,
    entities: pack.entities.length,
    entitiesByKind,
    facts: pack.facts.length,
    paragraphs: coverage.paragraphs,
    figures: coverage.figures,
  };
  return { problems, summary };
}

/** The pack ships no URLs: the document names none, so any URL in the pack would be invented. */
function urlProblems(input: PackInput): Problem[] {
  const files = [
    ['documents.json', input.documents],
    ['entities.json', input.entities],
    ['facts.json', input.facts],
  ] as const;
  return files.flatMap(([file, raw]) =>
    [...stringsIn(raw)].flatMap(([value, path]): Problem[] => {
      const url = findUrl(value);
      if (url === undefined) return [];
      const [index, ...rest] = path;
      const entry = typeof index === 'number' ? entryName(raw, index) : '(file)';
      return [{ file, entry, message: `${fieldPath(rest) || 'a value'} contains a URL ("${url}"); the pack has none` }];
    }),
  );
}

export function formatSummary(summary: PackSummary): string {
  const kinds = Object.entries(summary.entitiesByKind)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  const { covered, missing } = summary.figures;
  const figures = covered.length + missing.length;
  return [
    `Fact pack: ${summary.documents} document(s), ${summary.entities} entities, ${summary.facts} facts`,
    `Entities by kind: ${kinds}`,
    `Paragraphs quoted: ${summary.paragraphs.covered}/${summary.paragraphs.total}`,
    `Figures carried: ${covered.length}/${figures}${covered.length > 0 ? ` (${covered.join('; ')})` : ''}`,
  ].join('\n');
}
