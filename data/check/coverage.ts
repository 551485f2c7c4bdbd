/**
 * Coverage of each document by the facts: every paragraph quoted by at least one fact, every listed
 * figure carried by a fact's quote and statement.
 */
import type { Fact, SourceDocument } from '../schema';
import { carriesFigure, type Figure } from './figures';
import type { Problem } from './problem';
import { paragraphs } from './text';

export interface Coverage {
  problems: Problem[];
  paragraphs: { covered: number; total: number };
  figures: { covered: string[]; missing: string[] };
}

const EXCERPT_LENGTH = 48;

export function checkCoverage(
  documents: readonly SourceDocument[],
  facts: readonly Fact[],
  texts: Readonly<Record<string, string>>,
  figures: Readonly<Record<string, readonly Figure[]>>,
): Coverage {
  const coverage: Coverage = {
    problems: [],
    paragraphs: { covered: 0, total: 0 },
    figures: { covered: [], missing: [] },
  };
  for (const doc of documents) {
    const text = texts[doc.file];
    if (text === undefined) continue;
    const quotes = facts.filter((fact) => fact.document === doc.id).map((fact) => fact.quote);
    const lines = paragraphs(text);
    lines.forEach((line, index) => {
      coverage.paragraphs.total += 1;
      if (quotes.some((quote) => line.includes(quote))) {
        coverage.paragraphs.covered += 1;
        return;
      }
      const excerpt = line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}…` : line;
      const message = `paragraph ${index + 1} of ${lines.length} ("${excerpt}") is not quoted by any fact`;
      coverage.problems.push({ file: 'documents.json', entry: doc.id, message });
    });
    for (const figure of figures[doc.id] ?? []) {
      if (facts.some((fact) => fact.document === doc.id && carriesFigure(figure, fact))) {
        coverage.figures.covered.push(figure.label);
        continue;
      }
      coverage.figures.missing.push(figure.label);
      const message = `no fact carries the figure "${figure.label}" in both its quote and its statement`;
      coverage.problems.push({ file: 'documents.json', entry: doc.id, message });
    }
  }
  return coverage;
}
