/**
 * Keyboard shortcuts as the browser reports them (`commands.getAll()`), and their keys for display. Pure.
 */

export interface Shortcut {
  name: string;
  description: string;
  /** The keys, as the browser writes them ("Alt+Shift+J"); empty when the reader removed the shortcut. */
  shortcut: string;
}

/** "Alt+Shift+J" → ["Alt", "Shift", "J"]; a shortcut on the plus key itself ("Ctrl++") keeps its "+". */
export function shortcutKeys(shortcut: string): string[] {
  if (shortcut === '') return [];
  const keys = shortcut.split('+');
  // "Ctrl++" splits into ["Ctrl", "", ""]: the last key is "+".
  if (shortcut.endsWith('++')) return [...keys.slice(0, -2), '+'];
  return keys;
}
