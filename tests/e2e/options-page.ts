import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The storage keys of the settings (WXT's `sync:context-cards-*` items; `$` keys hold their versions). */
export const KEYS = { sites: 'context-cards-sites', muted: 'context-cards-muted', reading: 'context-cards-reading' };

interface SyncInPage {
  chrome: {
    storage: {
      sync: {
        get(key: string | null): Promise<Record<string, unknown>>;
        set(items: object): Promise<void>;
        clear(): Promise<void>;
      };
    };
  };
}

/** The options page of the built extension, found by role and accessible name. */
export class OptionsPage {
  readonly siteField: Locator;
  readonly addButton: Locator;
  readonly alert: Locator;

  private constructor(readonly page: Page) {
    this.siteField = page.getByRole('textbox', { name: 'Site', exact: true });
    this.addButton = page.getByRole('button', { name: 'Add', exact: true });
    this.alert = page.getByRole('alert');
  }

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const options = new OptionsPage(page);
    await options.ready();
    return options;
  }

  async ready(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Context Cards settings' })).toBeVisible();
    await expect(this.siteField).toBeVisible();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  async addSite(text: string): Promise<void> {
    await this.siteField.fill(text);
    await this.addButton.click();
  }

  siteList(): Locator {
    return this.page.getByRole('list', { name: /^Sites where/ });
  }

  group(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  /** Everything in browser.storage.sync, as the extension stored it. */
  async stored(): Promise<Record<string, unknown>> {
    return this.page.evaluate(() => (globalThis as unknown as SyncInPage).chrome.storage.sync.get(null));
  }

  async store(items: Record<string, unknown>): Promise<void> {
    await this.page.evaluate((values) => (globalThis as unknown as SyncInPage).chrome.storage.sync.set(values), items);
  }

  /** Waits until a stored setting equals `value` (undefined: not stored). */
  async expectStored(key: string, value: unknown): Promise<void> {
    await expect.poll(async () => (await this.stored())[key]).toEqual(value);
  }
}
