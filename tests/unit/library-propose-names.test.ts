import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entities } from '@/data';
import { foundNames } from '@/utils/library/name-scores';
import { proposeNames } from '@/utils/library/propose-names';

const text = readFileSync('data/documents/us-votes-against-un-gaza-ceasefire-resolution.txt', 'utf8');
// The curated people, organizations, bodies and places: every kind but `group` (people named collectively,
// such as "Israeli officials", which are not names).
const curated = entities.filter((entity) => entity.kind !== 'group');
const labels = curated.map((entity) => ({
  name: entity.name,
  kind: entity.kind,
  aliases: entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
}));

describe('proposeNames', () => {
  it('finds at least 90% of the bundled article’s curated names, by name or alias, without the pack', () => {
    const proposals = proposeNames(text);
    const found = foundNames(proposals, labels);
    const missed = labels.filter((label) => !found.includes(label)).map((label) => label.name);
    console.log(`bundled article: ${found.length}/${labels.length} curated names found; missed: ${missed.join(', ')}`);
    expect(found.length / labels.length).toBeGreaterThanOrEqual(0.9);
  });

  it('proposes at most 1.5 times as many names as the article has curated', () => {
    const proposals = proposeNames(text);
    console.log(`bundled article: ${proposals.length} proposals for ${labels.length} curated names`);
    expect(proposals.length).toBeLessThanOrEqual(1.5 * labels.length);
  });

  it('merges a surname into the full name and counts both', () => {
    const proposals = proposeNames(
      'Vivek Ramaswamy spoke in Ohio on Monday. Later, Ramaswamy said he would run. The crowd cheered Ramaswamy.',
    );
    const vivek = proposals.find((p) => p.name === 'Vivek Ramaswamy');
    expect(vivek).toMatchObject({ kind: 'person', aliases: ['Ramaswamy'], count: 3, confident: true });
    expect(proposals.map((p) => p.name)).not.toContain('Ramaswamy');
    expect(proposals.find((p) => p.name === 'Ohio')).toMatchObject({ kind: 'place' });
  });

  it('keeps an acronym in brackets with the name it abbreviates, and merges U.S. with US', () => {
    const proposals = proposeNames(
      'The World Health Organization (WHO) warned the U.S. on Tuesday. Later the WHO said the US had agreed.',
    );
    expect(proposals.find((p) => p.name === 'World Health Organization')).toMatchObject({
      kind: 'organization',
      aliases: ['WHO'],
      count: 3,
    });
    const us = proposals.find((p) => p.name === 'U.S.' || p.name === 'US');
    expect(us?.aliases).toHaveLength(1);
    expect(us?.count).toBe(2);
  });

  it('leaves out titles, sentence-initial words and headline lines', () => {
    const proposals = proposeNames(
      'Big News From The Capital Today\n\nMeanwhile, Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu. Antony Blinken left.',
    );
    expect(proposals.map((p) => p.name).sort()).toEqual(['Antony Blinken', 'Benjamin Netanyahu']);
  });

  it('leaves unchecked a word only ever used before a noun, like an adjective', () => {
    const proposals = proposeNames('The senators met the Republican president. Then Hamas said no, and Hamas left.');
    const republican = proposals.find((p) => p.name === 'Republican');
    const hamas = proposals.find((p) => p.name === 'Hamas');
    expect(republican).toMatchObject({ confident: false, count: 1 });
    expect(hamas).toMatchObject({ count: 2 });
    // The same untagged single word, used as a name: only the adjective-like use is marked down.
    expect(republican!.confidence).toBeLessThan(hamas!.confidence - 0.25);
  });

  it('gives every proposal a kind, a count of at least one and a confidence between 0 and 1', () => {
    for (const proposal of proposeNames(text)) {
      expect(['person', 'organization', 'place']).toContain(proposal.kind);
      expect(proposal.count).toBeGreaterThanOrEqual(1);
      expect(proposal.confidence).toBeGreaterThan(0);
      expect(proposal.confidence).toBeLessThanOrEqual(1);
      expect(proposal.confident).toBe(proposal.confidence >= 0.6);
    }
  });
});
