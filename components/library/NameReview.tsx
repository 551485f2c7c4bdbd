import { useId, useState } from 'preact/hooks';
import type { AcceptedName, Outcome, ReviewName } from './types';

export interface NameReviewProps {
  names: ReviewName[];
  onSave(accepted: AcceptedName[]): Promise<Outcome>;
  busy: boolean;
}

const KIND_WORDS: Record<ReviewName['kind'], string> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
};

function splitAliases(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
}

/** The proposed names, each a checkbox with its kind, count and editable aliases; then "Save document". */
export default function NameReview({ names, onSave, busy }: NameReviewProps) {
  const id = useId();
  const [checked, setChecked] = useState(() => names.map((name) => name.confident));
  const [aliases, setAliases] = useState(() => names.map((name) => name.aliases.join(', ')));
  const [error, setError] = useState<string>();

  const save = async () => {
    setError(undefined);
    const accepted = names
      .map((name, index) => ({ name: name.name, kind: name.kind, aliases: splitAliases(aliases[index] ?? '') }))
      .filter((_, index) => checked[index]);
    const outcome = await onSave(accepted);
    if (!outcome.ok) setError(outcome.message);
  };

  return (
    <section class="review" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Names in this document</h2>
      <p class="hint">
        {names.length === 0
          ? 'No names were found in this text.'
          : 'Keep the names to follow. Each checked name is highlighted on the pages you read, and its card quotes this document.'}
      </p>
      <ul class="names">
        {names.map((name, index) => (
          <li key={name.name} class="name">
            <input
              id={`${id}-name-${index}`}
              type="checkbox"
              checked={checked[index]}
              aria-describedby={`${id}-about-${index}`}
              onChange={(event) => {
                const value = event.currentTarget.checked;
                setChecked((all) => all.map((was, i) => (i === index ? value : was)));
              }}
            />
            <label for={`${id}-name-${index}`} class="name-label">
              {name.name}
            </label>
            <span id={`${id}-about-${index}`} class="about">
              {KIND_WORDS[name.kind]}, named {name.count} {name.count === 1 ? 'time' : 'times'}
              {name.joins ? `; joins “${name.joins}” in your library` : ''}
            </span>
            <label class="aliases">
              <span class="visually-hidden">Aliases of {name.name}</span>
              <input
                type="text"
                placeholder="Other names, comma-separated"
                value={aliases[index]}
                onInput={(event) => {
                  const value = event.currentTarget.value;
                  setAliases((all) => all.map((was, i) => (i === index ? value : was)));
                }}
              />
            </label>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void save()}>
          Save document
        </button>
      </div>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
