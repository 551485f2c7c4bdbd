import { useState } from 'preact/hooks';
import type { SiteSwitchState } from '@/utils/popup-site';

interface SiteSwitchProps {
  /** Undefined while the popup is still asking the tab. */
  state: SiteSwitchState | undefined;
  onChange(enabled: boolean): void;
}

/**
 * "Enable on this site": a switch (a <button role="switch">, named by its <label>) for the tab's site, with
 * the site's name under it, or the reason it is disabled.
 */
export default function SiteSwitch({ state, onChange }: SiteSwitchProps) {
  const available = state?.kind === 'available';
  const checked = available && state.enabled;
  const [flipped, setFlipped] = useState(false);
  return (
    <div class={`pp-switch${available ? '' : ' is-disabled'}${flipped ? ' is-flipped' : ''}`}>
      <div class="pp-switch-text">
        <label for="pp-site-switch">Enable on this site</label>
        <p id="pp-site-detail" class="pp-switch-detail">
          {state === undefined ? 'Checking this page…' : available ? state.site : state.reason}
        </p>
      </div>
      <button
        id="pp-site-switch"
        type="button"
        role="switch"
        class="pp-switch-control"
        aria-checked={checked}
        aria-describedby="pp-site-detail"
        disabled={!available}
        onClick={() => {
          if (!available) return;
          setFlipped(true);
          onChange(!state.enabled);
        }}
      >
        <span class="pp-switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
