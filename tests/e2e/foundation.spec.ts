import type { ChromeInPage } from './extension-api';
import { expect, test } from './fixtures';

test.describe('the built extension', () => {
  test('runs its content script on an http page', async ({ context, origin }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/plain.html`);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('context-cards:ready').length))
      .toBeGreaterThan(0);
  });

  test('opens its popup, rendered with Preact', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByRole('heading', { level: 1, name: 'Context Cards' })).toBeVisible();
  });

  test('opens its options page', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1, name: /settings/i })).toBeVisible();
  });

  test('answers a message in its service worker', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const reply = await page.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeInPage }).chrome.runtime.sendMessage({ type: 'context-cards:ping' }),
    );
    expect(reply).toEqual({ type: 'context-cards:pong', version: '0.1.0' });
  });
});
