import { useEffect, useState } from 'preact/hooks';

/** What the toggle asks of the browser (the popup's port). */
interface LibraryShownPort {
  libraryShown(): Promise<boolean>;
  showLibrary(shown: boolean): Promise<void>;
}

export interface LibraryOnPageState {
  shown: boolean;
  busy: boolean;
  change(shown: boolean): void;
}

/**
 * The tab's state as the background reports it: read when the popup opens, and read again after each
 * change asked for, so the button shows what the page does, not what was wished.
 */
export function useLibraryOnPage(port: LibraryShownPort, announce: (status: string) => void): LibraryOnPageState {
  const [state, setState] = useState({ shown: false, busy: false });
  useEffect(() => {
    let alive = true;
    port.libraryShown().then(
      (shown) => alive && setState({ shown, busy: false }),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [port]);

  const change = async (wanted: boolean) => {
    setState({ shown: !wanted, busy: true });
    const shown = await port
      .showLibrary(wanted)
      .then(() => port.libraryShown())
      .catch(() => !wanted);
    setState({ shown, busy: false });
    if (shown !== wanted) announce('Your documents’ names could not be changed on this page.');
    else if (shown) announce('Names from your documents are shown on this page.');
    else announce('Names from your documents are no longer shown on this page.');
  };
  return { ...state, change: (shown) => void change(shown) };
}

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
