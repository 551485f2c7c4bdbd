/**
 * The extension under test: built by `npx wxt build` into a private output directory (so a bench never
 * clobbers anyone's .output/), or an existing Chrome MV3 build named by CC_BENCH_EXTENSION_DIR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../../tests/e2e/static-server';

const BENCH_OUT_DIR = '.output-bench';

export function extensionUnderTest(): { dir: string; built: boolean } {
  const given = process.env.CC_BENCH_EXTENSION_DIR;
  if (given) {
    if (!existsSync(join(given, 'manifest.json')))
      throw new Error(`CC_BENCH_EXTENSION_DIR has no manifest.json: ${given}`);
    return { dir: given, built: false };
  }
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: repoRoot,
    // Hidden source maps split our CPU by module; WXT_BENCH_HOOKS lets the benchmark give the background a
    // synthetic library (entrypoints/background.ts). Neither changes a normal build.
    env: { ...process.env, CC_OUT_DIR: BENCH_OUT_DIR, CC_SOURCEMAP: '1', WXT_BENCH_HOOKS: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`\`npx wxt build\` failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { dir: join(repoRoot, BENCH_OUT_DIR, 'chrome-mv3'), built: true };
}

export interface GzipSize {
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  gzipBytes: number;
}

/** The files the manifest's content scripts load on every page (JS and CSS), each gzipped at level 9, summed. */
export function contentScriptGzipSize(extensionDir: string): GzipSize {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  const files = new Set(
    (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
  );
  return gzipSizes(extensionDir, [...files]);
}

/** Files of the build loaded later, on demand (the engine, the card), each gzipped; missing ones are left out. */
export function onDemandGzipSize(extensionDir: string, files: readonly string[]): GzipSize {
  return gzipSizes(
    extensionDir,
    files.filter((file) => existsSync(join(extensionDir, file))),
  );
}

function gzipSizes(dir: string, names: readonly string[]): GzipSize {
  const files = [...names].sort().map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
