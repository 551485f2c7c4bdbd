/**
 * The extension's keyboard shortcuts as the browser has them now (the reader may have changed or removed
 * them), for the popup and the options page, and the way to change them.
 */
import { browser } from 'wxt/browser';
import type { Shortcut } from '@/utils/shortcut-keys';

export { openShortcutSettings, shortcutSettingsPlace } from './browser-differences';

export async function readShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.map((command) => ({
    name: command.name ?? '',
    description: command.description ?? '',
    shortcut: command.shortcut ?? '',
  }));
}
