/**
 * Where the two browsers' extension APIs differ, said in one place (DESIGN.md decision 9). Chrome's MV3
 * build has `action` and `scripting`; Firefox's MV2 build has `browserAction` and `tabs.executeScript`
 * (MV2's `action` is undefined there: calling it threw on start and took the whole background down).
 * Shortcuts are changed on a page of each browser's own: Firefox opens it with
 * `commands.openShortcutSettings()` (Firefox 137+); Chrome lets an extension open chrome://extensions/shortcuts.
 */
import { browser } from 'wxt/browser';

type ToolbarAction = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'getBadgeText'>;

/** The toolbar button's API: `action` (MV3) or `browserAction` (MV2), with the same badge methods. */
export function toolbarAction(): ToolbarAction {
  const api = browser as unknown as { action?: ToolbarAction; browserAction?: ToolbarAction };
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('This browser has neither action nor browserAction');
  return action;
}

interface LegacyTabs {
  executeScript(
    tabId: number,
    details: { file: string; frameId?: number; allFrames?: boolean; matchAboutBlank: boolean },
  ): Promise<unknown>;
}

/**
 * Runs one of the extension's own files in a frame's isolated world (or in every frame of the tab it may
 * access), as a content script: the page's script setting does not apply, unlike an `import()` from the
 * content script, which pages with JavaScript off block.
 */
export async function injectFile(tabId: number, frame: number | 'every frame', file: string): Promise<void> {
  const api = browser as unknown as { scripting?: typeof browser.scripting; tabs: LegacyTabs };
  const every = frame === 'every frame';
  if (api.scripting?.executeScript) {
    const target = every ? { tabId, allFrames: true } : { tabId, frameIds: [frame] };
    await api.scripting.executeScript({ target, files: [file as never] });
  } else {
    const where = every ? { allFrames: true } : { frameId: frame };
    await api.tabs.executeScript(tabId, { file, ...where, matchAboutBlank: true });
  }
}

/** Where a reader changes the extension's keyboard shortcuts, in words, for this browser. */
export function shortcutSettingsPlace(): string {
  return hasShortcutSettingsApi()
    ? 'Add-ons and themes → the gear menu → Manage Extension Shortcuts'
    : 'chrome://extensions/shortcuts';
}

/** Opens the browser's page for changing extension shortcuts. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

function hasShortcutSettingsApi(): boolean {
  return typeof (browser.commands as unknown as { openShortcutSettings?: unknown }).openShortcutSettings === 'function';
}
