import type { Entity } from '@/data/schema';
import BackupSection from '@/components/options/BackupSection';
import EntitiesSection from '@/components/options/EntitiesSection';
import ReadingSection from '@/components/options/ReadingSection';
import SitesSection from '@/components/options/SitesSection';
import Shortcuts from '@/components/Shortcuts';
import type { Shortcut } from '@/utils/shortcut-keys';
import type { AllSettings } from '@/utils/settings-file';
import type { MutedEntities, ReadingPrefs, SiteRules } from '@/utils/settings-schema';

export interface OptionsProps {
  settings: AllSettings;
  entities: readonly Entity[];
  /** Stored values that could not be read were replaced by the defaults (shown once). */
  resetNotice: boolean;
  /** Why the last change could not be saved, if it could not. */
  saveError?: string | undefined;
  onSitesChange(rules: SiteRules): void;
  onMutedChange(muted: MutedEntities): void;
  onReadingChange(prefs: ReadingPrefs): void;
  onImport(settings: AllSettings): Promise<void>;
  onReset(): Promise<void>;
  onDismissNotice(): void;
  /** The keyboard shortcuts as the browser has them (undefined while loading). */
  shortcuts: readonly Shortcut[] | undefined;
  /** Where the browser lets the reader change them, in words. */
  shortcutsPlace: string;
  onChangeShortcuts(): void;
}

/** The options page: every change is handed to a callback at once; there is no Save button. */
export default function Options(props: OptionsProps) {
  const { settings } = props;
  return (
    <main class="options">
      <header class="page-header">
        <h1>Context Cards settings</h1>
        <p class="hint">Changes are saved as you make them and apply to open tabs straight away.</p>
      </header>
      {props.resetNotice && (
        <div class="notice" role="status">
          <p>Some saved settings could not be read and were reset to defaults.</p>
          <button type="button" class="quiet" onClick={props.onDismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      {props.saveError && (
        <p class="notice notice-error" role="alert">
          {props.saveError}
        </p>
      )}
      <SitesSection rules={settings.sites} onChange={props.onSitesChange} />
      <ReadingSection prefs={settings.reading} onChange={props.onReadingChange} />
      <section class="panel" aria-labelledby="options-keyboard">
        <h2 id="options-keyboard">Keyboard</h2>
        <Shortcuts shortcuts={props.shortcuts} place={props.shortcutsPlace} onChange={props.onChangeShortcuts} />
      </section>
      <EntitiesSection entities={props.entities} muted={settings.muted} onChange={props.onMutedChange} />
      <BackupSection settings={settings} onImport={props.onImport} onReset={props.onReset} />
    </main>
  );
}
