/**
 * Observing the mention engine from the page's world, as a page (or an acceptance test) would: the
 * highlight registry and the `context-cards:scan` User Timing measures.
 */
import type { Frame, Page } from '@playwright/test';

export interface RegisteredHighlight {
  name: string;
  /** Each registered range's text, in registry order. */
  texts: string[];
  /** Whether every registered range is a StaticRange. */
  allStatic: boolean;
}

/** Our entries in `CSS.highlights` (names starting `context-cards`), with ranges inside `within` only if given. */
export function highlights(target: Page | Frame, within?: string): Promise<RegisteredHighlight[]> {
  return target.evaluate(
    (selector) =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('context-cards'))
        .map(([name, highlight]) => {
          const scope = selector === undefined ? null : document.querySelector(selector);
          const ranges = [...highlight].filter((range) => scope === null || scope.contains(range.startContainer));
          return {
            name,
            allStatic: ranges.every((range) => range instanceof StaticRange),
            texts: ranges.map((range) => {
              const live = document.createRange();
              live.setStart(range.startContainer, range.startOffset);
              live.setEnd(range.endContainer, range.endOffset);
              return live.toString();
            }),
          };
        }),
    within,
  );
}

/** The texts highlighted as mentions (any style), sorted, so tests compare sets. */
export async function highlightedTexts(target: Page | Frame, within?: string): Promise<string[]> {
  const all = await highlights(target, within);
  return all
    .filter(({ name }) => name.startsWith('context-cards-mention'))
    .flatMap(({ texts }) => texts)
    .sort();
}

export interface ScanMeasure {
  startTime: number;
  duration: number;
  detail: { chars: number; mentions: number; workMs: number; slices: number; longestSliceMs: number };
}

export function scanMeasures(target: Page | Frame): Promise<ScanMeasure[]> {
  return target.evaluate(() =>
    performance.getEntriesByName('context-cards:scan').map((entry) => ({
      startTime: entry.startTime,
      duration: entry.duration,
      detail: (entry as PerformanceMeasure).detail,
    })),
  );
}

/** Waits for the first scan pass, then two frames for the viewport registration. */
export async function waitForScan(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => performance.getEntriesByName('context-cards:scan').length > 0, undefined, {
    timeout: 10_000,
  });
  await frames(target, 2);
}

export function frames(target: Page | Frame, count: number): Promise<void> {
  return target.evaluate(
    (n) =>
      new Promise<void>((done) => {
        const tick = (left: number): void => {
          if (left === 0) done();
          else requestAnimationFrame(() => tick(left - 1));
        };
        tick(n);
      }),
    count,
  );
}

/** Collects the page's uncaught errors from now on. */
export function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}
