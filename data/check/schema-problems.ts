/**
 * Parses one pack file with its zod schema and turns zod's issues into problems a person can act on:
 * the file, the entry (its id, or its index when it has none) and one sentence naming the field.
 */
import type { ZodError, ZodType } from 'zod';
import type { Problem } from './problem';

type Issue = ZodError['issues'][number];

export interface ParsedFile<T> {
  /** Entries that pass the entry schema on their own, so cross-checks still run on the rest of the file. */
  entries: T[];
  problems: Problem[];
}

export function parseFile<T>(file: string, raw: unknown, fileSchema: ZodType, entrySchema: ZodType<T>): ParsedFile<T> {
  const result = fileSchema.safeParse(raw);
  const problems = result.success ? [] : result.error.issues.map((issue) => issueProblem(file, raw, issue));
  const entries: T[] = [];
  if (Array.isArray(raw)) {
    for (const item of raw as unknown[]) {
      const parsed = entrySchema.safeParse(item);
      if (parsed.success) entries.push(parsed.data);
    }
  }
  return { entries, problems };
}

/** How a problem names an entry of a JSON array: its id if it has a string one, else `#index`. */
export function entryName(raw: unknown, index: number): string {
  const item: unknown = Array.isArray(raw) ? raw[index] : undefined;
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' && item.id !== '') {
    return item.id;
  }
  return `#${index}`;
}

/** `aliases[1].guard` for the path below an entry. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function issueProblem(file: string, raw: unknown, issue: Issue): Problem {
  const [first, ...rest] = issue.path;
  if (typeof first !== 'number') {
    return { file, entry: '(file)', message: fileMessage(issue) };
  }
  const field = rest.length === 0 ? 'the entry' : fieldPath(rest);
  return { file, entry: entryName(raw, first), message: fieldMessage(field, valueAt(raw, issue.path), issue) };
}

function fileMessage(issue: Issue): string {
  if (issue.code === 'too_small') return 'the file must list at least one entry';
  if (issue.code === 'invalid_type') return `the file must hold a JSON ${issue.expected}`;
  return `the file is invalid: ${issue.message}`;
}

function fieldMessage(field: string, value: unknown, issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? `${field} is missing` : `${field} must be ${article(issue.expected)}`;
    case 'too_big':
      return typeof value === 'string'
        ? `${field} is ${value.length} characters long; the limit is ${issue.maximum}`
        : `${field} has too many items (at most ${issue.maximum})`;
    case 'too_small':
      return typeof value === 'string'
        ? `${field} is too short (at least ${issue.minimum} characters)`
        : `${field} needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
    case 'invalid_value':
      return `${field} is ${JSON.stringify(value)}, not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `${field} ${issue.message}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')} (the schema is strict)`;
    case 'invalid_union':
      return `${field} must be a string or an object { text, guard } with a known guard`;
    default:
      return `${field}: ${issue.message}`;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
