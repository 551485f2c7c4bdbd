import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import Options from '@/components/Options';
import type { Shortcut } from '@/utils/shortcut-keys';
import { entities } from '@/data';
import { openShortcutSettings, readShortcuts, shortcutSettingsPlace } from '@/utils/extension/shortcuts';
import { mutedEntitiesSetting, readingPrefsSetting, siteRulesSetting, type Setting } from '@/utils/extension/settings';
import type { AllSettings } from '@/utils/settings-file';
import { useSetting } from './use-setting';
import './style.css';

const allSettings: Setting<unknown>[] = [siteRulesSetting, mutedEntitiesSetting, readingPrefsSetting];

/** Replaces stored values that cannot be read by the defaults; true when there were any. */
async function replaceCorrupted(): Promise<boolean> {
  const corrupt = await Promise.all(allSettings.map((setting) => setting.isCorrupt()));
  const bad = allSettings.filter((_, index) => corrupt[index]);
  await Promise.all(bad.map((setting) => setting.reset()));
  return bad.length > 0;
}

/** Wires the Options component to the stored settings: reads, writes and follows them. */
function OptionsPage() {
  const sites = useSetting(siteRulesSetting);
  const muted = useSetting(mutedEntitiesSetting);
  const reading = useSetting(readingPrefsSetting);
  const [resetNotice, setResetNotice] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const [shortcuts, setShortcuts] = useState<Shortcut[]>();

  useEffect(() => {
    void replaceCorrupted().then(setResetNotice);
    readShortcuts().then(setShortcuts, () => setShortcuts([]));
  }, []);

  if (sites.value === undefined || muted.value === undefined || reading.value === undefined) return null;
  const settings: AllSettings = { sites: sites.value, muted: muted.value, reading: reading.value };

  const saveNow =
    <T,>(save: (value: T) => Promise<void>) =>
    (value: T) => {
      setSaveError(undefined);
      save(value).catch((error: unknown) => setSaveError(`Your change could not be saved: ${String(error)}`));
    };

  return (
    <Options
      settings={settings}
      entities={entities}
      resetNotice={resetNotice}
      saveError={saveError}
      onSitesChange={saveNow(sites.save)}
      onMutedChange={saveNow(muted.save)}
      onReadingChange={saveNow(reading.save)}
      onImport={async (imported) => {
        await Promise.all([sites.save(imported.sites), muted.save(imported.muted), reading.save(imported.reading)]);
      }}
      onReset={async () => {
        await Promise.all(allSettings.map((setting) => setting.reset()));
      }}
      onDismissNotice={() => setResetNotice(false)}
      shortcuts={shortcuts}
      shortcutsPlace={shortcutSettingsPlace()}
      onChangeShortcuts={() => void openShortcutSettings().catch(() => undefined)}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
