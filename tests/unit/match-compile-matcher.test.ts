import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '@/data/schema';
import { compileMatcher } from '@/utils/match';

/** A small pack written for these tests (the real one is checked in match-pack.test.ts). */
const entities = [
  { id: 'unrwa', aliases: ['UNRWA', 'UN Relief and Works Agency'] },
  {
    id: 'un-general-assembly',
    aliases: ['UN General Assembly', { text: 'General Assembly', guard: 'un-context' }],
  },
  {
    id: 'un-security-council',
    aliases: ['UN Security Council', { text: 'Security Council', guard: 'un-context' }],
  },
  { id: 'antony-blinken', aliases: ['Antony Blinken', 'Blinken'] },
  { id: 'donald-trump', aliases: ['Donald Trump', 'Trump'] },
  { id: 'biden-administration', aliases: ['Biden administration', 'Joe Biden', 'Biden'] },
  { id: 'benjamin-netanyahu', aliases: ['Benjamin Netanyahu', 'Netanyahu'] },
  { id: 'hamas', aliases: ['Hamas'] },
  { id: 'israel', aliases: ['Israel'] },
  { id: 'knesset', aliases: ['Knesset'] },
  { id: 'amnesty-international', aliases: ['Amnesty International'] },
  { id: 'state-department', aliases: ['State Department'] },
  { id: 'washington-post', aliases: ['The Washington Post', 'Washington Post'] },
  { id: 'wall-street-journal', aliases: ['The Wall Street Journal', 'Wall Street Journal'] },
  { id: 'united-states', aliases: ['United States', 'U.S.', { text: 'US', guard: 'not-in-caps' }] },
  { id: 'ceasefire-negotiators', aliases: ["other countries' negotiators"] },
] satisfies Array<Pick<Entity, 'id' | 'aliases'>>;

const match = compileMatcher(entities);

/** The matched substrings with their entity, in order. */
function found(text: string): Array<[string, string]> {
  return match(text).map((mention) => [text.slice(mention.start, mention.end), mention.entityId]);
}

type Case = [sentence: string, expected: Array<[string, string]>];

