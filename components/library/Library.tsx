import { useRef, useState } from 'preact/hooks';
import DocumentList from './DocumentList';
import DraftForm from './DraftForm';
import LibraryBackup from './LibraryBackup';
import NameReview from './NameReview';
import type { AcceptedName, DocumentRow, Draft, Outcome, ReviewName } from './types';

export interface LibraryProps {
  documents: DocumentRow[];
  /** A notice about the library as read (records skipped, storage not persistent). */
  notice?: string;
  /** A draft to review at once (a page captured from the popup). */
  initialDraft?: Draft;
  onFindNames(draft: Draft): Promise<{ ok: true; names: ReviewName[] } | { ok: false; message: string }>;
  onSave(draft: Draft, accepted: AcceptedName[]): Promise<Outcome>;
  onReadFile(file: File): Promise<{ ok: true; draft: Draft } | { ok: false; message: string }>;
  onToggle(id: string, active: boolean): Promise<void>;
  onRemove(id: string): Promise<void>;
  onExport(): Promise<Outcome>;
  onImport(file: File): Promise<Outcome>;
}

const EMPTY: Draft = { title: '', text: '' };

/** The library page: add a document (draft, review, save), the documents, and the library file. */
export default function Library(props: LibraryProps) {
  const [adding, setAdding] = useState(props.initialDraft !== undefined);
  const [draft, setDraft] = useState<Draft>(props.initialDraft ?? EMPTY);
  const [review, setReview] = useState<ReviewName[]>();
  // A new list of names is a new review: its checkboxes start from the proposals again.
  const [reviewKey, setReviewKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  const changeDraft = (next: Draft) => {
    setDraft(next);
    setReview(undefined);
  };

  const findNames = async (): Promise<Outcome> => {
    setBusy(true);
    setSaved('');
    try {
      const found = await props.onFindNames(draft);
      if (!found.ok) return found;
      setReview(found.names);
      setReviewKey((key) => key + 1);
      return { ok: true, message: '' };
    } finally {
      setBusy(false);
    }
  };

  const save = async (accepted: AcceptedName[]): Promise<Outcome> => {
    setBusy(true);
    try {
      const outcome = await props.onSave(draft, accepted);
      if (outcome.ok) {
        setSaved(outcome.message);
        setDraft(EMPTY);
        setReview(undefined);
        setAdding(false);
        addButton.current?.focus();
      }
      return outcome;
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="options library">
      <h1>Your library</h1>
      <p class="lede">
        The documents whose names Context Cards highlights on the pages you read, each card quoting them word for word.
        Everything stays in this browser.
      </p>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <section class="panel add">
        <div class="actions">
          <button
            ref={addButton}
            type="button"
            aria-expanded={adding}
            onClick={() => {
              setAdding(true);
              setSaved('');
            }}
          >
            Add a document
          </button>
        </div>
        {adding && (
          <DraftForm
            draft={draft}
            onChange={changeDraft}
            onReadFile={props.onReadFile}
            onFindNames={findNames}
            busy={busy}
          />
        )}
        {adding && review && <NameReview key={reviewKey} names={review} onSave={save} busy={busy} />}
        <p class="message message-done" role="status">
          {saved}
        </p>
      </section>
      <DocumentList documents={props.documents} onToggle={props.onToggle} onRemove={props.onRemove} />
      <LibraryBackup onExport={props.onExport} onImport={props.onImport} />
    </main>
  );
}
