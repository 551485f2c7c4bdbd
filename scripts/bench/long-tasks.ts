/**
 * Which long tasks the extension causes, from a Chromium trace of one page load. Long Animation Frame
 * entries cannot say: they never attribute extension code ("extension code will not have script attribution",
 * MDN PerformanceLongAnimationFrameTiming.scripts), so the `scripts` of a frame our content script made long
 * are empty. The trace can: the renderer's main-thread tasks (RunTask, with wall and thread time) and the V8
 * sampling profiler's stacks, which name chrome-extension:// frames even in promise continuations after
 * scheduler.yield(), where no trace event carries our script's URL.
 */
import { sampledThreads as profiledThreads } from './cpu-attribution';

/** Trace categories for tasks and JavaScript samples. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  id?: string;
  args?: { data?: Record<string, unknown>; name?: string };
}

export interface TaskWithOurCode {
  /** The whole task, wall time, ms. */
  durationMs: number;
  /** The whole task, main-thread CPU time, ms: unlike wall time, not stretched when other processes preempt us. */
  cpuMs: number;
  /** Our share of the task: the fraction of its samples with our script on the stack, times its wall time, ms. */
  oursMs: number;
  /** What the extension adds to long tasks, CPU time: the whole task if it would have stayed under 50 ms without our part, else our part. */
  causedCpuMs: number;
  /** The same in wall time. */
  causedMs: number;
  /** The task's largest trace events (script, style, layout, paint…), for a reader to see what it did. */
  largest: string[];
}

export interface OurMainThreadTime {
  tasks: TaskWithOurCode[];
  /** Our share of every task, summed over the traced load, ms. */
  totalOursMs: number;
}

const caused = (whole: number, ours: number): number => (whole - ours < 50 ? whole : ours);

/** `ours` is the URL prefix of our scripts: chrome-extension://<id>/ when another extension is loaded too. */
export function ourMainThreadTime(trace: string | TraceEvent[], ours = 'chrome-extension://'): OurMainThreadTime {
  const parsed =
    typeof trace === 'string' ? (JSON.parse(trace) as TraceEvent[] | { traceEvents: TraceEvent[] }) : trace;
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const tasks: TaskWithOurCode[] = [];
  const pageThreads = new Set(
    events
      .filter(
        (e) =>
          e.ph === 'M' &&
          e.name === 'thread_name' &&
          (e.args as { name?: string } | undefined)?.name === 'CrRendererMain',
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // Page frames only (renderer main threads): the background's service worker runs our scripts too.
  const threads = sampledThreads(events, ours).filter(
    (t) => pageThreads.size === 0 || pageThreads.has(`${t.pid}:${t.tid}`),
  );
  for (const { pid, tid, samples } of threads) {
    const slices = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
    const direct = slices.filter((e) => String(e.args?.data?.url ?? '').startsWith(ours));
    for (const task of slices.filter((e) => e.name === 'RunTask')) {
      const end = task.ts + (task.dur ?? 0);
      const inTask = samples.slice(firstAtOrAfter(samples, task.ts), firstAtOrAfter(samples, end));
      const oursInTask = inTask.filter((sample) => sample.ours).length;
      const hasDirect = direct.some((e) => e.ts >= task.ts && e.ts < end);
      if (oursInTask === 0 && !hasDirect) continue;
      const share = inTask.length > 0 ? oursInTask / inTask.length : 1;
      const durationMs = (task.dur ?? 0) / 1000;
      const cpuMs = (task.tdur ?? task.dur ?? 0) / 1000;
      const largest = slices
        .filter((e) => e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 1_000 && !e.name.includes('RunTask'))
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 6)
        .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms`);
      tasks.push({
        durationMs,
        cpuMs,
        oursMs: durationMs * share,
        causedCpuMs: caused(cpuMs, cpuMs * share),
        causedMs: caused(durationMs, durationMs * share),
        largest,
      });
    }
  }
  return { tasks, totalOursMs: tasks.reduce((sum, task) => sum + task.oursMs, 0) };
}

interface Sample {
  ts: number;
  ours: boolean;
}

function firstAtOrAfter(samples: readonly Sample[], ts: number): number {
  let [low, high] = [0, samples.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (samples[mid]!.ts < ts) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The V8 sampling profiles of the trace, one per profiled thread, samples in time order, each ours or not. */
function sampledThreads(events: TraceEvent[], ours: string): Array<{ pid: number; tid: number; samples: Sample[] }> {
  const threads = [];
  for (const { pid, tid, nodes, samples: raw } of profiledThreads(events)) {
    const oursByNode = new Map<number, boolean>();
    const isOurs = (id: number | undefined): boolean => {
      if (id === undefined) return false;
      const known = oursByNode.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const value = !!node && ((node.callFrame.url ?? '').startsWith(ours) || isOurs(node.parent));
      oursByNode.set(id, value);
      return value;
    };
    const samples = raw.map((sample) => ({ ts: sample.ts, ours: isOurs(sample.node) }));
    threads.push({ pid, tid, samples });
  }
  return threads;
}
