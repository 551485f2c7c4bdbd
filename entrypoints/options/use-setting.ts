import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Setting } from '@/utils/extension/settings';

export interface SettingState<T> {
  /** Undefined until the first read. */
  value: T | undefined;
  /** Shows the value at once and stores it; rejects when storage refuses it (the shown value reverts). */
  save(value: T): Promise<void>;
}

/**
 * A stored setting as component state, following changes made elsewhere (the popup, another options tab,
 * sync). While this page's own writes are in flight their change events are ignored, so fast clicks never
 * flash an older value; when the last write settles, and on any later change, the stored value is read back.
 */
export function useSetting<T>(setting: Setting<T>): SettingState<T> {
  const [value, setValue] = useState<T>();
  const pending = useRef(0);

  useEffect(() => {
    let live = true;
    const readBack = () =>
      void setting.get().then((stored) => {
        if (live && pending.current === 0) setValue(stored);
      });
    // A change event can arrive after a later write of ours has settled, carrying an older value: read the
    // stored value rather than trusting the event's.
    const unwatch = setting.watch(() => {
      if (pending.current === 0) readBack();
    });
    readBack();
    return () => {
      live = false;
      unwatch();
    };
  }, [setting]);

  const save = useCallback(
    async (next: T) => {
      setValue(next);
      pending.current += 1;
      try {
        await setting.set(next);
      } finally {
        pending.current -= 1;
        if (pending.current === 0) {
          const stored = await setting.get();
          // Another save may have started while this read was on its way: its value is newer.
          if (pending.current === 0) setValue(stored);
        }
      }
    },
    [setting],
  );

  return { value, save };
}
