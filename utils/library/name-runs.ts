/**
 * Capitalised names from tagged words: runs of capitalised words ("UN Relief and Works Agency for Palestine
 * Refugees"), with connectors inside, titles ("Secretary of State", "Prime Minister") and demonyms left
 * out, possessives cut off, and a sentence's first word kept only when the tagger knows it as a name.
 * Pure: the tags come from the caller (propose-names.ts runs compromise).
 */
export interface TaggedWord {
  text: string;
  /** Offsets of the word in the document, without surrounding punctuation. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Whether punctuation (a comma, a bracket, a dash, a quote) separates it from the next word. */
  breakAfter: boolean;
  sentenceStart: boolean;
}

export interface NameRun {
  text: string;
  start: number;
  end: number;
  words: TaggedWord[];
  /** The word right after the name, when no punctuation separates them. */
  followedBy?: TaggedWord;
}

const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'in',
  'the',
  'de',
  'del',
  'der',
  'van',
  'von',
  'al',
  'bin',
  'da',
  'du',
  'la',
  'le',
]);
// Connectors that may join two places or people only when neither neighbour is one ("Italy and Germany").
const LOOSE_CONNECTORS = new Set(['and', 'in', 'for']);
// Compared without a final dot ("Gov." and "Gov").
const TITLES = new Set(
  'secretary minister prime president president-elect vice senator sen rep representative governor gov mayor judge justice chancellor king queen prince pope ambassador envoy spokesperson spokesman spokeswoman director chairman chairwoman ceo chief gen col lt sgt officer commissioner mr mrs ms dr prof sir lord lady dame former acting deputy speaker leader'.split(
    ' ',
  ),
);
// Capitalised only because they start a sentence, a quote or a heading; never a name on their own.
const STOPWORDS = new Set(
  'A An And As At But By For From He Her His However I If In Indeed It Its Meanwhile Nonetheless Of On Or Over She So Some Something That The Their Then There These They This Those To We When While With Yet You AM PM EST EDT GMT UTC'.split(
    ' ',
  ),
);
const NOT_NAMES = new Set([
  'Determiner',
  'Preposition',
  'Adverb',
  'Conjunction',
  'Pronoun',
  'Date',
  'Demonym',
  'Value',
]);
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
const POSSESSIVE = /['’]s?$/u;

function isCapitalised(word: TaggedWord): boolean {
  return /^[\p{Lu}]/u.test(word.text);
}

function isTitle(word: TaggedWord): boolean {
  return TITLES.has(word.text.toLowerCase().replace(/\.$/, ''));
}

function isNameWord(word: TaggedWord): boolean {
  if (!isCapitalised(word) || isTitle(word) || STOPWORDS.has(word.text)) return false;
  if ([...NOT_NAMES].some((tag) => word.tags.has(tag)) && !word.tags.has('Organization')) return false;
  if (word.sentenceStart) return NAME_TAGS.some((tag) => word.tags.has(tag)) && !word.tags.has('Verb');
  return true;
}

function startsAnother(previous: TaggedWord, word: TaggedWord): boolean {
  if (word.tags.has('Country') && !previous.tags.has('Place')) return true;
  return word.tags.has('FirstName') && !previous.tags.has('FirstName') && !previous.tags.has('Honorific');
}

function isPlaceOrPerson(word: TaggedWord | undefined): boolean {
  return word !== undefined && (word.tags.has('Place') || word.tags.has('Person'));
}

/** The name runs of one line of tagged words, in order. */
export function nameRuns(words: readonly TaggedWord[], source: string): NameRun[] {
  const runs: NameRun[] = [];
  let current: TaggedWord[] = [];
  let at = 0;
  const close = () => {
    if (current.length > 0) {
      const last = current.at(-1)!;
      const next = words[words.indexOf(last, at) + 1];
      runs.push({ ...toRun(current, source), ...(next && !last.breakAfter && { followedBy: next }) });
    }
    current = [];
  };
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    at = Math.max(0, i - 8);
    // "Secretary of State": a title swallows its "of <Capitalised>".
    if (isTitle(word) && isCapitalised(word)) {
      close();
      if (words[i + 1]?.text === 'of' && words[i + 2] !== undefined && isCapitalised(words[i + 2]!)) i += 2;
      continue;
    }
    if (isNameWord(word)) {
      // "White House Russia adviser", "envoy to Ukraine Kurt Volker": a country or a first name after a
      // name starts another one.
      const previous = current.at(-1);
      if (previous && startsAnother(previous, word)) close();
      current.push(word);
      // An initial's dot ("George W. Bush") does not end the name.
      const initial =
        /^\p{Lu}$/u.test(word.text) && /^\.\s*$/.test(source.slice(word.end, words[i + 1]?.start ?? word.end));
      if ((word.breakAfter && !initial) || POSSESSIVE.test(word.text)) close();
      continue;
    }
    if (current.length > 0 && CONNECTORS.has(word.text) && !word.breakAfter) {
      const bridged = bridge(words, i, current);
      if (bridged > 0) {
        current.push(...words.slice(i, i + bridged));
        i += bridged - 1;
        continue;
      }
    }
    close();
  }
  close();
  return runs;
}

/** How many connector words starting at i lead to another name word, or 0 when they do not. */
function bridge(words: readonly TaggedWord[], i: number, current: readonly TaggedWord[]): number {
  let j = i;
  while (j < i + 2 && words[j] !== undefined && CONNECTORS.has(words[j]!.text) && !words[j]!.breakAfter) j += 1;
  const next = words[j];
  if (next === undefined || !isNameWord(next) || next.sentenceStart) return 0;
  const connectors = words.slice(i, j).map((word) => word.text);
  // "the" only inside a name ("Relief and Works Agency for the Near East"), never after "and".
  if (connectors[0] === 'the' || (connectors[0] === 'and' && next.text === 'The')) return 0;
  // "and" inside a name needs a name of two words or more before it ("UN Relief and Works Agency").
  if (connectors[0] === 'and' && current.length < 2) return 0;
  const loose = connectors.some((text) => LOOSE_CONNECTORS.has(text));
  if (loose && (isPlaceOrPerson(current.at(-1)) || isPlaceOrPerson(next))) return 0;
  return j - i;
}

function toRun(words: TaggedWord[], source: string): NameRun {
  const first = words[0]!;
  const last = words.at(-1)!;
  const possessive = POSSESSIVE.exec(last.text);
  const end = possessive ? last.end - possessive[0].length : last.end;
  let start = first.start;
  // A leading "The" belongs to few names' everyday use ("Washington Post"); the alias keeps the rest.
  const kept = first.text === 'The' && words.length > 1 ? words.slice(1) : words;
  if (kept !== words) start = kept[0]!.start;
  return { text: source.slice(start, end).replace(/\s+/g, ' '), start, end, words: kept };
}
