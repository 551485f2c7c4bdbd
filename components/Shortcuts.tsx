import type { Shortcut } from '@/utils/shortcut-keys';
import { shortcutKeys } from '@/utils/shortcut-keys';
import './shortcuts.css';

interface ShortcutsProps {
  /** Undefined while loading. */
  shortcuts: readonly Shortcut[] | undefined;
  /** Where the browser lets the reader change them, in words ("chrome://extensions/shortcuts"). */
  place: string;
  /** Opens the browser's page for changing them. */
  onChange(): void;
}

/** The commands shown, in this order (their descriptions come from the manifest). */
const ORDER = ['next-mention', 'previous-mention'];

/**
 * The keyboard shortcuts, shown where a reader looks for them (popup and options), with the way to change
 * them: the browser owns them, so the button opens its shortcuts page.
 */
export default function Shortcuts({ shortcuts, place, onChange }: ShortcutsProps) {
  const known = (shortcuts ?? [])
    .filter((item) => ORDER.includes(item.name))
    .sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  return (
    <div class="cc-shortcuts">
      {shortcuts === undefined ? null : known.length === 0 ? (
        <p class="cc-shortcuts-none">This browser reports no shortcuts for Context Cards.</p>
      ) : (
        <dl class="cc-keys">
          {known.map((item) => (
            <div key={item.name} class="cc-key">
              <dt>
                {item.shortcut ? (
                  shortcutKeys(item.shortcut).map((key, i) => (
                    <span key={i}>
                      {i > 0 && '+'}
                      <kbd>{key}</kbd>
                    </span>
                  ))
                ) : (
                  <span class="cc-unset">Not set</span>
                )}
              </dt>
              <dd>{item.description}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="cc-shortcuts-hint">
        They work on any page with highlighted names, except while you type in a field; Escape closes a card. The
        browser keeps them: change them at <span class="cc-place">{place}</span>.{' '}
        <button type="button" class="cc-link-button" onClick={onChange}>
          Change shortcuts
        </button>
      </p>
    </div>
  );
}
