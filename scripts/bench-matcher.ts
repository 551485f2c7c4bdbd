/**
 * Node throughput of the mention matcher (issue 4, "Benchmark"): about 3 MB of English prose in 20,000
 * paragraphs with about 2,400 mentions, matched as one string per paragraph joined by blank lines.
 *
 *   npx tsx scripts/bench-matcher.ts          human-readable summary
 *   npx tsx scripts/bench-matcher.ts --json   { "mbPerSecond", "mentions", "bytes" } on stdout
 *
 * The matcher is compiled from data/entities.json; the prose is the generated page's (scripts/bench).
 * MB are 10^6 bytes of UTF-8; the figure is the median of 5 timed passes after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Entity } from '@/data/schema';
import { compileMatcher } from '@/utils/match';
import { GENERATED_NAMES_EVERY, GENERATED_PARAGRAPHS, proseParagraphs } from './bench/generated-page';

const PASSES = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const json = process.argv.includes('--json');
const source = 'data/entities.json';
const entities = JSON.parse(readFileSync(source, 'utf8')) as Array<Pick<Entity, 'id' | 'aliases'>>;
// The prose of the benchmark's generated page, one string with paragraphs separated by blank lines.
const text = proseParagraphs(GENERATED_PARAGRAPHS, GENERATED_NAMES_EVERY, 42).join('\n\n');
const bytes = Buffer.byteLength(text, 'utf8');
const match = compileMatcher(entities);

let mentions = match(text).length; // warm-up
const rates: number[] = [];
for (let pass = 0; pass < PASSES; pass++) {
  const start = performance.now();
  mentions = match(text).length;
  const seconds = (performance.now() - start) / 1000;
  rates.push(bytes / 1e6 / seconds);
}
const mbPerSecond = Math.round(median(rates) * 10) / 10;

if (json) {
  console.log(JSON.stringify({ mbPerSecond, mentions, bytes }));
} else {
  console.log(`matcher (${source}): ${(bytes / 1e6).toFixed(2)} MB, ${mentions} mentions`);
  console.log(`passes: ${rates.map((rate) => rate.toFixed(1)).join(', ')} MB/s`);
  console.log(`median: ${mbPerSecond} MB/s (target ≥ 100)`);
}
