/**
 * Bundles tests/fixtures/engine/react-app.ts (React 19) with Vite's build API into tests/output/ (ignored
 * by git), and serves it to the fixture page at /engine/react-app.js through a route.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { build } from 'vite';
import { repoRoot } from './static-server';

const outDir = join(repoRoot, 'tests/output/engine');
export const reactAppBundle = join(outDir, 'react-app.js');

export async function buildReactFixture(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: repoRoot,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(repoRoot, 'tests/fixtures/engine/react-app.ts'),
        formats: ['iife'],
        name: 'ReactFixture',
        fileName: () => 'react-app.js',
      },
    },
  });
  if (!existsSync(reactAppBundle)) throw new Error(`Vite did not write ${reactAppBundle}`);
}

export async function serveReactFixture(context: BrowserContext, origin: string): Promise<void> {
  await context.route(`${origin}/engine/react-app.js`, (route) => route.fulfill({ path: reactAppBundle }));
}
