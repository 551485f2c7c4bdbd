import { describe, expect, it } from 'vitest';
import { entities } from '@/data/entities';
import { compileMatcher, compileMatcherData, instantiateMatcher } from '@/utils/match';
import { indexOfHash } from '@/utils/match/matcher-data';
import { hashPair, hashText, wordsOf } from '@/utils/match/word-runs';

const person = (id: string, ...aliases: string[]) => ({ id, aliases });

describe('compileMatcherData', () => {
  it('survives storage: the JSON round trip matches exactly as the entities compiled directly', () => {
    const text = 'Antony Blinken met the U.N. Security Council; Netanyahu’s office and Hamas replied.';
    const stored = JSON.parse(JSON.stringify(compileMatcherData(entities)));
    expect(instantiateMatcher(stored)(text)).toEqual(compileMatcher(entities)(text));
    expect(instantiateMatcher(stored)(text).map((m) => m.entityId)).toEqual([
      'antony-blinken',
      'un-security-council',
      'benjamin-netanyahu',
      'hamas',
    ]);
  });

  it('lists the hashes of whole forms, word by word, and of their prefixes apart', () => {
    const data = compileMatcherData([person('a', 'Gaza Strip', 'Hamas', 'Department of State'), person('b', 'U.S.')]);
    const has = (hash: number) => indexOfHash(data.words, hash) >= 0;
    const prefix = (hash: number) => indexOfHash(data.prefixes, hash) >= 0;
    const departmentOf = hashPair(hashText('Department'), 'of', 0, 2);
    expect(has(hashText('Hamas'))).toBe(true);
    expect(has(hashPair(hashText('Gaza'), 'Strip', 0, 5))).toBe(true);
    expect(has(hashPair(hashText('U'), 'S', 0, 1))).toBe(true);
    expect(has(hashPair(departmentOf, 'State', 0, 5))).toBe(true);
    expect(has(hashText('Gaza'))).toBe(false);
    expect(has(departmentOf)).toBe(false);
    expect(prefix(departmentOf) && prefix(hashText('Gaza'))).toBe(true);
    expect(data.words).toEqual([...data.words].sort((a, b) => a - b));
  });

  it('keeps the first entity to claim a form, and prefers the longest form at a place', () => {
    const match = instantiateMatcher(
      compileMatcherData([
        person('first', 'Joe Biden'),
        person('second', 'Joe Biden', 'Biden'),
        person('third', 'Joe'),
      ]),
    );
    expect(match('Joe Biden spoke; Biden left; Joe stayed.').map((m) => m.entityId)).toEqual([
      'first',
      'second',
      'third',
    ]);
  });

  it('scales: 10,000 aliases compile into groups a page only parses when it shows their first word', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => person(`p${i}`, `Name${i} Surname${i}`, `Judge Surname${i}`));
    const data = compileMatcherData(many);
    expect(data.forms.split('\n').filter(Boolean)).toHaveLength(10_000);
    expect(data.groupHashes.length + 1).toBe(data.groupStarts.length);
    const match = instantiateMatcher(data);
    expect(match('Yesterday Judge Surname4321 met Name17 Surname17 and Name18 Surname19.')).toEqual([
      { entityId: 'p4321', start: 10, end: 27 },
      { entityId: 'p17', start: 32, end: 48 },
    ]);
  });

  it('leaves out forms that do not start with a word character, where no page word could start them', () => {
    expect(compileMatcherData([person('x', '#tag', '“quoted')]).forms).toBe('');
  });
});

describe('wordsOf', () => {
  it.each([
    ['U.N. Security Council', ['U', 'N', 'Security', 'Council']],
    ["other countries' negotiators", ['other', 'countries', 'negotiators']],
    ['Netanyahu’s', ['Netanyahu', 's']],
    ['Zürich Straße', ['Zürich', 'Straße']],
  ])('splits %s into its words', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });
});
