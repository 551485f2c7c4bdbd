interface LibraryOnPageProps {
  /** Whether this tab's page looks for the names of the reader's own documents too. */
  shown: boolean;
  /** A change was asked for and is not answered yet: clicks wait for it. */
  busy: boolean;
  onChange(shown: boolean): void;
}

/**
 * The reader's own documents on this page, on request only: a toggle button, and why it is one. A page
 * that could watch which names get highlighted would learn what the library holds, so they are looked for
 * only in a tab where the reader asked.
 */
export default function LibraryOnPage({ shown, busy, onChange }: LibraryOnPageProps) {
  return (
    <div class="pp-mine">
      <button
        type="button"
        class="pp-add pp-show-mine"
        aria-pressed={shown}
        aria-describedby="pp-mine-why"
        onClick={() => !busy && onChange(!shown)}
      >
        Show names from my documents
      </button>
      <p class="pp-hint" id="pp-mine-why">
        Names from the documents you added are looked for on this page only when you ask, so pages cannot learn what
        your library holds.
      </p>
    </div>
  );
}
