/** The benchmark's report: the whole cost per page, then the figures beside DESIGN.md's budgets. */
import { CATEGORIES, type Split } from './cpu-attribution';
import { round } from './stats';

export type Status = 'pass' | 'FAIL' | 'n/a' | 'info';

export interface Row {
  measure: string;
  figure: string;
  budget: string;
  status: Status;
}

/** One page's medians over its loads (issue 11's table). */
export interface PageCost {
  page: string;
  frames: number;
  /** Text the floor read, summed over frames. */
  chars: number;
  /** Mentions our scan passes found, summed over frames; the floor's plain-pattern hits beside them. */
  mentions: number;
  floorMentions: number;
  oursMs: number;
  floorMs: number;
  /** Per load ours ÷ floor, then the median. */
  ratio: number;
  split: Split;
  /** Longest task our code caused, CPU (long-tasks.ts), over the loads. */
  causedTaskMaxMs: number;
  /** The reference highlighters' medians (reference-extensions.ts): CPU, per-load ratio to the floor, mentions. */
  references: Array<{ ms: number; ratio: number; mentions: number }>;
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

/** Per page: the floor, each reference highlighter (ms and ratio to the floor, mentions), ours. */
export function referenceTable(pages: readonly PageCost[], references: ReadonlyArray<{ name: string }>): string {
  return table(
    [
      'page',
      'floor ms',
      ...references.map((reference) => `${reference.name}: ms (× floor), mentions`),
      'ours ms (× floor)',
    ],
    pages.map((p) => [
      p.page,
      show(p.floorMs),
      ...p.references.map((r) => `${show(r.ms)} (${show(r.ratio, '×')}), ${show(r.mentions)}`),
      `${show(p.oursMs)} (${show(p.ratio, '×')})`,
    ]),
  );
}

export function wholeCostTable(pages: readonly PageCost[]): string {
  return table(
    [
      'page',
      'frames',
      'text chars',
      'mentions (ours / plain pattern)',
      'ours ms',
      'floor ms',
      'ratio',
      ...CATEGORIES.map((c) => `${c} ms`),
    ],
    pages.map((p) => [
      p.page,
      show(p.frames),
      show(p.chars),
      `${show(p.mentions)} / ${show(p.floorMentions)}`,
      show(p.oursMs),
      show(p.floorMs),
      show(p.ratio, '×'),
      ...CATEGORIES.map((c) => show(p.split[c])),
    ]),
  );
}
