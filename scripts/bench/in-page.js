// Benchmark probes, installed with Playwright's addInitScript in every frame of every bench page (the page's
// main world, at document start). Plain JavaScript on purpose: tsx would wrap TypeScript functions passed to
// page.evaluate in its `__name` helper, which does not exist in the page.
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => longTasks.push({ startTime: entry.startTime, duration: entry.duration })),
    ).observe({ type: 'longtask', buffered: true });
  } catch {
    // Not supported: no long task is reported.
  }

  window.__ccBench = {
    ready: () => performance.getEntriesByName('context-cards:ready', 'mark').length > 0,
    scans: () =>
      performance.getEntriesByName('context-cards:scan', 'measure').map((entry) => ({
        startTime: entry.startTime,
        duration: entry.duration,
        chars: entry.detail?.chars,
        mentions: entry.detail?.mentions,
        workMs: entry.detail?.workMs,
        slices: entry.detail?.slices,
        longestSliceMs: entry.detail?.longestSliceMs,
      })),
    longTasks: () => longTasks,
    append: (html) => {
      const target = document.getElementById('feed') ?? document.body;
      target.insertAdjacentHTML('beforeend', html);
    },
  };
})();
