/**
 * `npm run bench`: the budgets of DESIGN.md measured in headless Chromium with the built extension (issue 11).
 * The whole per-page cost: our extension and a minimal highlighter loaded in one Chromium, fresh traced loads,
 * CPU attributed to each by script URL (whole-cost.ts), medians of RUNS loads; then the same pages with a
 * synthetic 10,000-alias library; then, on the generated 3 MB page, appended paragraphs, long tasks and heap.
 * A report, not a gate: it exits 0 even when a budget fails, and marks those rows FAIL.
 *
 * Environment: CC_BENCH_EXTENSION_DIR (use this Chrome MV3 build, built with CC_SOURCEMAP=1 and
 * WXT_BENCH_HOOKS=1, instead of building one into .output-bench/), CC_BENCH_RUNS (default 5), CC_BENCH_APPENDS
 * (appended batches per run on the generated page, default 4, so 20 samples in all), CC_BENCH_PAGES (a
 * comma-separated subset of the page names below), CC_BENCH_SKIP (a comma-separated list of `library`, the
 * 10,000-alias loads, `generated`, the generated 3 MB page: appends, long tasks, heap, and `references`, the
 * reference highlighters between the floor and ours (reference-extensions.ts); for quicker runs while
 * working, never for the README's figures), CC_BENCH_TOP (how many of our functions "Where ours goes"
 * lists, default 14) and CC_BENCH_LEAF (set: each also names the innermost frame under it, native or not).
 * `npx tsx scripts/bench/line-profile.ts <dir> <path>` goes further: self time by line, for a build made
 * without minifying.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { repoRoot, startStaticServer } from '../../tests/e2e/static-server';
import { launchBrowsers } from './browsers';
import { CATEGORIES, type Split } from './cpu-attribution';
import { contentScriptGzipSize, extensionUnderTest, onDemandGzipSize } from './extension-build';
import { writeFloorExtension } from './floor-extension';
import { generatedPageHtml, noMentionPageHtml } from './generated-page';
import { markjsRegexSource } from './markjs-regex';
import { matcherSpeed } from './matcher-speed';
import { loadPlain, loadTraced, loadWithExtension, type Scan } from './page-loads';
import { budgetTable, referenceTable, show, status, wholeCostTable, type PageCost, type Row } from './report';
import { max, median, percentile } from './stats';
import { writeReferenceExtensions } from './reference-extensions';
import { syntheticLibrary } from './synthetic-library';
import { launchPair, pairedLoad, type PairedBrowser, type PairedLoad } from './whole-cost';

const RUNS = Number(process.env.CC_BENCH_RUNS ?? 5);
const APPENDS = Number(process.env.CC_BENCH_APPENDS ?? 4);
const SKIP = new Set(process.env.CC_BENCH_SKIP?.split(',').map((part) => part.trim()));
const GENERATED = '/__bench/generated-3mb.html';
const NO_MENTION = '/__bench/no-mention.html';
/** Files loaded on demand, whose size is reported beside the every-page content script. */
const ON_DEMAND = ['content-engine.js', 'card-ui.js'];

/**
 * The pages of issue 11's table: a page with no mention, and corpus news pages with and without mentions,
 * with and without frames (frames counted at run time).
 */
const PAGES: Array<{ name: string; path: string }> = [
  { name: 'no mention (generated, 11 k chars)', path: NO_MENTION },
  { name: 'theintercept.com', path: '/corpus/adbar-trafilatura__theintercept.com-Gaza.html' },
  { name: 'timesofisrael.com', path: '/corpus/adbar-trafilatura__timesofisrael.com.washington.html' },
  { name: 'vox.com', path: '/corpus/postlight-parser__www.vox.com.html' },
  { name: 'washingtonpost.com', path: '/corpus/mozilla-readability__wapo-1.html' },
  { name: 'nytimes.com', path: '/corpus/mozilla-readability__nytimes-1.html' },
  { name: 'sfgate.com', path: '/corpus/scrapinghub-article-extraction-benchmark__sfgate.com_aec5deea.html' },
  { name: 'theguardian.com', path: '/corpus/mozilla-readability__guardian-1.html' },
  { name: 'wikipedia.org (maths)', path: '/corpus/mozilla-readability__wikipedia-3.html' },
];

