/**
 * browser.storage.sync refuses an item whose key plus JSON value exceeds 8,192 bytes (Chrome's
 * `QUOTA_BYTES_PER_ITEM`; Firefox applies the same limit). Checking before writing lets the options page
 * say so plainly instead of failing half-way through an import.
 */
export const SYNC_ITEM_MAX_BYTES = 8192;

/** Room kept for the storage key (`context-cards-reading` is 21 bytes). */
const KEY_ALLOWANCE = 64;

/** UTF-8 length of a string, without TextEncoder (the pure layer has no DOM lib). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function fitsSyncItem(value: unknown): boolean {
  return utf8Length(JSON.stringify(value)) + KEY_ALLOWANCE <= SYNC_ITEM_MAX_BYTES;
}
