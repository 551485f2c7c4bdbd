import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entitiesFileSchema } from '@/data/schema';
import { compileMatcher } from '@/utils/match';

const entities = entitiesFileSchema.parse(JSON.parse(readFileSync('data/entities.json', 'utf8')));
const match = compileMatcher(entities);

function found(text: string): Array<[string, string]> {
  return match(text).map((mention) => [text.slice(mention.start, mention.end), mention.entityId]);
}

type Case = [sentence: string, expected: Array<[string, string]>];

// Sentences from the saved news pages (../shared/corpus), shortened.
describe('compileMatcher: names are whole names', () => {
  it.each<Case>([
    ['Breaking protocol, Sara Netanyahu insisted on traveling to Oman with PM', []],
    ['daughter Tiffany Trump’s ‘wise’ boyfriend Michael', []],
    ['the gas company on whose board Hunter Biden had a seat', []],
    ['will weigh moving mission from Jerusalem, Israel Katz says', []],
    ['Logy Department at Al-Shifa Hospital in Gaza City, according to Dr. Abed Abu Hasira', []],
    ['“I am from Gaza City,” she said in an interview.', []],
    ['latest news & offers from The Times of Israel and its partners', []],
    ['a senior fellow at the Israel Democracy Institute think tank', []],
    ['according to the United Nations Office for the Coordination of Humanitarian Affairs', []],
    ['Kanye West at Trump Tower today, discussing “multicultural issues”', []],
    ['given his history with defunct Trump Airlines and other projects', []],
    ['the largest ship in the U.S. Navy, laid out the cable', []],
    ['a group of Islamists assaulted the U.S. Embassy in Tunis', []],
    ['how the US Congress oversees trade deals', []],
  ])('another entity: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each<Case>([
    ['brought by Israeli Prime Minister Benjamin Netanyahu seemingly', [['Benjamin Netanyahu', 'benjamin-netanyahu']]],
    ['Prime Minister Netanyahu said on Sunday', [['Netanyahu', 'benjamin-netanyahu']]],
    ['Secretary of State Antony Blinken told reporters', [['Antony Blinken', 'antony-blinken']]],
    ['President-elect Donald Trump has said', [['Donald Trump', 'donald-trump']]],
    ['President-elect Trump has said', [['Trump', 'donald-trump']]],
    ['Republican U.S. Sen. Mitt Romney of Utah', [['U.S.', 'united-states']]],
    ['connects the Northeastern U.S. with England', [['U.S.', 'united-states']]],
    [
      'U.S. President Joe Biden spoke',
      [
        ['U.S.', 'united-states'],
        ['Joe Biden', 'biden-administration'],
      ],
    ],
    [
      'found that Israel’s assault on Gaza',
      [
        ['Israel', 'israel'],
        ['Gaza', 'gaza'],
      ],
    ],
    [
      'Israel’s Netanyahu rejected it',
      [
        ['Israel', 'israel'],
        ['Netanyahu', 'benjamin-netanyahu'],
      ],
    ],
    [
      'a strip of land along Gaza’s southern border with Egypt',
      [
        ['Gaza', 'gaza'],
        ['Egypt', 'egypt'],
      ],
    ],
    [
      'Palestinians in the Gaza Strip',
      [
        ['Palestinians', 'palestinians'],
        ['Gaza Strip', 'gaza'],
      ],
    ],
    [
      'thousands of Palestinians Israel has taken captive',
      [
        ['Palestinians', 'palestinians'],
        ['Israel', 'israel'],
      ],
    ],
    [
      'the Israel Hamas war',
      [
        ['Israel', 'israel'],
        ['Hamas', 'hamas'],
      ],
    ],
    [
      'the Israel-Hamas war',
      [
        ['Israel', 'israel'],
        ['Hamas', 'hamas'],
      ],
    ],
    [
      'When Trump met Netanyahu',
      [
        ['Trump', 'donald-trump'],
        ['Netanyahu', 'benjamin-netanyahu'],
      ],
    ],
    ['Is Hamas really using human shields?', [['Hamas', 'hamas']]],
    ['the Hamas October 7 attack', [['Hamas', 'hamas']]],
    ['Furious Donald Trump called Rupert Murdoch', [['Donald Trump', 'donald-trump']]],
    ['according to reports by The Washington Post', [['The Washington Post', 'the-washington-post']]],
    [
      'the State of Israel and the Prime Minister of Israel',
      [
        ['Israel', 'israel'],
        ['Israel', 'israel'],
      ],
    ],
    [
      'a UN Gaza ceasefire resolution',
      [
        ['UN', 'united-nations'],
        ['Gaza', 'gaza'],
      ],
    ],
    // Headlines and menus are in title case: capitals there say nothing about names.
    [
      'Blinken Meets Netanyahu in Cairo Ahead of Ceasefire Talks',
      [
        ['Blinken', 'antony-blinken'],
        ['Netanyahu', 'benjamin-netanyahu'],
      ],
    ],
    ['Will Trump Be Impeached? Vanity Fair', [['Trump', 'donald-trump']]],
    ['she would not be working in the Trump White House, but instead', [['Trump', 'donald-trump']]],
    // German capitalises every noun: there capitals say nothing about names either.
    ['Bei den Diskussionen ob Kritik ab Staat Israel denn nun antisemitisch ist', [['Israel', 'israel']]],
  ])('the entity itself: %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it('lets a longer span that is itself an alias win over the name inside it', () => {
    expect(found('the UN Security Council voted')).toEqual([['UN Security Council', 'un-security-council']]);
    expect(found('the Biden administration said')).toEqual([['Biden administration', 'biden-administration']]);
    expect(found('the U.S. State Department said')).toEqual([['U.S. State Department', 'state-department']]);
  });
});
