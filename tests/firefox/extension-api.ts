/** The slice of Firefox's `browser` API that tests call from an extension page (page.evaluate). */
export interface BrowserInPage {
  tabs: {
    query(filter: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    sync: {
      clear(): Promise<void>;
      set(items: object): Promise<void>;
      get(key?: string | null): Promise<Record<string, unknown>>;
    };
  };
}