describe('compileMatcher', () => {
  it('returns exact UTF-16 offsets for a sentence of the source document', () => {
    const sentence =
      'On Wednesday, the U.S. was one of just a handful of countries to vote against a resolution in the UN General ' +
      'Assembly this week calling for an immediate and permanent ceasefire in Gaza, despite the Biden ' +
      'administration’s supposed renewed efforts to obtain a ceasefire before Donald Trump is in office.';
    expect(match(sentence)).toEqual([
      { entityId: 'united-states', start: 18, end: 22 },
      { entityId: 'un-general-assembly', start: 98, end: 117 },
      { entityId: 'biden-administration', start: 198, end: 218 },
      { entityId: 'donald-trump', start: 275, end: 287 },
    ]);
  });

  it.each<Case>([
    ['Hamas officials have been offering to release their captives.', [['Hamas', 'hamas']]],
    ['The Hamasi family has run the bakery for decades.', []],
    ['A trumpet solo opened the concert.', []],
    ['He played his trump card in the final round.', []],
    ['Israeli officials have been clear throughout.', []],
    ['Israelites is an older word for the people of ancient Israel.', [['Israel', 'israel']]],
    ['A band called ÜberHamas played first.', []],
    ['The username Hamasé is taken.', []],
    ['The username Hamase\u0301 is taken.', []],
    ['The site Netanyahu2024 went offline.', []],
    ['The 𝐇𝐚𝐦𝐚𝐬Hamas account and the 😀Hamas account.', [['Hamas', 'hamas']]],
    ['the Hamas-run health ministry in Gaza', [['Hamas', 'hamas']]],
    ['bills passed by the Knesset.', [['Knesset', 'knesset']]],
    [
      'the UN Relief and Works Agency for Palestine Refugees (UNRWA) in the face of bills',
      [
        ['UN Relief and Works Agency', 'unrwa'],
        ['UNRWA', 'unrwa'],
      ],
    ],
    ['Funding for UNRWAs schools is a typo.', []],
  ])('matches on Unicode-aware word boundaries, case-sensitively: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each<Case>([
    ['Netanyahu’s government', [['Netanyahu', 'benjamin-netanyahu']]],
    ["Netanyahu's government", [['Netanyahu', 'benjamin-netanyahu']]],
    ['“vindicate Hamas’s cynical strategy of stalling and obstruction”', [['Hamas', 'hamas']]],
    ["Hamas's political bureau", [['Hamas', 'hamas']]],
    ['Hamas’ leaders in Doha', [['Hamas', 'hamas']]],
    ['Hamasʼs leaders in Doha', [['Hamas', 'hamas']]],
    [
      'bills passed by Israel’s Knesset',
      [
        ['Israel', 'israel'],
        ['Knesset', 'knesset'],
      ],
    ],
    ['the Biden administration’s supposed renewed efforts', [['Biden administration', 'biden-administration']]],
    [
      'recognized by other countries’ negotiators as a non-starter',
      [['other countries’ negotiators', 'ceasefire-negotiators']],
    ],
  ])('matches possessives with either apostrophe, covering the name only: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each<Case>([
    ['a resolution in the UN General Assembly this week', [['UN General Assembly', 'un-general-assembly']]],
    ['the U.N. Security Council voted 14 to 1', [['U.N. Security Council', 'un-security-council']]],
    ['the United Nations General Assembly', [['United Nations General Assembly', 'un-general-assembly']]],
    ['the United Nations Relief and Works Agency', [['United Nations Relief and Works Agency', 'unrwa']]],
    ['the U.N.\u00a0General Assembly', [['U.N.\u00a0General Assembly', 'un-general-assembly']]],
  ])('reads a leading "UN " as UN, U.N. or United Nations: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each<Case>([
    ['said Secretary of State Antony\u00a0Blinken', [['Antony\u00a0Blinken', 'antony-blinken']]],
    ['said Secretary of State Antony\u202fBlinken', [['Antony\u202fBlinken', 'antony-blinken']]],
    ['said Secretary of State Antony\nBlinken', [['Antony\nBlinken', 'antony-blinken']]],
    ['said Secretary of State Antony\r\n  Blinken', [['Antony\r\n  Blinken', 'antony-blinken']]],
    ['said Secretary of State Antony \t Blinken', [['Antony \t Blinken', 'antony-blinken']]],
    ['a landmark report by Amnesty\u2003International', [['Amnesty\u2003International', 'amnesty-international']]],
  ])('matches any run of whitespace between words: %j', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each<Case>([
    ['On Wednesday, the U.S. was one of just a handful of countries', [['U.S.', 'united-states']]],
    ['The vote comes after the U.S. vetoed a ceasefire resolution', [['U.S.', 'united-states']]],
    ['leaving no ally as isolated as the U.S.', [['U.S.', 'united-states']]],
    ['U.S. officials have claimed for months', [['U.S.', 'united-states']]],
    ['the U.S.-brokered deal', [['U.S.', 'united-states']]],
    ['“the U.S.” was never named', [['U.S.', 'united-states']]],
    ['Proudly made in the U.S.A. since 1950', []],
    ['Proudly made in the USA since 1950', []],
  ])('handles aliases ending in a period: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each<Case>([
    ['Unlike the UN, the North Carolina General Assembly passed the bill on Thursday.', []],
    ['Virginia’s General Assembly convenes in January, the UN in September.', []],
    ["Virginia's General Assembly convenes in January, the UN in September.", []],
    ['the National Security Council spokesman John Kirby told the UN', []],
    ['The Microsoft Security Council met to review the U.N. breach.', []],
    ['the Indiana\u00a0General Assembly and the United Nations', []],
  ])('rejects a guarded alias after a proper noun, even beside the UN: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each<Case>([
    // A state legislature, from a real page (politico.com): no UN anywhere in the paragraph.
    ['Jim Davis, who had not filed for reelection to the General Assembly because he was planning to retire', []],
    ['About 15 percent of the General Assembly is out there in the district.', []],
    ['the vetoes in the Security Council last month', []],
    // "UN" inside another word is not the UN.
    ['The UNESCO delegates addressed the General Assembly.', []],
  ])('rejects a guarded alias in a text that does not name the UN: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each<Case>([
    ['the UN General Assembly voted', [['UN General Assembly', 'un-general-assembly']]],
    ['At the UN, the General Assembly voted 158 to 9.', [['General Assembly', 'un-general-assembly']]],
    [
      'The U.S. also voted against a General Assembly resolution affirming full support for the UN Relief',
      [
        ['U.S.', 'united-states'],
        ['General Assembly', 'un-general-assembly'],
      ],
    ],
    ['a vote in the General Assembly of the United Nations', [['General Assembly', 'un-general-assembly']]],
    [
      'General Assembly resolutions are not binding, U.N. officials said.',
      [['General Assembly', 'un-general-assembly']],
    ],
    [
      'It was a rebuke to Israel at the UN. General Assembly votes rarely change policy.',
      [
        ['Israel', 'israel'],
        ['General Assembly', 'un-general-assembly'],
      ],
    ],
    [
      'Vote on Israel at the UN today\n\nGeneral Assembly demands ceasefire',
      [
        ['Israel', 'israel'],
        ['General Assembly', 'un-general-assembly'],
      ],
    ],
    ['the U.N.’s General Assembly', [['General Assembly', 'un-general-assembly']]],
    ['the UN vetoes in the Security Council last month', [['Security Council', 'un-security-council']]],
    ['the UN’s “Security Council” draft', [['Security Council', 'un-security-council']]],
  ])(
    'accepts a guarded alias in a text that names the UN, after The, UN, U.N., a lowercase word or a clause break: %s',
    (sentence, expected) => {
      expect(found(sentence)).toEqual(expected);
    },
  );

  it.each<Case>([
    ['CONTACT US', []],
    ['ABOUT US | CAREERS', []],
    ['MADE IN THE US', []],
    ['US NAVY DEPLOYS CARRIER', []],
    ['US Votes Against UN Resolution Calling for Gaza Ceasefire', [['US', 'united-states']]],
    ['the US vetoed the draft', [['US', 'united-states']]],
    ['US, UK and France abstained', [['US', 'united-states']]],
    ['Contact us', []],
  ])('rejects an all-caps abbreviation among all-caps words: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each<Case>([
    ['said Secretary of State Antony Blinken recently', [['Antony Blinken', 'antony-blinken']]],
    ['Blinken said', [['Blinken', 'antony-blinken']]],
    ['before Donald Trump is in office', [['Donald Trump', 'donald-trump']]],
    ['before Trump’s inauguration', [['Trump', 'donald-trump']]],
    ['President Joe Biden said', [['Joe Biden', 'biden-administration']]],
    ['Prime Minister Benjamin Netanyahu', [['Benjamin Netanyahu', 'benjamin-netanyahu']]],
    [
      'reports by The Washington Post and The Wall Street Journal',
      [
        ['The Washington Post', 'washington-post'],
        ['The Wall Street Journal', 'wall-street-journal'],
      ],
    ],
    ['the Washington Post reported', [['Washington Post', 'washington-post']]],
    [
      'the State Department blamed Hamas',
      [
        ['State Department', 'state-department'],
        ['Hamas', 'hamas'],
      ],
    ],
    [
      'the United States and Israel',
      [
        ['United States', 'united-states'],
        ['Israel', 'israel'],
      ],
    ],
  ])('lets the longest alias win, one mention per span: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each<Case>([
    ['the National Security Council and the UN Security Council', [['UN Security Council', 'un-security-council']]],
    ['ÜberHamas and Hamas', [['Hamas', 'hamas']]],
    ['the Biden administrationé', [['Biden', 'biden-administration']]],
    ['Hamasé and Hamas', [['Hamas', 'hamas']]],
  ])('keeps looking after a rejected hit: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it('finds every mention of the source document in order, sorted and non-overlapping', () => {
    const document = readFileSync('data/documents/us-votes-against-un-gaza-ceasefire-resolution.txt', 'utf8');
    const mentions = match(document);
    expect(mentions.map((mention) => document.slice(mention.start, mention.end))).toEqual([
      'US',
      'Antony Blinken',
      'U.S.',
      'UN General Assembly',
      'Biden administration',
      'Donald Trump',
      'U.S.',
      'U.S.',
      'UN Security Council',
      'U.S.',
      'Amnesty International',
      'Israel',
      'U.S.',
      'General Assembly',
      'UN Relief and Works Agency',
      'UNRWA',
      'Israel',
      'Knesset',
      'U.S.',
      'Israel',
      'U.S.',
      'U.S.',
      'Trump',
      'Antony Blinken',
      'Biden administration',
      'The Washington Post',
      'The Wall Street Journal',
      'Hamas',
      'Israel',
      'other countries’ negotiators',
      'Benjamin Netanyahu',
      'U.S.',
      'Hamas',
      'Hamas',
      'Biden administration',
      'U.S.',
      'Hamas',
      'Hamas',
      'Israel',
      'State Department',
      'Hamas',
      'Netanyahu',
      'Israel',
    ]);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });

  it('gives the same answer on every call and for an empty string', () => {
    const sentence = 'The U.S. has repeatedly blamed Hamas for obstruction of a ceasefire deal.';
    expect(match(sentence)).toEqual(match(sentence));
    expect(found(sentence)).toEqual([
      ['U.S.', 'united-states'],
      ['Hamas', 'hamas'],
    ]);
    expect(match('')).toEqual([]);
  });

  it('lets the first entity keep an alias two entities share, and matches nothing with no entities', () => {
    const shared = compileMatcher([
      { id: 'united-states', aliases: ['U.S.'] },
      { id: 'us-government', aliases: ['U.S.', 'US government'] },
    ]);
    expect(shared('the U.S. and the US government')).toEqual([
      { entityId: 'united-states', start: 4, end: 8 },
      { entityId: 'us-government', start: 17, end: 30 },
    ]);
    expect(compileMatcher([])('Hamas')).toEqual([]);
  });

  it('escapes regular-expression characters in aliases', () => {
    const special = compileMatcher([{ id: 'c-plus-plus', aliases: ['C++ (ISO)', 'Yahoo!'] }]);
    expect(special('We use C++ (ISO) and Yahoo! daily, not C+++ or CCC.')).toEqual([
      { entityId: 'c-plus-plus', start: 7, end: 16 },
      { entityId: 'c-plus-plus', start: 21, end: 27 },
    ]);
  });
});
