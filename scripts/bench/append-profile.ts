/**
 * Where the time of an appended batch goes (issue 11: the appends' p95). `npx tsx
 * scripts/bench/append-profile.ts` loads the generated 3 MB page with the extension, scrolls to its end and
 * appends batches of 100 paragraphs one at a time, each under the V8 sampling profiler (CDP Profiler,
 * 50 µs), and prints for each batch its pass's detail.workMs and our CPU by source file and function.
 * Environment: CC_BENCH_EXTENSION_DIR (a build with CC_SOURCEMAP=1; else one is built), CC_BENCH_APPENDS
 * (batches, default 6), CC_BENCH_RUNS (fresh loads, default 2).
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { startStaticServer } from '../../tests/e2e/static-server';
import { launchBrowsers } from './browsers';
import { extensionUnderTest } from './extension-build';
import { appendedBatchHtml, generatedPageHtml } from './generated-page';
import { readSourceMap, type SourceLookup } from './source-map';
import { unpackedExtensionId } from './whole-cost';

const GENERATED = '/__bench/generated-3mb.html';
const APPENDS = Number(process.env.CC_BENCH_APPENDS ?? 6);
const RUNS = Number(process.env.CC_BENCH_RUNS ?? 2);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const scans = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByName('context-cards:scan', 'measure')
      .map((entry) => (entry as PerformanceMeasure).detail as { workMs: number; mentions: number }),
  );

async function settled(page: Page, after: number): Promise<Array<{ workMs: number; mentions: number }>> {
  const start = Date.now();
  let last = -1;
  let changedAt = start;
  for (;;) {
    const list = await scans(page);
    if (list.length !== last) [last, changedAt] = [list.length, Date.now()];
    if ((list.length > after && Date.now() - changedAt > 300) || Date.now() - start > 5_000) return list;
    await sleep(50);
  }
}

async function main(): Promise<void> {
  const extension = extensionUnderTest();
  const origin = `chrome-extension://${unpackedExtensionId(extension.dir)}/`;
  const maps = new Map<string, SourceLookup | undefined>();
  const sourceOf = (frame: Node['callFrame']) => {
    if (!maps.has(frame.url))
      maps.set(frame.url, readSourceMap(join(extension.dir, `${frame.url.slice(origin.length)}.map`)));
    const source = maps.get(frame.url)?.sourceAt(frame.lineNumber, frame.columnNumber) ?? frame.url;
    return source.replace(/^(\.\.\/)+/, '');
  };
  const { origin: site, server } = await startStaticServer();
  const browsers = await launchBrowsers(extension.dir, new Map([[GENERATED, generatedPageHtml()]]));
  try {
    for (let run = 1; run <= RUNS; run++) {
      const page = await browsers.withExtension.newPage();
      await page.goto(site + GENERATED, { waitUntil: 'load', timeout: 60_000 });
      let seen = (await settled(page, 0)).length;
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      seen = (await settled(page, seen - 1)).length;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      for (let batch = 0; batch < APPENDS; batch++) {
        await cdp.send('Profiler.start');
        await page.evaluate(`window.__ccBench.append(${JSON.stringify(appendedBatchHtml(batch))})`);
        const list = await settled(page, seen);
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        const passes = list.slice(seen);
        seen = list.length;
        const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
        const self = new Map<string, number>();
        let ours = 0;
        profile.samples.forEach((id, i) => {
          const node = byNode.get(id)!;
          const us = profile.timeDeltas[i + 1] ?? 0;
          const frame = node.callFrame;
          // Only samples with our script on the stack: walk up for the nearest frame of ours.
          if (!stackHasOurs(profile, byNode, id, origin)) return;
          ours += us;
          const where = frame.url.startsWith(origin)
            ? `${sourceOf(frame)} ${frame.functionName || '(anonymous)'}`
            : `[native] ${frame.functionName || frame.url || '(program)'}`;
          self.set(where, (self.get(where) ?? 0) + us);
        });
        const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
        console.log(
          `run ${run} batch ${batch}: workMs ${passes.map((p) => p.workMs).join('+')} (${passes.reduce((n, p) => n + p.mentions, 0)} mentions); our CPU ${(ours / 1000).toFixed(2)} ms`,
        );
        for (const [where, us] of top) console.log(`   ${(us / 1000).toFixed(2).padStart(6)} ms  ${where}`);
      }
      await cdp.detach();
      await page.close();
    }
  } finally {
    await browsers.close();
    await new Promise((done) => server.close(done));
  }
}

const parentsCache = new WeakMap<Profile, Map<number, number>>();
function stackHasOurs(profile: Profile, byNode: Map<number, Node>, id: number, origin: string): boolean {
  let parents = parentsCache.get(profile);
  if (!parents) {
    parents = new Map();
    for (const node of profile.nodes as Array<Node & { children?: number[] }>)
      for (const child of node.children ?? []) parents.set(child, node.id);
    parentsCache.set(profile, parents);
  }
  for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
    if (byNode.get(at)?.callFrame.url.startsWith(origin)) return true;
  }
  return false;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
