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
  /** Counts this page's saves: a read issued before a save started holds an older value. */
  const saves = useRef(0);

  /** Reads the stored value and shows it, unless a save started since the read was issued. */
  const readBack = useCallback(
    (isLive: () => boolean = () => true) => {
      const issuedAt = saves.current;
      void setting.get().then((stored) => {
        if (isLive() && pending.current === 0 && saves.current === issuedAt) setValue(stored);
      });
    },
    [setting],
  );

  useEffect(() => {
    let live = true;
    const isLive = () => live;
    // A change event can arrive after a later write of ours has settled, carrying an older value: read the
    // stored value rather than trusting the event's.
    const unwatch = setting.watch(() => {
      if (pending.current === 0) readBack(isLive);
    });
    readBack(isLive);
    return () => {
      live = false;
      unwatch();
    };
  }, [setting, readBack]);

  const save = useCallback(
    async (next: T) => {
      setValue(next);
      saves.current += 1;
      pending.current += 1;
      try {
        await setting.set(next);
      } finally {
        pending.current -= 1;
        if (pending.current === 0) readBack();
      }
    },
    [setting, readBack],
  );

  return { value, save };
}
