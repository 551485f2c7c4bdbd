import { useId, useState } from 'preact/hooks';
import type { DocumentRow } from './types';

export interface DocumentListProps {
  documents: DocumentRow[];
  onToggle(id: string, active: boolean): Promise<void>;
  onRemove(id: string): Promise<void>;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * Every saved document: title, site, date added, counts, a switch and (except the bundled article) a
 * remove button. Rows use `content-visibility: auto`, so 500 of them lay out and paint only when seen.
 */
export default function DocumentList({ documents, onToggle, onRemove }: DocumentListProps) {
  const id = useId();
  const [error, setError] = useState<string>();
  const run = (action: Promise<void>) => {
    setError(undefined);
    action.catch((failure: unknown) => setError(`The library could not be changed: ${String(failure)}`));
  };

  return (
    <section class="documents" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Documents ({documents.length})</h2>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
      <ul class="document-list" aria-labelledby={`${id}-heading`}>
        {documents.map((doc) => (
          <li key={doc.id} class={`document${doc.active ? '' : ' off'}`}>
            <div class="document-text">
              <span class="document-title">{doc.title}</span>
              <span class="document-meta">
                {[
                  doc.bundled ? 'Bundled with Context Cards' : doc.site,
                  `added ${dateFormat.format(new Date(doc.added))}`,
                  `${doc.entityCount} ${doc.entityCount === 1 ? 'name' : 'names'}`,
                  `${doc.factCount} ${doc.factCount === 1 ? 'fact' : 'facts'}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </div>
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                checked={doc.active}
                aria-label={`Use ${doc.title}`}
                onChange={(event) => run(onToggle(doc.id, event.currentTarget.checked))}
              />
              <span aria-hidden="true">{doc.active ? 'On' : 'Off'}</span>
            </label>
            {!doc.bundled && (
              <button
                type="button"
                class="danger secondary"
                aria-label={`Remove ${doc.title}`}
                onClick={() => run(onRemove(doc.id))}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
