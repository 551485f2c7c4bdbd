/**
 * Delays that still fire where the reader switched the page's JavaScript off. Chromium then never runs a
 * content script's setTimeout or setInterval callbacks (the page's script setting covers an isolated
 * world's timers too), while posted tasks and abort events still run (checked by
 * tests/e2e/card-js-off.spec.ts). So a delay is a `scheduler.postTask` with a delay, or an
 * `AbortSignal.timeout` where there is no scheduler (Firefox before 142).
 */

interface TaskScheduler {
  postTask(callback: () => void, options: { delay: number; signal: AbortSignal }): Promise<unknown>;
}

/** Calls `callback` after `ms` unless cancelled first; returns the cancel function. */
export function after(ms: number, callback: () => void): () => void {
  let cancelled = false;
  let fired = false;
  const run = () => {
    if (cancelled) return;
    fired = true;
    callback();
  };
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController();
    scheduler.postTask(run, { delay: Math.max(0, ms), signal: controller.signal }).catch(() => undefined);
    return () => {
      // Once it has run, the signal stays as it is: work the callback started (a scan pass) inherits it,
      // and its `scheduler.yield()` calls would reject with an AbortError (seen in Firefox).
      if (fired || cancelled) return;
      cancelled = true;
      controller.abort();
    };
  }
  if (typeof AbortSignal.timeout === 'function') {
    AbortSignal.timeout(Math.max(0, ms)).addEventListener('abort', run, { once: true });
  } else {
    setTimeout(run, ms);
  }
  return () => {
    cancelled = true;
  };
}
