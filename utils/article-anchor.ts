/**
 * The article view's addresses: `article.html#fact-<id>` for a passage of the bundled article, and
 * `article.html?doc=<id>#fact-<id>` for a passage of a document the reader added (the background builds the
 * same for `context-cards:open-article`, the popup for its documents). Pure.
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

/** What to open: a library document (none for the bundled article), at a fact's passage when given. */
export interface ArticleAddress {
  documentId?: string | undefined;
  factId?: string | undefined;
}

/**
 * The extension path of the article view for an address. The bundled article keeps its plain address
 * (`/article.html#fact-<id>`), so links made before the library existed still work.
 */
export function articlePath(
  { documentId, factId }: ArticleAddress,
  bundledIds: ReadonlySet<string>,
): `/article.html${string}` {
  const query = documentId === undefined || bundledIds.has(documentId) ? '' : `?doc=${encodeURIComponent(documentId)}`;
  const hash = factId === undefined || factId === '' ? '' : factHash(factId);
  return `/article.html${query}${hash}`;
}

/** The document an article view's address names (`?doc=`), or undefined for the bundled article. */
export function documentIdFromSearch(search: string): string | undefined {
  const match = /(?:^\?|&)doc=([^&#]+)/.exec(search);
  if (match === null) return undefined;
  try {
    return decodeURIComponent(match[1]!.replace(/\+/g, ' '));
  } catch {
    return undefined; // a malformed escape: no document is named
  }
}
