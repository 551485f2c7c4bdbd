import { describe, expect, it } from 'vitest';
import { decodePunycode, displaySite } from '@/utils/punycode';

describe('punycode', () => {
  it.each(['bücher.de', 'münchen.de', '例え.jp', 'ελλάδα.gr', 'россия.рф', 'straße.de', 'café.example.com'])(
    'displays %s as typed after the URL parser encoded it',
    (typed) => {
      const stored = new URL(`http://${typed}`).hostname;
      expect(stored).toMatch(/xn--/);
      expect(displaySite(stored)).toBe(typed.normalize('NFC'));
    },
  );

  it.each([
    ['example.com', 'example.com'],
    ['*.xn--bcher-kva.de', '*.bücher.de'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['xn--!!.com', 'xn--!!.com'],
    ['xn--abc-.com', 'xn--abc-.com'],
    ['xn--zzzzzzzzzzzzzzzzzzzzzzzzz.com', 'xn--zzzzzzzzzzzzzzzzzzzzzzzzz.com'],
  ])('displays %s as %s', (stored, shown) => {
    expect(displaySite(stored)).toBe(shown);
  });

  it.each(['bcher-kva', 'mnchen-3ya'])('decodes the label %s', (label) => {
    expect(decodePunycode(label)).toMatch(/^(bücher|münchen)$/);
  });

  it.each(['!!', 'a-!', '99999999999999'])('refuses the invalid label %s', (label) => {
    expect(decodePunycode(label)).toBeUndefined();
  });
});
