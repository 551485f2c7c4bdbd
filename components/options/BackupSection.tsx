import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  checkSettingsFileSize,
  parseSettingsFile,
  serializeSettings,
  settingsFileName,
  type AllSettings,
} from '@/utils/settings-file';
import { downloadFile } from '@/utils/dom/download-file';

export interface BackupSectionProps {
  settings: AllSettings;
  onImport(settings: AllSettings): Promise<void>;
  onReset(): Promise<void>;
}

type Message = { kind: 'error' | 'done'; text: string } | undefined;

/** Export, import (all or nothing, with the reason on refusal) and reset with an in-page confirmation. */
export default function BackupSection({ settings, onImport, onReset }: BackupSectionProps) {
  const id = useId();
  const [message, setMessage] = useState<Message>();
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const importFile = async (file: File) => {
    const tooBig = checkSettingsFileSize(file.size);
    const parsed =
      tooBig === undefined ? parseSettingsFile(await file.text()) : { ok: false as const, message: tooBig };
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: `${file.name} was not imported. ${parsed.message}` });
      return;
    }
    try {
      await onImport(parsed.settings);
      setMessage({ kind: 'done', text: `Imported the settings from ${file.name}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `The settings could not be saved: ${String(error)}` });
    }
  };

  const closeConfirmation = () => {
    setConfirming(false);
    resetButton.current?.focus();
  };

  const reset = async () => {
    closeConfirmation();
    try {
      await onReset();
      setMessage({ kind: 'done', text: 'All settings are back to their defaults.' });
    } catch (error) {
      setMessage({ kind: 'error', text: `The settings could not be reset: ${String(error)}` });
    }
  };

  return (
    <section class="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your settings</h2>
      <p class="hint">
        Settings follow you through your browser’s sync. A file keeps a copy or moves them to another browser.
      </p>
      <div class="actions">
        <button
          type="button"
          onClick={() => {
            downloadFile(serializeSettings(settings), settingsFileName(new Date()));
            setMessage({ kind: 'done', text: 'Exported the settings to a file.' });
          }}
        >
          Export settings
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import settings…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Settings file to import"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so that choosing the same file again is a change too.
            event.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
        <button
          ref={resetButton}
          type="button"
          class="danger"
          aria-expanded={confirming}
          aria-controls={confirming ? `${id}-confirm` : undefined}
          onClick={() => setConfirming(true)}
        >
          Reset to defaults…
        </button>
      </div>
      {confirming && (
        <div
          id={`${id}-confirm`}
          class="confirm"
          role="group"
          aria-labelledby={`${id}-confirm-text`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') closeConfirmation();
          }}
        >
          <p id={`${id}-confirm-text`}>
            Reset all settings? Your site list and muted names are cleared and the reading settings go back to their
            defaults.
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void reset()}>
              Reset all settings
            </button>
            <button ref={cancelButton} type="button" class="secondary" onClick={closeConfirmation}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message?.kind === 'error' && (
        <p class="message message-error" role="alert">
          {message.text}
        </p>
      )}
      <p class="message message-done" role="status">
        {message?.kind === 'done' ? message.text : ''}
      </p>
    </section>
  );
}
