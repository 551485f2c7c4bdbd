import { useEffect, useId, useState } from 'preact/hooks';
import type { DocumentRow } from './types';

export interface DocumentListProps {
  documents: DocumentRow[];
  onToggle(id: string, active: boolean): Promise<void>;
  onRemove(id: string): Promise<void>;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Rows rendered per step: a long library is built in steps of about 10 ms, never one long task. */
const STEP = 60;

/**
 * Every saved document: title, site, date added, counts, a switch and (except the bundled article) a
 * remove button. A long list is rendered STEP rows at a time, one step per frame, and rows use
 * `content-visibility: auto`, so 500 of them lay out and paint only when seen.
 */
export default function DocumentList({ documents, onToggle, onRemove }: DocumentListProps) {
  const id = useId();
  const [error, setError] = useState<string>();
  const [shown, setShown] = useState(STEP);
  useEffect(() => {
    if (shown >= documents.length) return undefined;
    const frame = requestAnimationFrame(() => setShown((count) => count + STEP));
    return () => cancelAnimationFrame(frame);
  }, [shown, documents.length]);
  const [done, setDone] = useState('');
  /** Switches the reader has moved whose write is not settled yet: they show the reader's choice meanwhile. */
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const settle = (docId: string) =>
    setPending((current) => {
      const next = new Map(current);
      next.delete(docId);
      return next;
    });
  // A choice is kept until the list shows it stored; a refused write drops it, so the stored state shows.
  useEffect(() => {
    const stored = [...pending].filter(
      ([docId, wanted]) => documents.find((doc) => doc.id === docId)?.active === wanted,
    );
    if (stored.length > 0) for (const [docId] of stored) settle(docId);
  }, [documents]);
  const run = (action: Promise<void>, message: string, onFailed?: () => void) => {
    setError(undefined);
    setDone('');
    action
      .then(() => setDone(message))
      .catch((failure: unknown) => {
        onFailed?.();
        setError(`The library could not be changed: ${String(failure)}`);
      });
  };

  return (
    <section class="panel documents" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Documents ({documents.length})</h2>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
      <p class="message message-done" role="status">
        {done}
      </p>
      <ul class="document-list" aria-labelledby={`${id}-heading`}>
        {documents.slice(0, shown).map((doc) => {
          const active = pending.get(doc.id) ?? doc.active;
          return (
            <li key={doc.id} class={`document${active ? '' : ' off'}`}>
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
                  checked={active}
                  aria-label={`Use ${doc.title}`}
                  onChange={(event) => {
                    const wanted = event.currentTarget.checked;
                    setPending((current) => new Map(current).set(doc.id, wanted));
                    run(onToggle(doc.id, wanted), `“${doc.title}” is ${wanted ? 'in use' : 'switched off'}.`, () =>
                      settle(doc.id),
                    );
                  }}
                />
                <span aria-hidden="true">{active ? 'On' : 'Off'}</span>
              </label>
              {!doc.bundled && (
                <button
                  type="button"
                  class="danger secondary"
                  aria-label={`Remove ${doc.title}`}
                  onClick={() => run(onRemove(doc.id), `Removed “${doc.title}”.`)}
                >
                  Remove
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
