import { useId, useRef, useState } from 'preact/hooks';
import type { Draft, Outcome } from './types';

export interface DraftFormProps {
  draft: Draft;
  onChange(draft: Draft): void;
  /** Reads a chosen or dropped file into a draft, or says why it cannot. */
  onReadFile(file: File): Promise<{ ok: true; draft: Draft } | { ok: false; message: string }>;
  onFindNames(): Promise<Outcome>;
  busy: boolean;
}

/** The draft: a title and a text, typed, pasted, dropped or opened from a file, then "Find names". */
export default function DraftForm({ draft, onChange, onReadFile, onFindNames, busy }: DraftFormProps) {
  const id = useId();
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const readFile = async (file: File) => {
    setError(undefined);
    const read = await onReadFile(file);
    if (read.ok) onChange(read.draft);
    else setError(read.message);
  };

  return (
    <form
      class="draft"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        setError(undefined);
        void onFindNames().then((outcome) => setError(outcome.ok ? undefined : outcome.message));
      }}
    >
      <h2 id={`${id}-heading`}>New document</h2>
      <label for={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        type="text"
        value={draft.title}
        onInput={(event) => onChange({ ...draft, title: event.currentTarget.value })}
      />
      <label for={`${id}-text`}>Text</label>
      <textarea
        id={`${id}-text`}
        class={dragging ? 'dragging' : undefined}
        rows={12}
        value={draft.text}
        aria-describedby={`${id}-text-hint`}
        onInput={(event) => onChange({ ...draft, text: event.currentTarget.value })}
        onDragOver={(event) => {
          if (event.dataTransfer?.types.includes('Files')) {
            event.preventDefault();
            setDragging(true);
          }
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          const file = event.dataTransfer?.files[0];
          setDragging(false);
          if (!file) return;
          event.preventDefault();
          void readFile(file);
        }}
      />
      <p id={`${id}-text-hint`} class="hint">
        Paste the text, or drop a .txt, .md or .html file (at most 1 MB) here.
      </p>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>
          Open a file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          hidden
          aria-label="Document file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void readFile(file);
          }}
        />
        <button type="submit" disabled={busy}>
          Find names
        </button>
      </div>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
