/**
 * Splits a document into sentences with their offsets, so a fact's quote is a verbatim slice of the text.
 * Lines are paragraphs; inside one, a sentence ends at . ! or ? (and any closing quote or bracket) before
 * whitespace and a capital, digit or opening quote — but not after an abbreviation ("U.S.", "Mr.", "Jan.")
 * or an initial ("J. Smith").
 */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
]);

// The end of a sentence: terminal punctuation, closing quotes/brackets, whitespace, then a plausible start.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const linePattern = /[^\r\n]+/g;
  for (const line of text.matchAll(linePattern)) {
    const lineStart = line.index;
    let from = 0;
    for (const end of line[0].matchAll(BOUNDARY)) {
      const stop = end.index + end[0].length;
      if (isAbbreviation(line[0], end.index, end[0])) continue;
      push(sentences, text, lineStart + from, lineStart + stop);
      from = stop;
    }
    push(sentences, text, lineStart + from, lineStart + line[0].length);
  }
  return sentences;
}

function isAbbreviation(line: string, dot: number, mark: string): boolean {
  if (!mark.startsWith('.') || mark.length > 1) return false;
  const word = /[\p{L}.]+$/u.exec(line.slice(0, dot))?.[0] ?? '';
  // "U.S", "U.N" (dotted capitals) and a single capital initial.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(into: Sentence[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  if (to > from) into.push({ text: text.slice(from, to), start: from, end: to });
}
