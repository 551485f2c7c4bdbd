// `npm test`'s Node 22 gate: the unit tests and the build run on Node 22 as well as on the machine's Node
// (20 here). Node 22 comes from the npm registry's official binary package for this platform, cached in
// node_modules/.cache, so the gate needs nothing the project does not install itself.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = '22.23.5';
const pkg = `node-${process.platform}-${process.arch}`;
const prefix = join('node_modules', '.cache', `node-${VERSION}`);
const node = join(prefix, 'node_modules', pkg, 'bin', 'node');

function run(command, args, env = {}) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) process.exit(status ?? 1);
}

if (!existsSync(node)) {
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `${pkg}@${VERSION}`]);
}
run(node, ['--version']);
// The reports of the main run stay where they are: this gate counts as one check.
run(node, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=dot', '--outputFile.json=/dev/null']);
run(node, ['node_modules/wxt/bin/wxt.mjs', 'build'], { CC_OUT_DIR: '.output-node22' });
