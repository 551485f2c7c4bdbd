/**
 * One fresh page load per measurement. With the extension: the scan passes the content script records
 * (`context-cards:scan` measures, detail.workMs = main-thread time of the pass), the JS heap, appended
 * paragraphs; or, traced, the tasks our code ran in. Without it: the JS heap.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { appendedBatchHtml } from './generated-page';
import { ourMainThreadTime, TRACE_CATEGORIES, type OurMainThreadTime, type TraceEvent } from './long-tasks';
import { passTimes, type PassTime } from './pass-cpu';

export interface Scan {
  startTime: number;
  duration: number;
  chars?: number;
  mentions?: number;
  workMs?: number;
  slices?: number;
  longestSliceMs?: number;
}

export interface HeapUsage {
  usedSize: number;
  embedderHeapUsedSize?: number;
}

export interface ExtensionLoad {
  contentScriptRan: boolean;
  /** Passes recorded before the page was touched (the initial scan; more than one if the page changed itself). */
  initialScans: Scan[];
  heap?: HeapUsage;
  /** One entry per appended batch of 100 paragraphs: the passes that processed it. */
  appended: Scan[][];
  /** The longest 'longtask' entry of the load (the page's own work included). */
  longTaskMaxMs: number;
}

const GOTO = { waitUntil: 'load', timeout: 60_000 } as const;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function probe<T>(page: Page, call: string): Promise<T> {
  return (await page.evaluate(`window.__ccBench.${call}`)) as T;
}

async function withPage<T>(context: BrowserContext, url: string, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(url, GOTO);
    return await use(page);
  } finally {
    await page.close();
  }
}

/** Waits until more than `after` passes exist and none has been added for `quietMs` (or gives up). */
async function settledScans(page: Page, after: number, quietMs: number, timeoutMs: number): Promise<Scan[]> {
  const start = Date.now();
  let count = -1;
  let changedAt = start;
  for (;;) {
    const scans = await probe<Scan[]>(page, 'scans()');
    if (scans.length !== count) [count, changedAt] = [scans.length, Date.now()];
    if (scans.length > after && Date.now() - changedAt >= quietMs) return scans;
    if (Date.now() - start > timeoutMs) return scans;
    await sleep(50);
  }
}

/** Frames idle: two animation frames and a short pause after load, so parsing and first layout are done. */
async function settlePage(page: Page): Promise<void> {
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  await sleep(200);
}

async function jsHeap(page: Page): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
  } finally {
    await cdp.detach();
  }
}

export async function loadWithExtension(
  context: BrowserContext,
  url: string,
  options: { heap: boolean; appends: number },
): Promise<ExtensionLoad> {
  return withPage(context, url, async (page) => {
    const initialScans = await settledScans(page, 0, 750, 8_000);
    const contentScriptRan = await probe<boolean>(page, 'ready()');
    const heap = options.heap ? await jsHeap(page) : undefined;
    const appended = await appendBatches(page, initialScans.length > 0 ? options.appends : 0);
    const longTasks = await probe<Array<{ duration: number }>>(page, 'longTasks()');
    return {
      contentScriptRan,
      initialScans,
      heap,
      appended,
      longTaskMaxMs: Math.max(0, ...longTasks.map((task) => task.duration)),
    };
  });
}

/** Appends batches of 100 paragraphs one at a time; returns the scan passes that processed each. */
async function appendBatches(page: Page, batches: number): Promise<Scan[][]> {
  const appended: Scan[][] = [];
  if (batches === 0) return appended;
  // Infinite scroll: the reader is at the bottom when new paragraphs arrive.
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
  let seen = (await settledScans(page, 0, 300, 2_000)).length;
  for (let batch = 0; batch < batches; batch++) {
    await page.evaluate(`window.__ccBench.append(${JSON.stringify(appendedBatchHtml(batch))})`);
    const scans = await settledScans(page, seen, 250, 3_000);
    appended.push(scans.slice(seen));
    seen = scans.length;
  }
  return appended;
}

/**
 * A separate load under Chromium tracing (which slows the page, so no other figure comes from it): every
 * main-thread task our code ran in, through the initial scan and, if asked, appended batches.
 */
export async function loadTraced(
  context: BrowserContext,
  url: string,
  options: { appends: number },
): Promise<OurMainThreadTime & { appendPasses: PassTime[] }> {
  const browser = context.browser();
  if (!browser) throw new Error('Tracing needs the context’s browser.');
  const page = await context.newPage();
  let tracing = false;
  try {
    await browser.startTracing(page, { categories: [...TRACE_CATEGORIES, 'blink.user_timing'] });
    tracing = true;
    await page.goto(url, GOTO);
    const initialScans = await settledScans(page, 0, 750, 8_000);
    await appendBatches(page, initialScans.length > 0 ? options.appends : 0);
    const trace = await browser.stopTracing();
    tracing = false;
    const parsed = JSON.parse(trace.toString()) as TraceEvent[] | { traceEvents: TraceEvent[] };
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    return { ...ourMainThreadTime(events), appendPasses: passTimes(events).slice(initialScans.length) };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => undefined);
    await page.close();
  }
}

export interface PlainLoad {
  heap?: HeapUsage;
  longTaskMaxMs: number;
}

/** Without the extension, one fresh load: the JS heap once the page has settled, and its longest task. */
export async function loadPlain(context: BrowserContext, url: string, options: { heap: boolean }): Promise<PlainLoad> {
  return withPage(context, url, async (page) => {
    await settlePage(page);
    const heap = options.heap ? await jsHeap(page) : undefined;
    const longTasks = await probe<Array<{ duration: number }>>(page, 'longTasks()');
    return { heap, longTaskMaxMs: Math.max(0, ...longTasks.map((task) => task.duration)) };
  });
}
