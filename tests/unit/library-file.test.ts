import { describe, expect, it } from 'vitest';
import { entities as packEntities } from '@/data';
import { buildDocument, type LibraryState } from '@/utils/library/build-document';
import { textFingerprint } from '@/utils/library/fingerprint';
import { LIBRARY_FORMAT, readLibraryFile, serializeLibrary } from '@/utils/library/library-file';
import { planImport } from '@/utils/library/merge-import';
import type { DocumentBundle } from '@/utils/library/model';

const library: LibraryState = {
  documents: [{ id: 'bundled', title: 'Bundled', fingerprint: textFingerprint('bundled text') }],
  entities: [...packEntities],
};

function saved(): DocumentBundle {
  const result = buildDocument(
    {
      title: 'Ramaswamy at the rally',
      text: 'Vivek Ramaswamy spoke in Ohio. “We will win,” Ramaswamy said. Donald Trump was not there.',
      site: 'Example News',
      url: 'https://example.com/rally',
    },
    [
      { name: 'Vivek Ramaswamy', kind: 'person', aliases: ['Ramaswamy'] },
      { name: 'Ohio', kind: 'place', aliases: [] },
      { name: 'Donald Trump', kind: 'person', aliases: [] },
    ],
    library,
    new Date('2026-11-29T12:00:00Z'),
  );
  if (!result.ok) throw new Error(result.message);
  return result.bundle;
}

describe('library file', () => {
  it('round-trips the reader’s documents with their entities and facts', () => {
    const bundle = saved();
    const text = serializeLibrary([bundle], new Date('2026-11-29T13:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: LIBRARY_FORMAT, version: 1 });
    const read = readLibraryFile(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.bundles).toHaveLength(1);
    expect(read.bundles[0]?.document).toEqual(bundle.document);
    expect(read.bundles[0]?.facts).toEqual(bundle.facts);
    expect(read.bundles[0]?.entities.map((e) => e.id).sort()).toEqual(bundle.entities.map((e) => e.id).sort());
  });

  const good = () =>
    JSON.parse(serializeLibrary([saved()], new Date('2026-11-29T13:00:00Z'))) as Record<string, unknown>;
  it.each([
    ['not JSON', 'these are my notes', 'not valid JSON'],
    ['another file', JSON.stringify({ theme: 'dark' }), 'not a Context Cards library file'],
    ['a wrong version', JSON.stringify({ ...good(), version: 2 }), 'has version 2'],
    ['a malformed document', JSON.stringify({ ...good(), documents: [{ id: 'x' }] }), 'malformed'],
    [
      'a quote not in its document',
      JSON.stringify({
        ...good(),
        facts: (good().facts as { quote: string }[]).map((fact, i) =>
          i === 0 ? { ...fact, quote: 'Vivek Ramaswamy never spoke.' } : fact,
        ),
      }),
      'not found verbatim',
    ],
  ])('refuses %s with a reason', (_name, text, reason) => {
    const read = readLibraryFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(reason);
  });

  it('skips a document the library has, and joins imported names to the library’s entities', () => {
    const bundle = saved();
    const read = readLibraryFile(serializeLibrary([bundle], new Date()));
    if (!read.ok) throw new Error(read.message);
    const withIt: LibraryState = {
      documents: [...library.documents, bundle.document],
      entities: [...library.entities, ...bundle.entities.filter((e) => e.id === 'vivek-ramaswamy')],
    };
    expect(planImport(read.bundles, withIt)).toMatchObject({ bundles: [], skipped: ['Ramaswamy at the rally'] });
    const fresh = planImport(read.bundles, library);
    expect(fresh.problem).toBeUndefined();
    expect(fresh.bundles[0]?.facts.flatMap((f) => f.entities)).toContain('donald-trump');
  });
});
