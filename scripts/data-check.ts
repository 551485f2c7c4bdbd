/**
 * `npm run data:check [dir]`: validates the fact pack in data/ (or in dir), prints its summary, and on any
 * problem prints `data/<file>: <entry>: <problem>` lines and exits 1, so a broken pack never builds.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, formatSummary } from '../data/check-pack';
import { loadAndCheckPack } from './load-pack';

const dir = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../data', import.meta.url)));
const shownDir = path.relative(process.cwd(), dir) || '.';
const { problems, summary } = loadAndCheckPack(dir);

console.log(formatSummary(summary));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${shownDir}/:`);
  for (const problem of problems) console.error(formatProblem(problem, shownDir));
  process.exitCode = 1;
}
