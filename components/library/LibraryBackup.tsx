import { useId, useRef, useState } from 'preact/hooks';
import type { Outcome } from './types';

export interface LibraryBackupProps {
  onExport(): Promise<Outcome>;
  onImport(file: File): Promise<Outcome>;
}

/** "Export library" writes one JSON file; "Import library" reads one back, all or nothing. */
export default function LibraryBackup({ onExport, onImport }: LibraryBackupProps) {
  const id = useId();
  const [message, setMessage] = useState<Outcome>();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section class="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Share or keep a copy</h2>
      <p class="hint">A library file holds your documents, their names and facts, to move or share them.</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void onExport().then(setMessage)}>
          Export library
        </button>
        <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>
          Import library
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Library file to import"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void onImport(file).then(setMessage);
          }}
        />
      </div>
      {message && !message.ok && (
        <p class="message message-error" role="alert">
          {message.message}
        </p>
      )}
      <p class="message message-done" role="status">
        {message?.ok ? message.message : ''}
      </p>
    </section>
  );
}
