/**
 * Node throughput of the mention matcher (issue 4, "Benchmark"): about 3 MB of English prose in 20,000
 * paragraphs with about 2,400 mentions, matched as one string per paragraph joined by blank lines.
 *
 *   npx tsx scripts/bench-matcher.ts          human-readable summary
 *   npx tsx scripts/bench-matcher.ts --json   { "mbPerSecond", "mentions", "bytes" } on stdout
 *
 * The matcher is compiled from data/entities.json when it exists, else from a built-in table.
 * MB are 10^6 bytes of UTF-8; the figure is the median of 5 timed passes after a warm-up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Entity } from '@/data/schema';
import { compileMatcher } from '@/utils/match';

type MatcherEntity = Pick<Entity, 'id' | 'aliases'>;

const PARAGRAPHS = 20_000;
const MENTION_EVERY = 25; // 800 paragraphs carry 3 names each: ~2,400 mentions
const PASSES = 5;

const BUILT_IN: MatcherEntity[] = [
  { id: 'unrwa', aliases: ['UNRWA', 'UN Relief and Works Agency'] },
  {
    id: 'un-general-assembly',
    aliases: ['UN General Assembly', { text: 'General Assembly', guard: 'un-context' }],
  },
  {
    id: 'un-security-council',
    aliases: ['UN Security Council', { text: 'Security Council', guard: 'un-context' }],
  },
  { id: 'antony-blinken', aliases: ['Antony Blinken', 'Blinken'] },
  { id: 'donald-trump', aliases: ['Donald Trump', 'Trump'] },
  { id: 'biden-administration', aliases: ['Biden administration', 'Joe Biden', 'Biden'] },
  { id: 'benjamin-netanyahu', aliases: ['Benjamin Netanyahu', 'Netanyahu'] },
  { id: 'hamas', aliases: ['Hamas'] },
  { id: 'israel', aliases: ['Israel'] },
  { id: 'knesset', aliases: ['Knesset'] },
  { id: 'amnesty-international', aliases: ['Amnesty International'] },
  { id: 'state-department', aliases: ['State Department'] },
  { id: 'washington-post', aliases: ['The Washington Post', 'Washington Post'] },
  { id: 'wall-street-journal', aliases: ['The Wall Street Journal', 'Wall Street Journal'] },
  { id: 'united-states', aliases: ['United States', 'U.S.', { text: 'US', guard: 'not-in-caps' }] },
];

/** Everyday web prose, with capitalised words and near misses (Israeli, trumpet, a state's General Assembly). */
const FILLER = [
  'The city council met on Tuesday to discuss the budget for parks.',
  'Residents of Springfield said the road works made commutes longer.',
  'A trumpet solo opened the concert in the old Town Hall.',
  'Israeli and Egyptian officials met in Cairo, people said.',
  'The North Carolina General Assembly passed the bill on Thursday.',
  'Shares in technology companies rose after the earnings report.',
  'Doctors at St. Mary’s Hospital warned of an early flu season.',
  'He played his trump card in the final round at Wembley.',
  'Forecasters expect heavy rain across the north of England.',
  'The National Security Council spokesman declined to comment.',
  'Sign up for our free newsletter to get the best stories daily.',
  'Volunteers planted four hundred trees along the river.',
];

const WITH_NAMES = [
  (a: string, b: string, c: string) =>
    `Officials said ${a} and ${b} had spoken by phone, while ${c} declined to comment.`,
  (a: string, b: string, c: string) =>
    `According to reports, ${a} criticised ${b}’s position before meeting ${c} on Monday.`,
  (a: string, b: string, c: string) =>
    `${a} said the vote showed that ${b} and ${c} remain far apart on the ceasefire.`,
];

function loadEntities(): { entities: MatcherEntity[]; source: string } {
  const path = 'data/entities.json';
  if (!existsSync(path)) return { entities: BUILT_IN, source: 'built-in table' };
  return { entities: JSON.parse(readFileSync(path, 'utf8')) as MatcherEntity[], source: path };
}

/** Deterministic text: the same bytes on every run (a small linear congruential generator). */
function buildText(names: string[]): string {
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const pick = <T>(list: T[]): T => list[next(list.length)]!;
  const paragraphs: string[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    const sentences = [pick(FILLER), pick(FILLER)];
    if (next(3) === 0) sentences.push(pick(FILLER));
    if (i % MENTION_EVERY === 0) sentences.push(pick(WITH_NAMES)(pick(names), pick(names), pick(names)));
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const json = process.argv.includes('--json');
const { entities, source } = loadEntities();
// Each entity's longest plain alias stands in for its name in the generated prose.
const names = entities.map((entity) =>
  entity.aliases
    .map((alias) => (typeof alias === 'string' ? alias : alias.text))
    .reduce((longest, alias) => (alias.length > longest.length ? alias : longest)),
);
const text = buildText(names);
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
