/**
 * Fills the extension's sync storage to its last byte (whole 8,000-character items, then the largest last
 * one that fits), so the background's next write is rejected for quota, in Chromium and in Firefox alike.
 * Runs in an extension context (page.evaluate / worker.evaluate): self-contained.
 */
export async function fillSyncStorage(): Promise<void> {
  interface SyncArea {
    set(items: object): Promise<void>;
  }
  const api = globalThis as unknown as {
    browser?: { storage: { sync: SyncArea } };
    chrome?: { storage: { sync: SyncArea } };
  };
  const sync = (api.browser ?? api.chrome)!.storage.sync;
  const fits = (key: string, size: number) =>
    sync.set({ [key]: 'x'.repeat(size) }).then(
      () => true,
      () => false,
    );
  let count = 0;
  while (count < 20 && (await fits(`filler-${count}`, 8000))) count++;
  let low = 0;
  let high = 8000;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (await fits(`filler-${count}`, middle)) low = middle;
    else high = middle - 1;
  }
  await sync.set({ [`filler-${count}`]: 'x'.repeat(low) });
}
