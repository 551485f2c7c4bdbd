/**
 * Whole main-thread CPU an extension costs in one traced page load, every frame (issue 11): the V8 samples
 * whose stack holds a script of that extension (chrome-extension://<id>/…), plus the compile of its scripts
 * (`v8.compile` events, thread time), which no sample shows as ours. For our extension the time is split by
 * what it was doing, from the source file of each frame on the stack (the build's hidden source maps):
 * evaluation (samples inside the EvaluateScript of one of our scripts, and their compile), settings, matcher
 * compile, scan, highlights, other. Only page frames count (renderer main threads): the background's
 * service worker, which also runs our scripts, is not what a page pays.
 */
import { join } from 'node:path';
import { readSourceMap, type SourceLookup } from './source-map';

export const CATEGORIES = ['evaluation', 'settings', 'matcher compile', 'scan', 'highlights', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Split = Record<Category, number>;

/** The first rule whose pattern matches a source file on the stack names the sample (after evaluation). */
const RULES: Array<[Category, RegExp]> = [
  [
    'scan',
    /utils\/dom\/(block-scanner|scan-pass|text-segment|skip-rules|block-recorder|mention-store|page-observer|page-order|block-placement|page-text)|prefilter/,
  ],
  ['highlights', /utils\/dom\/(highlighter|viewport-registry)/],
  ['matcher compile', /utils\/match\//],
  ['settings', /settings|zod/],
];

/** Samples further apart than this (the profiler paused) count for this much at most. */
const MAX_SAMPLE_US = 1_000;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: { data?: Record<string, unknown>; name?: string };
}

interface CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

export interface ExtensionCpu {
  totalMs: number;
  split: Split;
  /** The same time by the source file of the innermost frame of ours on the stack ('compile' for compiles). */
  bySource: Record<string, number>;
  /** Distinct frames (documents) in which a script of the extension was evaluated. */
  framesRun: number;
}

export interface AttributedExtension {
  /** chrome-extension://<id>/ */
  origin: string;
  /** The unpacked build, for its source maps; without it every sample is 'other' or 'evaluation'. */
  dir?: string;
}

const emptySplit = (): Split => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Split;

export function attributeCpu(traceEvents: TraceEvent[], extensions: readonly AttributedExtension[]): ExtensionCpu[] {
  return extensions.map((extension) => attributeOne(traceEvents, extension));
}

/** Threads of page frames (every renderer's main thread), as opposed to the extension's own service worker. */
function pageThreads(events: TraceEvent[]): Set<string> {
  const threads = new Set<string>();
  for (const e of events) {
    if (
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      (e.args as { name?: string } | undefined)?.name === 'CrRendererMain'
    )
      threads.add(`${e.pid}:${e.tid}`);
  }
  return threads;
}

function attributeOne(allEvents: TraceEvent[], extension: AttributedExtension): ExtensionCpu {
  // Only what runs in the page's frames: the background's own work (messages, injection) is not the page's.
  const threads = pageThreads(allEvents);
  const events = allEvents.filter((e) => threads.has(`${e.pid}:${e.tid}`));
  const split = emptySplit();
  const bySource: Record<string, number> = {};
  const tally = (source: string, ms: number) => (bySource[source] = (bySource[source] ?? 0) + ms);
  const maps = new Map<string, SourceLookup | undefined>();
  const sourceOf = (frame: CallFrame): string | undefined => {
    const url = frame.url ?? '';
    if (!extension.dir) return undefined;
    if (!maps.has(url)) maps.set(url, readSourceMap(join(extension.dir, `${url.slice(extension.origin.length)}.map`)));
    return maps.get(url)?.sourceAt(frame.lineNumber ?? 0, frame.columnNumber ?? 0);
  };
  const ours = (e: TraceEvent) => String(e.args?.data?.url ?? '').startsWith(extension.origin);

  // Evaluation windows per thread; the compile of our scripts counts as evaluation.
  const evaluations = events.filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && ours(e));
  for (const compile of events.filter((e) => e.ph === 'X' && e.name === 'v8.compile' && ours(e))) {
    split.evaluation += (compile.tdur ?? compile.dur ?? 0) / 1000;
    tally('compile', (compile.tdur ?? compile.dur ?? 0) / 1000);
  }
  const inEvaluation = (pid: number, tid: number, ts: number) =>
    evaluations.some((e) => e.pid === pid && e.tid === tid && ts >= e.ts && ts < e.ts + (e.dur ?? 0));

  for (const thread of sampledThreads(allEvents).filter((t) => threads.has(`${t.pid}:${t.tid}`))) {
    const categoryByNode = new Map<number, Category | null>();
    const innermostByNode = new Map<number, string>();
    const categoryOf = (id: number): Category | null => {
      const known = categoryByNode.get(id);
      if (known !== undefined) return known;
      const sources: string[] = [];
      let any = false;
      for (let node = thread.nodes.get(id); node; node = thread.nodes.get(node.parent ?? -1)) {
        if (!(node.callFrame.url ?? '').startsWith(extension.origin)) continue;
        const source = sourceOf(node.callFrame);
        if (!any)
          innermostByNode.set(
            id,
            `${(source ?? node.callFrame.url ?? '').replace(/^(\.\.\/)+/, '')} ${node.callFrame.functionName ?? ''}`,
          );
        any = true;
        if (source) sources.push(source);
      }
      const category = any
        ? (RULES.find(([, pattern]) => sources.some((source) => pattern.test(source)))?.[0] ?? 'other')
        : null;
      categoryByNode.set(id, category);
      return category;
    };
    const { samples } = thread;
    for (let i = 0; i < samples.length; i++) {
      const sample = samples[i]!;
      let category = categoryOf(sample.node);
      if (category === null) continue;
      const next = samples[i + 1];
      const us = Math.min(next ? next.ts - sample.ts : 0, MAX_SAMPLE_US);
      if (inEvaluation(thread.pid, thread.tid, sample.ts)) category = 'evaluation';
      split[category] += us / 1000;
      // CC_BENCH_LEAF: the innermost frame too (a native call, a builtin), with the end of its script's URL.
      const frame = thread.nodes.get(sample.node)?.callFrame;
      const leaf = process.env.CC_BENCH_LEAF
        ? ` > ${frame?.functionName || '(anon)'}@${(frame?.url ?? '').slice(-20)}`
        : '';
      tally((innermostByNode.get(sample.node) ?? '?') + leaf, us / 1000);
    }
  }
  const frames = new Set(evaluations.map((e) => String(e.args?.data?.frame ?? `${e.pid}:${e.ts}`)));
  const totalMs = CATEGORIES.reduce((sum, c) => sum + split[c], 0);
  return { totalMs, split, bySource, framesRun: frames.size };
}

export interface Thread {
  pid: number;
  tid: number;
  nodes: Map<number, ProfileNode>;
  samples: Array<{ ts: number; node: number }>;
}

/** The V8 sampling profiles of the trace, one per profiled thread, samples in time order. */
export function sampledThreads(events: TraceEvent[]): Thread[] {
  const threads: Thread[] = [];
  for (const profile of events.filter((e) => e.name === 'Profile')) {
    const nodes = new Map<number, ProfileNode>();
    const samples: Array<{ ts: number; node: number }> = [];
    let ts = Number(profile.args?.data?.startTime ?? profile.ts);
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === profile.pid && e.id === profile.id);
    for (const chunk of chunks) {
      const data = chunk.args?.data as
        { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
        ts += data?.timeDeltas?.[i] ?? 0;
        samples.push({ ts, node });
      });
    }
    samples.sort((a, b) => a.ts - b.ts);
    threads.push({ pid: profile.pid, tid: profile.tid, nodes, samples });
  }
  return threads;
}
