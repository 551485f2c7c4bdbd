import { sourceDetails } from '@/utils/card-content';

/** A document of the reader's library as the popup lists it. */
export interface PopupDocument {
  id: string;
  title: string;
  site?: string | undefined;
  published?: string | undefined;
  active: boolean;
  bundled: boolean;
}

/** Documents listed before "All documents (N)": the popup stays a glance, the library page lists them all. */
export const LISTED_DOCUMENTS = 5;

interface YourDocumentsProps {
  /** Every document of the library, bundled first; undefined while being read. */
  documents: readonly PopupDocument[] | undefined;
  /** The library could not be read. */
  failed: boolean;
  onOpen(documentId: string): void;
  onOpenLibrary(): void;
}

/**
 * "Your documents": the switched-on documents (a few), each opening in the article view, then the way to
 * the library page with all of them.
 */
export default function YourDocuments({ documents, failed, onOpen, onOpenLibrary }: YourDocumentsProps) {
  const active = documents?.filter((doc) => doc.active) ?? [];
  const listed = active.slice(0, LISTED_DOCUMENTS);
  return (
    <section class="pp-section" aria-labelledby="pp-docs">
      <div class="pp-section-head">
        <h2 id="pp-docs">Your documents</h2>
      </div>
      {failed ? (
        <p class="pp-empty">Your library could not be read.</p>
      ) : documents === undefined ? (
        <p class="pp-empty">Reading your library…</p>
      ) : listed.length === 0 ? (
        <p class="pp-empty">Every document is switched off.</p>
      ) : (
        <ul class="pp-docs">
          {listed.map((doc) => {
            const details = sourceDetails({
              id: doc.id,
              title: doc.title,
              ...(doc.site !== undefined && { site: doc.site }),
              ...(doc.published !== undefined && { published: doc.published }),
            });
            const meta = doc.bundled ? 'Bundled with Context Cards' : details;
            return (
              <li key={doc.id} class="pp-doc">
                <button
                  type="button"
                  class="pp-doc-open"
                  aria-describedby={meta ? `pp-doc-meta-${doc.id}` : undefined}
                  onClick={() => onOpen(doc.id)}
                >
                  <span class="pp-sr">Open </span>
                  {doc.title}
                </button>
                {meta && (
                  <span class="pp-doc-meta" id={`pp-doc-meta-${doc.id}`}>
                    {meta}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {documents !== undefined && (
        <button type="button" class="pp-link pp-all-docs" onClick={onOpenLibrary}>
          All documents ({documents.length})
        </button>
      )}
    </section>
  );
}
