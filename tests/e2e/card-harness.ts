import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { Page } from '@playwright/test';
import type { CardProps } from '@/components/Card';
import { repoRoot } from './static-server';

/** `?inline` CSS imports (Vite's) as text. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(builder) {
    builder.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: join(repoRoot, args.path.replace(/^@\//, '').replace(/\?inline$/, '')),
      namespace: 'file',
    }));
  },
};

let script: Promise<string> | undefined;

/** card-harness-entry.tsx bundled once per test worker. */
function harnessScript(): Promise<string> {
  script ??= build({
    entryPoints: [join(repoRoot, 'tests/e2e/card-harness-entry.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    plugins: [inlineCss],
    tsconfig: join(repoRoot, 'tsconfig.json'),
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return script;
}

export type CardData = Pick<CardProps, 'entity' | 'sources' | 'notice'>;

/** Renders the card for `data` on the page, as the extension's card renderer would. */
export async function showCardWith(page: Page, data: CardData, theme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.addScriptTag({ content: await harnessScript() });
  await page.evaluate(
    ([value, scheme]) =>
      (window as unknown as { showCard(data: unknown, theme: string): void }).showCard(value, scheme),
    [data, theme] as const,
  );
}
