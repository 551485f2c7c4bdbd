/**
 * Wall time against CPU time of each scan pass, from a trace (issue 11: why one appended batch in twenty
 * took several times the others). A pass's `detail.workMs` is performance.now() around its slices: wall
 * time, which also counts the time the renderer's main thread was not running at all (other processes on a
 * busy machine, the raster threads of the frame that just painted the new paragraphs). The CPU the thread
 * actually spent is the thread time (`tdur`) of its tasks inside the pass.
 */
import type { TraceEvent } from './long-tasks';

export interface PassTime {
  wallMs: number;
  cpuMs: number;
}

/** Every `context-cards:scan` measure of the trace, in order, with its main thread's CPU inside it. */
export function passTimes(events: readonly TraceEvent[]): PassTime[] {
  const begins = events.filter((e) => e.name === 'context-cards:scan' && e.ph === 'b').sort((a, b) => a.ts - b.ts);
  const ends = events.filter((e) => e.name === 'context-cards:scan' && e.ph === 'e').sort((a, b) => a.ts - b.ts);
  return begins.map((begin, i) => {
    // Passes never overlap (one at a time, and measures are recorded when a pass ends): pair in order.
    const to = ends[i]?.ts ?? begin.ts;
    let cpuUs = 0;
    for (const task of events) {
      if (task.ph !== 'X' || task.name !== 'RunTask') continue;
      if (task.pid !== begin.pid || task.tid !== begin.tid) continue;
      const from = Math.max(task.ts, begin.ts);
      const until = Math.min(task.ts + (task.dur ?? 0), to);
      if (until <= from || !task.dur) continue;
      // The part of the task inside the pass, in proportion.
      cpuUs += ((task.tdur ?? task.dur) * (until - from)) / task.dur;
    }
    return { wallMs: (to - begin.ts) / 1000, cpuMs: cpuUs / 1000 };
  });
}
