/** The slice of the `chrome` API that tests call from extension pages (page.evaluate). */
export interface ChromeInPage {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { sync: { get(key?: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}
