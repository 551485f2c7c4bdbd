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
    /** The bare cost of visiting every text node of the document and reading its text. */
    walk: () => {
      const start = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let nodes = 0;
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes++;
        chars += node.data.length;
      }
      return { ms: performance.now() - start, nodes, chars };
    },
    /** mark.js (already evaluated into window.Mark) marking one regular expression, synchronously. */
    mark: (source, flags) => {
      const regex = new RegExp(source, flags);
      const elementsBefore = document.getElementsByTagName('*').length;
      let marks = 0;
      const start = performance.now();
      new window.Mark(document.body).markRegExp(regex, { done: (total) => (marks = total) });
      const ms = performance.now() - start;
      // Wrapping elements makes the page restyle and relayout: main-thread time mark.js causes too.
      document.body.getBoundingClientRect();
      const withLayoutMs = performance.now() - start;
      return { ms, withLayoutMs, marks, addedElements: document.getElementsByTagName('*').length - elementsBefore };
    },
    append: (html) => {
      const target = document.getElementById('feed') ?? document.body;
      target.insertAdjacentHTML('beforeend', html);
    },
  };
})();
