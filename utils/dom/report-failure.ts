/**
 * Never throw into the page: a failure is logged once, with a clear message, and the caller leaves the
 * page as it was.
 */
const reported = new Set<string>();

export function reportFailure(where: string, error: unknown): void {
  if (reported.has(where)) return;
  reported.add(where);
  console.warn(`[Context Cards] ${where} failed and was switched off on this page:`, error);
}

/** Wraps a callback (listener, observer, timer) so that it cannot throw into the page. */
export function guarded<A extends unknown[]>(where: string, callback: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      callback(...args);
    } catch (error) {
      reportFailure(where, error);
    }
  };
}
