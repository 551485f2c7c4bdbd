/**
 * Firefox's own output (stdout and stderr), line by line. Errors in an extension's background, pages and
 * content scripts reach no protocol event there: they are printed as `JavaScript error: moz-extension://…`,
 * and console messages as `console.warn: …` (preference devtools.console.stdout.content).
 */
import type { ChildProcess } from 'node:child_process';
import { EXTENSION_PREFIX } from './extension-address';

/** How our extension's own reports begin (utils/dom/report-failure.ts and the background). */
const OUR_PREFIX = '[Context Cards]';

export class FirefoxOutput {
  private readonly lines: string[] = [];
  private partial = '';
  /** Lines a test expected (the fault it caused), not counted as problems. */
  private readonly expected: RegExp[] = [];

  constructor(process: ChildProcess | null) {
    const read = (chunk: Buffer) => {
      const text = this.partial + chunk.toString('utf8');
      const parts = text.split('\n');
      this.partial = parts.pop() ?? '';
      this.lines.push(...parts);
    };
    process?.stdout?.on('data', read);
    process?.stderr?.on('data', read);
  }

  /** Where the output is now; `since()` and `problems()` read from there on. */
  mark(): number {
    return this.lines.length;
  }

  /** A new test: it expects no report yet. Returns its mark. */
  startTest(): number {
    this.expected.length = 0;
    return this.mark();
  }

  since(mark: number): string[] {
    return this.lines.slice(mark);
  }

  /** Lines printed since `mark` that come from our extension, matching `pattern`. */
  ours(mark: number, pattern: RegExp): string[] {
    return this.since(mark).filter((line) => isOurs(line) && pattern.test(line));
  }

  /** A test that causes a fault on purpose says which report it expects. */
  expect(pattern: RegExp): void {
    this.expected.push(pattern);
  }

  /**
   * Errors and warnings from our extension since `mark`, except the expected ones. From `closing` on (the
   * test's tabs being closed), Firefox's note that it stopped a script of a closing tab ("Script terminated
   * by timeout", e.g. a pending timer's callback) is not counted: the tab is going away, and nobody sees it.
   */
  problems(mark: number, closing = Infinity): string[] {
    return this.lines
      .map((line, at) => ({ line, at }))
      .slice(mark)
      .filter(
        ({ line, at }) =>
          isOurs(line) &&
          /^(JavaScript error|JavaScript warning|console\.(error|warn))\b/.test(line) &&
          !(at >= closing && /Script terminated by timeout/.test(line)) &&
          !this.expected.some((pattern) => pattern.test(line)),
      )
      .map(({ line }) => line);
  }
}

function isOurs(line: string): boolean {
  return line.includes(EXTENSION_PREFIX) || line.includes(OUR_PREFIX);
}
