/** The benchmark's report: one Markdown table of figures beside DESIGN.md's budgets, then the raw medians. */
import { round } from './stats';

export type Status = 'pass' | 'FAIL' | 'n/a' | 'info';

export interface Row {
  measure: string;
  figure: string;
  budget: string;
  status: Status;
}

export interface PageMedians {
  page: string;
  textChars: number;
  textNodes: number;
  mentions: number;
  scanPasses: number;
  oursMs: number;
  markjsMs: number;
  markjsMarks: number;
  walkMs: number;
  isolatedWalkMs: number;
  markjsWithLayoutMs: number;
  oursOverMainWorldWalk: number;
  markjsOverOurs: number;
  oursOverWalk: number;
  /** Longest task our code caused (see long-tasks.ts), CPU time, over every traced load. */
  causedTaskMaxMs: number;
  /** The same in wall time. */
  causedTaskMaxWallMs: number;
  /** Longest task our code ran in at all, page work included. */
  ourTaskMaxMs: number;
  /** Main-thread time with our script on the stack over a whole traced load (tracing slows it). */
  tracedOursMs: number;
  longTaskMaxWithMs: number;
  longTaskMaxWithoutMs: number;
}

export function status(value: number, ok: (value: number) => boolean): Status {
  if (!Number.isFinite(value)) return 'n/a';
  return ok(value) ? 'pass' : 'FAIL';
}

export const show = (value: number, unit = ''): string => (Number.isFinite(value) ? `${round(value)}${unit}` : '—');

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function budgetTable(rows: readonly Row[]): string {
  return table(
    ['measure', 'figure', 'budget', 'pass/fail'],
    rows.map((row) => [row.measure, row.figure, row.budget, row.status === 'FAIL' ? '**FAIL**' : row.status]),
  );
}

export function mediansTable(pages: readonly PageMedians[]): string {
  return table(
    [
      'page',
      'text chars',
      'text nodes',
      'mentions (ours)',
      'scan passes',
      'ours ms',
      'mark.js ms',
      'mark.js marks',
      'walk ms',
      'mark.js/ours',
      'ours/walk',
      'max task caused ms CPU / wall',
      'max task with our code ms',
      'our JS, traced load ms',
      'max longtask ms with / without ext',
    ],
    pages.map((p) => [
      p.page,
      show(p.textChars),
      show(p.textNodes),
      show(p.mentions),
      show(p.scanPasses),
      show(p.oursMs),
      show(p.markjsMs),
      show(p.markjsMarks),
      show(p.walkMs),
      show(p.markjsOverOurs, '×'),
      show(p.oursOverWalk, '×'),
      `${show(p.causedTaskMaxMs)} / ${show(p.causedTaskMaxWallMs)}`,
      show(p.ourTaskMaxMs),
      show(p.tracedOursMs),
      `${show(p.longTaskMaxWithMs)} / ${show(p.longTaskMaxWithoutMs)}`,
    ]),
  );
}