const HOW_MEASURED = [
  "How: our extension and a minimal highlighter (a content script that walks the body's text nodes, runs one",
  'combined pattern of the same aliases over each and registers one StaticRange per hit; it runs in every',
  'frame, as ours does) are loaded in ONE headless Chromium. Each fresh page load is traced (CDP Tracing, V8',
  "CPU samples); each extension's CPU is the samples whose stack holds one of its scripts",
  '(chrome-extension://<id>/…) plus the compile of its scripts, in every frame, from navigation until both',
  'have recorded their pass and nothing changed for 1 s. Medians of the loads; the ratio is per load, then the',
  'median. Ours is split by the source file on the stack (hidden source maps): evaluation (inside the',
  'evaluation of one of our scripts, compile included), settings, matcher compile, scan (reading text and',
  'matching, the prefilter included), highlights, other (messaging, scheduling, the extension API).',
  '10,000 aliases: a synthetic library (scripts/bench/synthetic-library.ts) handed to the background as if',
  'the reader had added it; the matcher is then compiled by the background, once, before the loads.',
  'Appends: 100 paragraphs (~100 mentions) inserted at the bottom of the scrolled generated 3 MB page; the',
  'figure is detail.workMs of the `context-cards:scan` passes that read them. Long tasks: the traced loads',
  '(CPU time; the whole task if our part took it to 50 ms, else our part). Heap: CDP Runtime.getHeapUsage',
  'after GC on the generated page, with − without the extension.',
].join('\n');

const mb = (bytes: number): number => bytes / 1e6;
const work = (scans: readonly Scan[]): number =>
  scans.length === 0 ? Number.NaN : scans.reduce((total, scan) => total + (scan.workMs ?? scan.duration), 0);

async function serviceWorker(context: BrowserContext, origin: string) {
  const existing = context.serviceWorkers().find((worker) => worker.url().startsWith(origin));
  return existing ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
}

