/**
 * Scheduling helpers for sliced work: give the page's own tasks (input, rendering) a turn between slices,
 * and batch work to the next frame.
 */
import { after } from './page-timer';

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Resolves in a new task: `scheduler.yield()` where available (it resumes ahead of other tasks). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `callback` in a task just after the next frame is rendered (so the page's style and layout are
 * fresh and reading them forces nothing), or after `fallbackMs` when frames are not being produced (a
 * background tab, a hidden iframe). Returns a cancel function.
 */
export function afterNextFrame(callback: () => void, fallbackMs = 100): () => void {
  let done = false;
  const frame = requestAnimationFrame(() => {
    cancelTimer();
    // A task posted from a frame callback runs once that frame's rendering is done.
    void yieldToPage().then(run);
  });
  const cancelTimer = after(fallbackMs, run);
  function run(): void {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    cancelTimer();
    callback();
  }
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    cancelTimer();
  };
}
