/**
 * Where the two browsers' extension APIs differ, said in one place (DESIGN.md decision 9). Chrome's MV3
 * build has `action` and `scripting`; Firefox's MV2 build has `browserAction` and `tabs.executeScript`
 * (MV2's `action` is undefined there: calling it threw on start and took the whole background down).
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
  executeScript(tabId: number, details: { file: string; frameId: number; matchAboutBlank: boolean }): Promise<unknown>;
}

/**
 * Runs one of the extension's own files in a frame's isolated world, as a content script: the page's script
 * setting does not apply, unlike an `import()` from the content script, which pages with JavaScript off block.
 */
export async function injectFile(tabId: number, frameId: number, file: string): Promise<void> {
  const api = browser as unknown as { scripting?: typeof browser.scripting; tabs: LegacyTabs };
  if (api.scripting?.executeScript) {
    await api.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file as never] });
  } else {
    await api.tabs.executeScript(tabId, { file, frameId, matchAboutBlank: true });
  }
}