/** Waits until each reference highlighter that reads storage has written it (its background, on start). */
async function referencesReady(pair: PairedBrowser): Promise<void> {
  for (const reference of pair.references) {
    const worker = pair.context.serviceWorkers().find((w) => w.url().startsWith(reference.origin));
    if (worker === undefined) continue; // no background: nothing stored
    for (let tries = 0; ; tries++) {
      const stored = await worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<object> } } } })
          .chrome;
        return Object.keys(await api.storage.local.get('reference')).length > 0;
      });
      if (stored) break;
      if (tries > 50) throw new Error(`The reference highlighter "${reference.name}" never wrote its storage.`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/** Hands the background a library (undefined: back to the bundled pack); false when the build has no hook. */
async function useLibrary(pair: PairedBrowser, entities: unknown[] | undefined): Promise<boolean> {
  const worker = await serviceWorker(pair.context, pair.oursOrigin);
  return (await worker.evaluate(async (library) => {
    const hooks = (globalThis as { contextCardsBench?: { useLibrary(e: unknown): Promise<void> } }).contextCardsBench;
    if (!hooks) return false;
    await hooks.useLibrary(library);
    return true;
  }, entities ?? null)) as boolean;
}

async function measurePages(
  pair: PairedBrowser,
  origin: string,
  pages: typeof PAGES,
  label: string,
): Promise<Map<string, PairedLoad[]>> {
  const loads = new Map<string, PairedLoad[]>(pages.map((page) => [page.name, []]));
  for (let run = 1; run <= RUNS; run++) {
    for (const page of pages) {
      process.stdout.write(`\r${label} run ${run}/${RUNS}: ${page.name.padEnd(50)}`);
      loads.get(page.name)!.push(await pairedLoad(pair, origin + page.path));
    }
  }
  process.stdout.write('\n');
  return loads;
}

function pageCost(name: string, loads: readonly PairedLoad[]): PageCost {
  const split = Object.fromEntries(
    CATEGORIES.map((category) => [category, median(loads.map((load) => load.ours.split[category]))]),
  ) as Split;
  return {
    page: name,
    frames: median(loads.map((load) => load.frames)),
    chars: median(loads.map((load) => load.floorChars)),
    mentions: median(loads.map((load) => load.oursMentions)),
    floorMentions: median(loads.map((load) => load.floorMentions)),
    oursMs: median(loads.map((load) => load.ours.totalMs)),
    floorMs: median(loads.map((load) => load.floor.totalMs)),
    ratio: median(loads.map((load) => load.ours.totalMs / load.floor.totalMs)),
    split,
    causedTaskMaxMs: max(loads.flatMap((load) => load.tasks.tasks.map((task) => task.causedCpuMs))),
    references: (loads[0]?.references ?? []).map((_, i) => ({
      ms: median(loads.map((load) => load.references[i]!.totalMs)),
      ratio: median(loads.map((load) => load.references[i]!.totalMs / load.floor.totalMs)),
      mentions: median(loads.map((load) => load.referenceMentions[i]!)),
    })),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log('Building the extension…');
  const extension = extensionUnderTest();
  const gzip = contentScriptGzipSize(extension.dir);
  const onDemand = onDemandGzipSize(extension.dir, ON_DEMAND);
  console.log('Matcher throughput in Node…');
  const matcher = matcherSpeed();
  const floorDir = writeFloorExtension(markjsRegexSource());
  const references = SKIP.has('references') ? [] : writeReferenceExtensions(markjsRegexSource());
  const only = process.env.CC_BENCH_PAGES?.split(',').map((name) => name.trim());
  const pages = only ? PAGES.filter((page) => only.some((name) => page.name.startsWith(name))) : PAGES;

  const { origin, server } = await startStaticServer();
  const virtualPages = new Map([
    [GENERATED, generatedPageHtml()],
    [NO_MENTION, noMentionPageHtml()],
  ]);
  let version: string;
  let bundled: Map<string, PairedLoad[]>;
  let large: Map<string, PairedLoad[]> | undefined;
  let withReferences: Map<string, PairedLoad[]> | undefined;
  const generatedRuns: Array<{
    ext: Awaited<ReturnType<typeof loadWithExtension>>;
    plainHeap?: number;
    plainEmbedder?: number;
    traced: Awaited<ReturnType<typeof loadTraced>>;
  }> = [];
  try {
    const pair = await launchPair(extension.dir, floorDir, virtualPages);
    version = pair.version;
    try {
      await serviceWorker(pair.context, pair.oursOrigin);
      bundled = await measurePages(pair, origin, pages, 'bundled pack');
      if (SKIP.has('library')) {
        console.log('CC_BENCH_SKIP: the 10,000-alias case is skipped.');
      } else if (await useLibrary(pair, syntheticLibrary(10_000))) {
        large = await measurePages(pair, origin, pages, '10,000 aliases');
        await useLibrary(pair, undefined);
      } else {
        console.log('This build has no benchmark hook for a library: the 10,000-alias case is skipped.');
      }
    } finally {
      await pair.close();
    }

    // The references in a browser of their own, beside ours and the floor again: five extensions in one page
    // load change the figures of each, so the budgets above are measured with the pair alone.
    if (references.length > 0) {
      const all = await launchPair(extension.dir, floorDir, virtualPages, references);
      try {
        await serviceWorker(all.context, all.oursOrigin);
        await referencesReady(all);
        withReferences = await measurePages(all, origin, pages, 'with the references');
      } finally {
        await all.close();
      }
    }

    const browsers = await launchBrowsers(extension.dir, virtualPages);
    try {
      for (let run = 1; run <= (SKIP.has('generated') ? 0 : RUNS); run++) {
        process.stdout.write(`\rgenerated 3 MB page run ${run}/${RUNS}`);
        const ext = await loadWithExtension(browsers.withExtension, origin + GENERATED, {
          heap: true,
          appends: APPENDS,
        });
        const plain = await loadPlain(browsers.plain, origin + GENERATED, { heap: true });
        const traced = await loadTraced(browsers.withExtension, origin + GENERATED, { appends: APPENDS });
        generatedRuns.push({
          ext,
          plainHeap: plain.heap?.usedSize,
          plainEmbedder: plain.heap?.embedderHeapUsedSize,
          traced,
        });
      }
      process.stdout.write('\n');
    } finally {
      await browsers.close();
    }
  } finally {
    await new Promise((done) => server.close(done));
    rmSync(floorDir, { recursive: true, force: true });
    for (const reference of references) rmSync(reference.dir, { recursive: true, force: true });
  }

  const costs = pages.map((page) => pageCost(page.name, bundled.get(page.name)!));
  const largeCosts = large && pages.map((page) => pageCost(page.name, large.get(page.name)!));

  const appendRaw = generatedRuns.flatMap((r) => r.ext.appended.map(work));
  const appendSamples = appendRaw.filter((ms) => Number.isFinite(ms));
  const appendsMissed = appendRaw.length - appendSamples.length;
  const appendP95 = percentile(appendSamples, 95);
  const appendPasses = generatedRuns.flatMap((r) => r.traced.appendPasses);
  const appendCpuP95 = percentile(
    appendPasses.map((pass) => pass.cpuMs),
    95,
  );
  const appendWallP95 = percentile(
    appendPasses.map((pass) => pass.wallMs),
    95,
  );
  const heapAdded = median(generatedRuns.map((r) => (r.ext.heap?.usedSize ?? NaN) - (r.plainHeap ?? NaN)));
  const embedderAdded = median(
    generatedRuns.map((r) => (r.ext.heap?.embedderHeapUsedSize ?? NaN) - (r.plainEmbedder ?? NaN)),
  );
  const generatedTaskMax = max(generatedRuns.flatMap((r) => r.traced.tasks.map((task) => task.causedCpuMs)));
  const generatedScanMs = median(generatedRuns.map((r) => work(r.ext.initialScans)));
  const worst = costs.reduce((a, b) => (b.causedTaskMaxMs > a.causedTaskMaxMs ? b : a));

  const rows: Row[] = costs.map((cost) => ({
    measure: `Whole cost per load vs the minimal highlighter: ${cost.page}`,
    figure: `${show(cost.ratio, '×')} (ours ${show(cost.oursMs)} ms, floor ${show(cost.floorMs)} ms)`,
    budget: '≤ 3×',
    status: status(cost.ratio, (ratio) => ratio <= 3),
  }));
  const noMentionOurs = median(costs.filter((c) => c.mentions === 0).map((c) => c.oursMs));
  const mentionOurs = median(costs.filter((c) => c.mentions > 0).map((c) => c.oursMs));
  rows.push({
    measure: 'Pages with no mention pay least (median ours, pages without / with mentions)',
    figure: `${show(noMentionOurs)} / ${show(mentionOurs)} ms`,
    budget: 'without < with',
    status: status(noMentionOurs / mentionOurs, (ratio) => ratio < 1),
  });
  if (largeCosts) {
    largeCosts.forEach((cost, i) => {
      const growth = cost.oursMs / costs[i]!.oursMs;
      rows.push({
        measure: `10,000 aliases vs the bundled pack: ${cost.page}`,
        figure: `${show(growth, '×')} (ours ${show(cost.oursMs)} ms vs ${show(costs[i]!.oursMs)} ms; ${show(cost.ratio, '×')} the floor)`,
        budget: '≤ 1.5×',
        status: status(growth, (ratio) => ratio <= 1.5),
      });
    });
  } else {
    rows.push({
      measure: '10,000 aliases vs the bundled pack',
      figure: 'no library hook in this build',
      budget: '≤ 1.5×',
      status: 'n/a',
    });
  }
  rows.push(
    {
      measure: `Incremental: 100 appended paragraphs, p95 of ${appendSamples.length} (generated page)`,
      figure: `${show(appendP95)} ms (median ${show(median(appendSamples))} ms${appendsMissed > 0 ? `; ${appendsMissed} batches never scanned` : ''})`,
      budget: '≤ 2 ms',
      status: status(appendP95, (ms) => ms <= 2),
    },
    {
      measure: `Incremental, traced: main-thread CPU of each append pass against its wall time, p95 of ${appendPasses.length}`,
      figure: `CPU ${show(appendCpuP95)} ms (median ${show(median(appendPasses.map((pass) => pass.cpuMs)))} ms); wall ${show(appendWallP95)} ms (median ${show(median(appendPasses.map((pass) => pass.wallMs)))} ms)`,
      budget: '≤ 2 ms',
      status: status(appendCpuP95, (ms) => ms <= 2),
    },
    {
      measure:
        'Longest task the extension causes, CPU (traced loads; the whole task if our part took it to 50 ms, else our part)',
      figure: `${show(Math.max(worst.causedTaskMaxMs, generatedTaskMax))} ms (pages: ${show(worst.causedTaskMaxMs)} ms on ${worst.page}; generated 3 MB page with appends: ${show(generatedTaskMax)} ms)`,
      budget: '< 50 ms',
      status: status(Math.max(worst.causedTaskMaxMs, generatedTaskMax), (ms) => ms < 50),
    },
    {
      measure: 'Initial scan of the generated 3 MB page (detail.workMs, summed over slices)',
      figure: `${show(generatedScanMs)} ms`,
      budget: '—',
      status: 'info',
    },
    {
      measure: 'Added JS heap after GC, generated 3 MB page (V8 used size, with − without)',
      figure: `${show(mb(heapAdded))} MB (Blink/embedder heap ${show(mb(embedderAdded))} MB)`,
      budget: '≤ 5 MB',
      status: status(heapAdded, (bytes) => bytes <= 5e6),
    },
    {
      measure: 'Matcher throughput in Node (scripts/bench-matcher.ts)',
      figure: `${show(matcher.mbPerSecond)} MB/s (${matcher.mentions} mentions in ${show(mb(matcher.bytes))} MB)`,
      budget: '—',
      status: 'info',
    },
    {
      measure: 'Every-page content script, JS + CSS, gzip -9',
      figure: `${show(gzip.gzipBytes / 1000)} KB (${gzip.files.map((f) => `${f.file} ${f.gzipBytes} B`).join(', ')})`,
      budget: '≤ 25 KB',
      status: status(gzip.gzipBytes, (bytes) => bytes <= 25_000),
    },
    {
      measure: 'Loaded on demand, gzip -9',
      figure: onDemand.files.map((f) => `${f.file} ${show(f.gzipBytes / 1000)} KB`).join(', ') || '—',
      budget: '—',
      status: 'info',
    },
  );

  const seconds = Math.round((Date.now() - started) / 1000);
  const markdown = [
    '# Context Cards benchmark',
    '',
    `Chromium ${version}, headless, ${RUNS} fresh loads per page, ${new Date().toISOString()}, ${seconds} s.`,
    `Extension: ${relative(repoRoot, extension.dir) || extension.dir}${extension.built ? ' (built for this run)' : ''}.`,
    '',
    '## Whole cost per page load (bundled pack)',
    '',
    wholeCostTable(costs),
    '',
    ...(withReferences
      ? [
          '## Between the floor and ours: reference highlighters (reference-extensions.ts)',
          '',
          'Measured in one more browser where all five extensions run in the same page loads (ours and the floor',
          'again, so their figures here differ a little from the table above).',
          '',
          referenceTable(
            pages.map((page) => pageCost(page.name, withReferences.get(page.name)!)),
            references,
          ),
          '',
        ]
      : []),
    '## Where ours goes (bundled pack; innermost source file and function of ours, ms summed over the loads ÷ loads)',
    '',
    ...costs.map((cost) => `- ${cost.page}: ${topSources(bundled.get(cost.page)!)}`),
    '',
    ...(largeCosts ? ['## Whole cost per page load (10,000-alias library)', '', wholeCostTable(largeCosts), ''] : []),
    '## Budgets',
    '',
    budgetTable(rows),
    '',
    HOW_MEASURED,
    '',
  ].join('\n');
  console.log(`\n${markdown}`);
  const failed = rows.filter((row) => row.status === 'FAIL');
  if (failed.length > 0)
    console.log(failed.map((row) => `FAIL: ${row.measure}: ${row.figure} (budget ${row.budget})`).join('\n'));

  const out = join(repoRoot, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.md'), markdown);
  writeFileSync(
    join(out, 'latest.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        chromium: version,
        runs: RUNS,
        seconds,
        extensionDir: extension.dir,
        rows,
        costs,
        largeCosts,
        incremental: { samplesMs: appendRaw, p95Ms: appendP95, traced: appendPasses },
        heap: { addedUsedBytes: heapAdded, addedEmbedderBytes: embedderAdded },
        matcher,
        gzip,
        onDemand,
        loads: Object.fromEntries(
          [...bundled!].map(([name, loads]) => [
            name,
            loads.map(({ tasks, ...rest }) => ({ ...rest, tasks: tasks.tasks.length })),
          ]),
        ),
      },
      null,
      2,
    ),
  );
  console.log(`Wrote ${relative(repoRoot, join(out, 'latest.md'))} and latest.json.`);
}

/** The 14 largest shares of our CPU on a page, by innermost source file and function, mean of the loads. */
function topSources(loads: readonly PairedLoad[]): string {
  const total: Record<string, number> = {};
  for (const load of loads) {
    for (const [source, ms] of Object.entries(load.ours.bySource)) total[source] = (total[source] ?? 0) + ms;
  }
  return Object.entries(total)
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.CC_BENCH_TOP ?? 14))
    .map(([source, ms]) => `${source} ${show(ms / loads.length)}`)
    .join('; ');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
