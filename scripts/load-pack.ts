/**
 * Reads the fact pack from a directory and checks it (data/check-pack.ts). Used by `npm run data:check`
 * and by the build (wxt.config.ts), so a broken pack never builds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPack, type PackSummary, type Problem } from '../data/check-pack';

export function loadAndCheckPack(dir: string): { problems: Problem[]; summary: PackSummary } {
  const readProblems: Problem[] = [];
  const readJson = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
    } catch (error) {
      readProblems.push({ file, entry: '(file)', message: `cannot be read as JSON: ${(error as Error).message}` });
      return undefined;
    }
  };
  const documentsDir = path.join(dir, 'documents');
  const texts = Object.fromEntries(
    (existsSync(documentsDir) ? readdirSync(documentsDir) : [])
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, readFileSync(path.join(documentsDir, name), 'utf8')]),
  );
  const report = checkPack({
    documents: readJson('documents.json'),
    entities: readJson('entities.json'),
    facts: readJson('facts.json'),
    texts,
  });
  return { problems: [...readProblems, ...report.problems], summary: report.summary };
}
