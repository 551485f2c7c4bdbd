/**
 * Which source file a position of a built script comes from, read from the build's hidden source map
 * (CC_SOURCEMAP=1, see wxt.config.ts). Only the source of each segment is decoded: that is all the benchmark
 * needs to split our CPU time by module (cpu-attribution.ts).
 */
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line's VLQ fields: [generated column delta, source delta, …] per segment. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

export interface SourceLookup {
  /** The source file (as the map names it) of a 0-based line and column, or undefined. */
  sourceAt(line: number, column: number): string | undefined;
}

export function readSourceMap(mapPath: string): SourceLookup | undefined {
  if (!existsSync(mapPath)) return undefined;
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string };
  // Per generated line: columns ascending, with the source index of the segment starting there.
  const lines: Array<Array<[column: number, source: number]>> = [];
  let source = 0;
  for (const line of map.mappings.split(';')) {
    const segments: Array<[number, number]> = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1]!;
        segments.push([column, source]);
      }
      // Fields 2–4 (line, column, name) accumulate across the map but are not needed here.
    }
    lines.push(segments);
  }
  return {
    sourceAt(line, column) {
      const segments = lines[line];
      if (!segments || segments.length === 0) return undefined;
      let [low, high] = [0, segments.length - 1];
      if (segments[0]![0] > column) return map.sources[segments[0]![1]];
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (segments[mid]![0] <= column) low = mid;
        else high = mid - 1;
      }
      return map.sources[segments[low]![1]];
    },
  };
}
