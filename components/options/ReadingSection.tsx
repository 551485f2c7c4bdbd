import { useId, useState } from 'preact/hooks';
import { HOVER_DELAY_MAX, HOVER_DELAY_MIN, type ReadingPrefs } from '@/utils/settings-schema';

export interface ReadingSectionProps {
  prefs: ReadingPrefs;
  onChange(prefs: ReadingPrefs): void;
}

const HIGHLIGHT_STYLES = [
  { value: 'underline', label: 'Underline' },
  { value: 'tint', label: 'Tint' },
  { value: 'both', label: 'Underline and tint' },
] as const;

const MENTION_SCOPES = [
  { value: 'every', label: 'Every mention' },
  { value: 'first', label: 'Only the first mention of each name' },
] as const;

const THEMES = [
  { value: 'auto', label: 'Match the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

interface ChoicesProps<T extends string> {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
}

function Choices<T extends string>({ legend, name, options, value, onChange }: ChoicesProps<T>) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} class="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Hover delay, which mentions to highlight, highlight style and card theme. */
export default function ReadingSection({ prefs, onChange }: ReadingSectionProps) {
  const id = useId();
  // The slider shows its value while it moves and saves when released: sync storage allows about
  // 120 writes a minute, and a drag fires dozens of input events. Between moves it shows the saved value
  // itself: copying that into state with an effect let an effect from an earlier save, run late, put an
  // older value back after quick key presses.
  const [moving, setMoving] = useState<number>();
  const delay = moving ?? prefs.hoverDelayMs;

  return (
    <section class="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Reading</h2>
      <div class="field">
        <label for={`${id}-delay`}>
          Hover delay <span class="value">{delay} ms</span>
        </label>
        <input
          id={`${id}-delay`}
          type="range"
          min={HOVER_DELAY_MIN}
          max={HOVER_DELAY_MAX}
          step={50}
          value={delay}
          aria-valuetext={`${delay} ms`}
          aria-describedby={`${id}-delay-hint`}
          onInput={(event) => setMoving(event.currentTarget.valueAsNumber)}
          onChange={(event) => {
            setMoving(undefined);
            onChange({ ...prefs, hoverDelayMs: event.currentTarget.valueAsNumber });
          }}
        />
        <p id={`${id}-delay-hint`} class="hint">
          How long the pointer rests on a name before its card opens.
        </p>
      </div>
      <Choices
        legend="Highlight"
        name={`${id}-mentions`}
        options={MENTION_SCOPES}
        value={prefs.mentions}
        onChange={(mentions) => onChange({ ...prefs, mentions })}
      />
      <p class="hint">
        Only the first mention: each name is highlighted once, where it first appears on the page, so a busy page stays
        calm; the shortcuts then go from name to name.
      </p>
      <Choices
        legend="Highlight style"
        name={`${id}-style`}
        options={HIGHLIGHT_STYLES}
        value={prefs.highlightStyle}
        onChange={(highlightStyle) => onChange({ ...prefs, highlightStyle })}
      />
      <p class="preview" aria-hidden="true">
        Example: <span class={`preview-mention preview-${prefs.highlightStyle}`}>Antony Blinken</span> spoke to the{' '}
        <span class={`preview-mention preview-${prefs.highlightStyle}`}>Security Council</span>.
      </p>
      <Choices
        legend="Card theme"
        name={`${id}-theme`}
        options={THEMES}
        value={prefs.theme}
        onChange={(theme) => onChange({ ...prefs, theme })}
      />
    </section>
  );
}
