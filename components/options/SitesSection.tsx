import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { displaySite } from '@/utils/punycode';
import type { SiteRules } from '@/utils/settings-schema';
import { checkNewSite, parseSiteInput } from '@/utils/site-input';

export interface SitesSectionProps {
  rules: SiteRules;
  onChange(rules: SiteRules): void;
}

const MODES = [
  { value: 'all-except', label: 'Run on all sites except these' },
  { value: 'only', label: 'Only on these sites' },
] as const;

/** The mode and the list of sites: a "Site" field with "Add", and "Remove" per listed site. */
export default function SitesSection({ rules, onChange }: SitesSectionProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  /** After a removal, which row's Remove button gets focus (the field when the list is empty). */
  const focusAfterRemove = useRef<number | undefined>(undefined);

  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === undefined) return;
    focusAfterRemove.current = undefined;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? input.current)?.focus();
  }, [rules.sites]);

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteInput(text);
    const checked = parsed.ok ? checkNewSite(parsed.site, rules.sites) : parsed;
    if (!checked.ok) {
      setError(checked.message);
      setStatus('');
      input.current?.focus();
      return;
    }
    onChange({ ...rules, sites: [...rules.sites, checked.site] });
    setText('');
    setError(undefined);
    setStatus(`Added ${displaySite(checked.site)}.`);
    input.current?.focus();
  };

  const remove = (site: string, index: number) => {
    focusAfterRemove.current = index;
    onChange({ ...rules, sites: rules.sites.filter((rule) => rule !== site) });
    setStatus(`Removed ${displaySite(site)}.`);
  };

  const runsOnList = rules.mode === 'only';
  return (
    <section class="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Sites</h2>
      <fieldset class="choices">
        <legend>Where Context Cards runs</legend>
        {MODES.map((mode) => (
          <label key={mode.value} class="choice">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode.value}
              checked={rules.mode === mode.value}
              onChange={() => onChange({ ...rules, mode: mode.value })}
            />
            {mode.label}
          </label>
        ))}
      </fieldset>

      <form class="site-form" onSubmit={add} noValidate>
        <label for={`${id}-site`}>Site</label>
        <div class="site-form-row">
          <input
            ref={input}
            id={`${id}-site`}
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="none"
            spellcheck={false}
            placeholder="example.com"
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setError(undefined);
            }}
          />
          <button type="submit">Add</button>
        </div>
        {error && (
          <p id={`${id}-error`} class="field-error" role="alert">
            {error}
          </p>
        )}
        <p id={`${id}-hint`} class="hint">
          A site includes its subdomains: example.com covers news.example.com. Write *.example.com for the subdomains
          only, or paste a page’s address.
        </p>
      </form>

      <h3 id={`${id}-list`}>{runsOnList ? 'Sites where it runs' : 'Sites where it does not run'}</h3>
      {rules.sites.length === 0 ? (
        <p class="empty">
          {runsOnList
            ? 'No sites yet: Context Cards runs nowhere until you add one.'
            : 'No sites yet: Context Cards runs on every site.'}
        </p>
      ) : (
        <ul ref={list} class="site-list" aria-labelledby={`${id}-list`}>
          {rules.sites.map((site, index) => {
            const shown = displaySite(site);
            return (
              <li key={site}>
                <span class="site-name">
                  {shown}
                  {shown !== site && <span class="site-code"> ({site})</span>}
                </span>
                <button type="button" class="quiet" aria-label={`Remove ${shown}`} onClick={() => remove(site, index)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
