// `npm test`: every gate in order, then one plain summary line `N passed, N failed`.
// Counts come from the runners' JSON reports (Vitest, Playwright); each other gate counts as one check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const gates = [
  ['format', 'npm', ['run', '--silent', 'format:check']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['types', 'npm', ['run', '--silent', 'typecheck']],
  ['data', 'npm', ['run', '--silent', 'data:check']],
  ['unit', 'npx', ['vitest', 'run'], 'test-results/vitest.json'],
  ['node 22', 'node', ['scripts/node22-check.mjs']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['firefox', 'npm', ['run', '--silent', 'lint:firefox']],
  ['e2e', 'npx', ['playwright', 'test'], 'test-results/playwright.json'],
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

for (const [name, command, args, report] of gates) {
  if (only.length > 0 && !only.includes(name)) continue;
  if (report) rmSync(report, { force: true });
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  const counts = report ? readCounts(report) : undefined;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  } else {
    if (status === 0) passed++;
    else failed++;
  }
  if (status !== 0) failures.push(name);
}

if (failures.length > 0) console.log(`\nFailed gates: ${failures.join(', ')}`);
const summary = `${passed} passed, ${failed} failed`;
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(summary);
process.exit(failures.length > 0 ? 1 : 0);

/** Tests passed and failed in a runner's JSON report; a gate that crashed before reporting counts as one failure. */
function readCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const json = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in json) {
    const suiteErrors = json.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0);
    return { passed: json.numPassedTests, failed: json.numFailedTests + suiteErrors.length };
  }
  const { expected = 0, unexpected = 0, flaky = 0 } = json.stats ?? {};
  const errors = json.errors?.length ?? 0;
  return { passed: expected, failed: unexpected + flaky + errors };
}
