/**
 * The whole per-page cost of issue 11: our extension and the minimal highlighter (floor-extension.ts) loaded
 * side by side in ONE Chromium, each fresh page load traced (CDP Tracing with V8 CPU samples), and the CPU of
 * each attributed by its script URL (cpu-attribution.ts), every frame of the page included.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { chromium, type BrowserContext, type Page, type Route } from '@playwright/test';
import { resolveChromium } from '../../tests/e2e/browser-path';
import { attributeCpu, type ExtensionCpu } from './cpu-attribution';
import { FLOOR_MEASURE } from './floor-extension';
import type { ReferenceExtension } from './reference-extensions';
import { TRACE_CATEGORIES, ourMainThreadTime, type OurMainThreadTime, type TraceEvent } from './long-tasks';

const QUIET_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCAN_MEASURE = 'context-cards:scan';

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, hex digits spelt a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface PairedBrowser {
  context: BrowserContext;
  /** Our unpacked build, for its source maps. */
  oursDir: string;
  oursOrigin: string;
  floorOrigin: string;
  /** Reference highlighters loaded beside both (reference-extensions.ts), each with its origin. */
  references: Array<ReferenceExtension & { origin: string }>;
  version: string;
  close(): Promise<void>;
}

export async function launchPair(
  oursDir: string,
  floorDir: string,
  virtualPages: ReadonlyMap<string, string>,
  references: readonly ReferenceExtension[] = [],
): Promise<PairedBrowser> {
  const both = [oursDir, floorDir, ...references.map((reference) => reference.dir)].join(',');
  const context = await chromium.launchPersistentContext('', {
    executablePath: resolveChromium(),
    headless: true,
    args: [`--disable-extensions-except=${both}`, `--load-extension=${both}`, ...QUIET_ARGS],
  });
  await context.route('**/*', (route) => localOnly(route, virtualPages));
  return {
    context,
    oursDir,
    oursOrigin: `chrome-extension://${unpackedExtensionId(oursDir)}/`,
    floorOrigin: `chrome-extension://${unpackedExtensionId(floorDir)}/`,
    references: references.map((reference) => ({
      ...reference,
      origin: `chrome-extension://${unpackedExtensionId(reference.dir)}/`,
    })),
    version: context.browser()?.version() ?? '?',
    close: () => context.close(),
  };
}

export function localOnly(route: Route, virtualPages: ReadonlyMap<string, string>): Promise<void> {
  const url = new URL(route.request().url());
  if (url.hostname !== '127.0.0.1') return route.abort();
  const body = virtualPages.get(url.pathname);
  if (body !== undefined) return route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
  return route.continue();
}

export interface PairedLoad {
  ours: ExtensionCpu;
  floor: ExtensionCpu;
  /** The reference highlighters' CPU, in the order of PairedBrowser.references. */
  references: ExtensionCpu[];
  /** Mentions each reference found, summed over frames. */
  referenceMentions: number[];
  /** Frames of the page (the top one included). */
  frames: number;
  /** What each found, summed over frames: our scan passes' mentions, the floor's hits and text read. */
  oursMentions: number;
  floorMentions: number;
  floorChars: number;
  /** Tasks our code ran in (long-tasks.ts), from the same trace. */
  tasks: OurMainThreadTime;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Found {
  ours: number;
  oursMentions: number;
  floor: number;
  floorMentions: number;
  floorChars: number;
  /** Per reference highlighter: measures recorded, mentions found. */
  references: number[];
  referenceMentions: number[];
}

/** Every extension's measures in every frame of the page, summed (frames that went away are skipped). */
async function found(page: Page, referenceMeasures: readonly string[]): Promise<Found> {
  const total: Found = {
    ours: 0,
    oursMentions: 0,
    floor: 0,
    floorMentions: 0,
    floorChars: 0,
    references: referenceMeasures.map(() => 0),
    referenceMentions: referenceMeasures.map(() => 0),
  };
  const names = [SCAN_MEASURE, FLOOR_MEASURE, ...referenceMeasures];
  for (const frame of page.frames()) {
    const entries = (await frame
      .evaluate(
        (measures) =>
          measures.map((name) =>
            performance.getEntriesByName(name, 'measure').map((entry) => (entry as PerformanceMeasure).detail),
          ),
        names,
      )
      .catch(() => names.map(() => []))) as Array<Array<{ mentions?: number; chars?: number } | null>>;
    const [ours = [], floor = [], ...references] = entries;
    const mentions = (details: typeof ours) => details.reduce((sum, d) => sum + (d?.mentions ?? 0), 0);
    total.ours += ours.length;
    total.oursMentions += mentions(ours);
    total.floor += floor.length;
    total.floorMentions += mentions(floor);
    total.floorChars += floor.reduce((sum, d) => sum + (d?.chars ?? 0), 0);
    references.forEach((details, i) => {
      total.references[i]! += details.length;
      total.referenceMentions[i]! += mentions(details);
    });
  }
  return total;
}

/**
 * One fresh load, traced from before navigation until every extension has recorded its first pass and
 * nothing new was recorded for `quietMs` (our badge report and idle work included).
 */
export async function pairedLoad(pair: PairedBrowser, url: string, quietMs = 1_000): Promise<PairedLoad> {
  const browser = pair.context.browser();
  if (!browser) throw new Error('Tracing needs the context’s browser.');
  const cdp = await browser.newBrowserCDPSession();
  const page = await pair.context.newPage();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  try {
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: [...TRACE_CATEGORIES, 'v8'] },
      transferMode: 'ReportEvents',
    } as never);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const start = Date.now();
    let last = '';
    let changedAt = start;
    const measures = pair.references.map((reference) => reference.measure);
    let seen = await found(page, measures);
    for (;;) {
      const key = JSON.stringify(seen);
      if (key !== last) [last, changedAt] = [key, Date.now()];
      const settled =
        seen.ours > 0 &&
        seen.floor > 0 &&
        seen.references.every((count) => count > 0) &&
        Date.now() - changedAt >= quietMs;
      if (settled || Date.now() - start > 10_000) break;
      await sleep(100);
      seen = await found(page, measures);
    }
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    const [ours, floor, ...references] = attributeCpu(events, [
      { origin: pair.oursOrigin, dir: pair.oursDir },
      { origin: pair.floorOrigin },
      ...pair.references.map((reference) => ({ origin: reference.origin })),
    ]);
    return {
      ours: ours!,
      floor: floor!,
      references,
      referenceMentions: seen.referenceMentions,
      frames: page.frames().length,
      oursMentions: seen.oursMentions,
      floorMentions: seen.floorMentions,
      floorChars: seen.floorChars,
      tasks: ourMainThreadTime(events, pair.oursOrigin),
    };
  } finally {
    await page.close();
    await cdp.detach().catch(() => undefined);
  }
}
