// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { after } from '@/utils/dom/page-timer';

/** A scheduler whose posted tasks the test runs by hand, keeping each task's signal. */
function fakeScheduler() {
  const tasks: Array<{ run: () => void; signal: AbortSignal }> = [];
  vi.stubGlobal('scheduler', {
    postTask: (run: () => void, options: { signal: AbortSignal }) => {
      tasks.push({ run, signal: options.signal });
      return new Promise(() => undefined);
    },
  });
  return tasks;
}

describe('page-timer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the callback once its posted task runs, not after it was cancelled', () => {
    const tasks = fakeScheduler();
    const ran = vi.fn();
    const cancel = after(100, ran);
    cancel();
    expect(tasks[0]!.signal.aborted).toBe(true);
    tasks[0]!.run();
    expect(ran).not.toHaveBeenCalled();
  });

  it('leaves the signal alone when cancelled after it ran, since work it started inherits the signal', () => {
    const tasks = fakeScheduler();
    let cancel = () => {};
    // As afterNextFrame does: the callback cancels its own timer before starting its work.
    cancel = after(100, () => cancel());
    tasks[0]!.run();
    cancel();
    expect(tasks[0]!.signal.aborted).toBe(false);
  });
});
