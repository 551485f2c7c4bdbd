/** One thing wrong with the pack, reported as `data/<file>: <entry>: <message>`. */
export interface Problem {
  /** Path under the pack directory: `facts.json`, `documents/<name>.txt`. */
  file: string;
  /** The entry's id, `#index` when it has none, or `(file)` for the file as a whole. */
  entry: string;
  /** One sentence saying what is wrong. */
  message: string;
}

export function formatProblem(problem: Problem, dir = 'data'): string {
  return `${dir}/${problem.file}: ${problem.entry}: ${problem.message}`;
}
