import { describe, expect, it } from 'vitest';
import { entities } from '@/data/entities';
import { aliasVariants, keyPattern, matchKeyAt } from '@/utils/match/alias-variants';

/** What the matcher compiled for each form before matchKeyAt: the form's pattern, then no ASCII word character. */
function byPattern(key: string, text: string, start: number): number {
  const sticky = new RegExp(`${keyPattern(key)}(?![A-Za-z0-9])`, 'y');
  sticky.lastIndex = start;
  return sticky.test(text) ? sticky.lastIndex : -1;
}

describe('matchKeyAt', () => {
  it.each([
    ['Antony Blinken', 'Antony Blinken said', 0, 14],
    ['Antony Blinken', 'Antony\u00a0\n  Blinken', 0, 17],
    ['Antony Blinken', 'AntonyBlinken', 0, -1],
    ['Antony Blinken', 'Antony Blinkens', 0, -1],
    ['Antony Blinken', 'Antony Blinken’s', 0, 14],
    ["Int'l Court", 'the Int’l Court', 4, 15],
    ['U.N. Security Council', 'U.N.  Security\tCouncil.', 0, 22],
    ['UN', 'UN1', 0, -1],
    ['UN', 'UNé', 0, 2],
  ])('%s in %j at %i ends at %i', (key, text, start, end) => {
    expect(matchKeyAt(key, text, start)).toBe(end);
    expect(byPattern(key, text, start)).toBe(end);
  });

  it('answers as the compiled pattern did, for every form of the pack in generated text', () => {
    const keys = entities.flatMap((entity) =>
      entity.aliases.flatMap((alias) => aliasVariants(alias).map((v) => v.key)),
    );
    const pieces = [' ', '  ', '\u00a0', '\n', '\t', '\u2009', "'", '’', 's', 'S', '1', '.', 'é', '-', '\u3000', 'x'];
    let seed = 11;
    const next = (below: number) => (seed = (seed * 48271) % 2147483647) % below;
    let compared = 0;
    let matched = 0;
    for (const key of keys) {
      for (let trial = 0; trial < 40; trial++) {
        // The key with its spaces and apostrophes swapped for neighbours, a prefix cut off or a tail added.
        let text = [...key]
          .map((char) =>
            char === ' ' || char === "'" ? pieces[next(8)]! : next(30) === 0 ? pieces[next(pieces.length)]! : char,
          )
          .join('');
        if (next(4) === 0) text = text.slice(0, next(text.length + 1));
        text = pieces[next(pieces.length)]! + text + pieces[next(pieces.length)]!.repeat(next(3));
        for (const start of [0, 1]) {
          expect(matchKeyAt(key, text, start), `${key} in ${JSON.stringify(text)} at ${start}`).toBe(
            byPattern(key, text, start),
          );
          compared++;
          if (matchKeyAt(key, text, start) >= 0) matched++;
        }
      }
    }
    expect(compared).toBeGreaterThan(4_000);
    expect(matched).toBeGreaterThan(500);
  });
});
