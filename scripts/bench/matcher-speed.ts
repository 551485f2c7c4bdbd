/** The matcher's throughput in Node, from the existing scripts/bench-matcher.ts (`--json`). */
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../../tests/e2e/static-server';

export interface MatcherSpeed {
  mbPerSecond: number;
  mentions: number;
  bytes: number;
}

export function matcherSpeed(): MatcherSpeed {
  const result = spawnSync('npx', ['tsx', 'scripts/bench-matcher.ts', '--json'], { cwd: repoRoot, encoding: 'utf8' });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !line.startsWith('{')) {
    throw new Error(`scripts/bench-matcher.ts --json failed:\n${result.stdout}\n${result.stderr}`);
  }
  return JSON.parse(line) as MatcherSpeed;
}
