import { describe, expect, it } from 'vitest';
import { shortcutKeys } from '@/utils/shortcut-keys';

describe('shortcutKeys', () => {
  it.each([
    ['Alt+Shift+J', ['Alt', 'Shift', 'J']],
    ['Ctrl++', ['Ctrl', '+']],
    ['', []],
  ])('splits %j into its keys', (shortcut, keys) => {
    expect(shortcutKeys(shortcut)).toEqual(keys);
  });
});
