import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entities as packEntities } from '@/data';
import { buildDocument, draftProblem, type LibraryState } from '@/utils/library/build-document';
import { DOCUMENT_ATTRIBUTION, extractFacts } from '@/utils/library/extract-facts';
import { textFingerprint, uniqueId } from '@/utils/library/fingerprint';
import { quotePart } from '@/utils/library/quote-part';
import { splitSentences } from '@/utils/library/sentences';
import { speakerOf } from '@/utils/library/speaker';

const bundledText = readFileSync('data/documents/us-votes-against-un-gaza-ceasefire-resolution.txt', 'utf8');
const emptyLibrary: LibraryState = { documents: [], entities: [] };
const packLibrary: LibraryState = {
  documents: [{ id: 'bundled', title: 'Bundled', fingerprint: textFingerprint(bundledText) }],
  entities: [...packEntities],
};

describe('library sentences', () => {
  it('splits on sentence ends but not after U.S., Mr. or an initial, and keeps offsets verbatim', () => {
    const text =
      'The U.S. voted against it. Mr. Smith said “no.” Then J. Doe left!\nA new line starts here? Yes 3 times.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'The U.S. voted against it.',
      'Mr. Smith said “no.”',
      'Then J. Doe left!',
      'A new line starts here?',
      'Yes 3 times.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts every sentence of the bundled article out of the text verbatim', () => {
    const sentences = splitSentences(bundledText);
    expect(sentences).toHaveLength(18);
    for (const s of sentences) expect(bundledText.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('library speaker attribution', () => {
  const span = (sentence: string, name: string, display = name) => {
    const start = sentence.indexOf(name);
    return { start, end: start + name.length, name: display };
  };
  it.each([
    ['“We will go on,” Vivek Ramaswamy said on Monday.', 'Vivek Ramaswamy'],
    ['The talks failed, Ramaswamy says.', 'Ramaswamy'],
    ['“Every avenue,” said Secretary of State Antony Blinken recently.', 'Antony Blinken'],
    ['Hamas softened its stance, according to reports by The Washington Post.', 'Washington Post'],
  ])('attributes “%s” to %s', (sentence, name) => {
    expect(speakerOf(sentence, [span(sentence, name)])).toBe(name);
  });

  it.each([
    ['Blinken met Netanyahu on Tuesday.', 'Blinken'],
    ['Reports said that Gaza was hit.', 'Gaza'],
  ])('leaves “%s” to the document', (sentence, name) => {
    expect(speakerOf(sentence, [span(sentence, name)])).toBeUndefined();
  });
});

describe('library quote parts', () => {
  it('quotes a long sentence by a verbatim part within the limit that keeps the name', () => {
    const sentence = `${'Some words, '.repeat(30)}and then Ramaswamy spoke, ${'more words here, '.repeat(20)}end.`;
    const start = sentence.indexOf('Ramaswamy');
    const part = quotePart(sentence, start, start + 9, 300);
    expect(part.length).toBeLessThanOrEqual(300);
    expect(sentence).toContain(part);
    expect(part).toContain('Ramaswamy');
  });
});

describe('library documents', () => {
  const draft = {
    title: 'Ramaswamy at the rally',
    text: 'Vivek Ramaswamy spoke in Ohio on Monday. “We will win,” Ramaswamy said. Donald Trump was not there. The weather was fine.',
  };
  const accepted = [
    { name: 'Vivek Ramaswamy', kind: 'person' as const, aliases: ['Ramaswamy'] },
    { name: 'Donald Trump', kind: 'person' as const, aliases: ['Trump'] },
  ];

  it('joins a name already in the library and quotes every sentence naming an accepted name', () => {
    const result = buildDocument(draft, accepted, packLibrary, new Date('2026-11-29T12:00:00Z'));
    if (!result.ok) throw new Error(result.message);
    const { document, entities, facts } = result.bundle;
    expect(document).toMatchObject({ id: 'ramaswamy-at-the-rally', active: true, bundled: false });
    expect(entities.map((e) => e.id).sort()).toEqual(['donald-trump', 'vivek-ramaswamy']);
    expect(entities.find((e) => e.id === 'vivek-ramaswamy')?.aliases).toEqual(['Vivek Ramaswamy', 'Ramaswamy']);
    expect(facts.map((f) => [f.quote, f.entities, f.attribution])).toEqual([
      ['Vivek Ramaswamy spoke in Ohio on Monday.', ['vivek-ramaswamy'], DOCUMENT_ATTRIBUTION],
      ['“We will win,” Ramaswamy said.', ['vivek-ramaswamy'], 'Vivek Ramaswamy'],
      ['Donald Trump was not there.', ['donald-trump'], DOCUMENT_ATTRIBUTION],
    ]);
    for (const fact of facts) expect(draft.text).toContain(fact.quote);
  });

  it.each([
    [{ ...draft, text: '  \n\t ' }, 'The text is empty'],
    [{ ...draft, title: ' ' }, 'Give the document a title'],
    [{ ...draft, title: 'x'.repeat(301) }, 'the limit is 300'],
    [{ title: 'Again', text: `${bundledText}\n\n` }, 'already in the library as “Bundled”'],
  ])('refuses a draft with a clear reason (%#)', (bad, reason) => {
    expect(draftProblem(bad, packLibrary)).toContain(reason);
    const result = buildDocument(bad, accepted, packLibrary, new Date());
    expect(result.ok).toBe(false);
  });

  it('refuses a document with no accepted name', () => {
    expect(buildDocument(draft, [], emptyLibrary, new Date())).toMatchObject({ ok: false });
  });

  it('extracts facts with bundled-pack guards: a state’s General Assembly is not the UN’s', () => {
    const text = 'The North Carolina General Assembly met. The UN General Assembly voted.';
    const facts = extractFacts('doc', text, packEntities);
    expect(facts.map((f) => f.quote)).toEqual(['The UN General Assembly voted.']);
  });

  it('makes unique kebab-case ids', () => {
    expect(uniqueId('Vivek Ramaswamy', new Set())).toBe('vivek-ramaswamy');
    expect(uniqueId('Zoë Kravitz!', new Set(['zoe-kravitz']))).toBe('zoe-kravitz-2');
  });
});
