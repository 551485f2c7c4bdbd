/**
 * The article view's address for a fact's passage: `article.html#fact-<id>` (the background builds the
 * same hash for `context-cards:open-article`). Pure.
 */

const PREFIX = '#fact-';

export function factHash(factId: string): string {
  return PREFIX + encodeURIComponent(factId);
}

/** The fact id in a location hash, or undefined when the hash is not a fact's. */
export function factIdFromHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX) || hash.length === PREFIX.length) return undefined;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return undefined; // a malformed escape such as `%E0%A4%A`
  }
}
