/**
 * Line-level self time of our page scripts on a page (CDP Profiler, 50 µs, positionTicks), summed over
 * fresh loads: `npx tsx scripts/bench/line-profile.ts <extension dir> <page path> [loads]`. Meant for an
 * unminified build, whose lines are readable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { resolveChromium } from '../../tests/e2e/browser-path';
import { startStaticServer } from '../../tests/e2e/static-server';
import { unpackedExtensionId } from './whole-cost';

const [dir, path, loadsArg] = process.argv.slice(2);
const LOADS = Number(loadsArg ?? 5);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  positionTicks?: Array<{ line: number; ticks: number }>;
}

async function main(): Promise<void> {
  const origin = `chrome-extension://${unpackedExtensionId(dir!)}/`;
  const context = await chromium.launchPersistentContext('', {
    executablePath: resolveChromium(),
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const { origin: site, server } = await startStaticServer();
  const byLine = new Map<string, number>();
  let total = 0;
  let inclusive = 0;
  const leaves = new Map<string, number>();
  try {
    await new Promise((done) => setTimeout(done, 1500));
    for (let i = 0; i < LOADS; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await page.goto(site + path!, { waitUntil: 'load' });
      await page.waitForTimeout(2500);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
        profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
      };
      const parent = new Map<number, number>();
      for (const node of profile.nodes as Array<ProfileNode & { children?: number[] }>)
        for (const child of node.children ?? []) parent.set(child, node.id);
      const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
      const isOurs = (id: number): boolean => {
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
          if (nodes.get(at)!.callFrame.url.startsWith(origin)) return true;
        return false;
      };
      const leafNames = new Map<string, number>();
      profile.samples.forEach((id, k) => {
        const us = profile.timeDeltas[k + 1] ?? 0;
        if (!isOurs(id)) return;
        inclusive += Math.min(us, 1000);
        const name = nodes.get(id)!.callFrame.functionName || '(anon)';
        const key = nodes.get(id)!.callFrame.url.startsWith(origin) ? '(ours, self)' : name;
        leafNames.set(key, (leafNames.get(key) ?? 0) + Math.min(us, 1000));
      });
      for (const [name, us] of leafNames) leaves.set(name, (leaves.get(name) ?? 0) + us);
      for (const node of profile.nodes) {
        if (!node.callFrame.url.startsWith(origin)) continue;
        for (const tick of node.positionTicks ?? []) {
          const key = `${node.callFrame.url.slice(origin.length)}:${tick.line} ${node.callFrame.functionName}`;
          byLine.set(key, (byLine.get(key) ?? 0) + tick.ticks);
          total += tick.ticks;
        }
      }
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
  }
  const sources = new Map<string, string[]>();
  const lineOf = (key: string) => {
    const [file, rest] = key.split(':');
    if (!sources.has(file!)) sources.set(file!, readFileSync(join(dir!, file!), 'utf8').split('\n'));
    return sources.get(file!)![Number(rest!.split(' ')[0]) - 1]?.trim().slice(0, 110);
  };
  console.log(`ours inclusive per load: ${(inclusive / 1000 / LOADS).toFixed(2)} ms; leaves under ours:`);
  for (const [name, us] of [...leaves].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${(us / 1000 / LOADS).toFixed(2).padStart(7)} ms  ${name}`);
  console.log(`ticks (50 µs) per load, total ${(total / LOADS).toFixed(0)}`);
  for (const [key, ticks] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${(ticks / LOADS).toFixed(1).padStart(6)}  ${key.padEnd(40)} ${lineOf(key)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
