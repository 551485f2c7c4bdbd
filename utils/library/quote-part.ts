/**
 * A verbatim part of a sentence that fits the quote limit and keeps a mention: the clause holding it,
 * widened clause by clause while it fits, or else the words around it.
 */
export function quotePart(sentence: string, mentionStart: number, mentionEnd: number, limit: number): string {
  if (sentence.length <= limit) return sentence;
  const cuts = [
    0,
    ...[...sentence.matchAll(/[,;:—–]\s+|\s+[—–]\s+/gu)].map((m) => m.index + m[0].length),
    sentence.length,
  ];
  let from = Math.max(...cuts.filter((cut) => cut <= mentionStart));
  let to = Math.min(...cuts.filter((cut) => cut >= mentionEnd));
  if (to - from <= limit) {
    for (;;) {
      const left = Math.max(...cuts.filter((cut) => cut < from), -1);
      const right = Math.min(...cuts.filter((cut) => cut > to), Infinity);
      if (right !== Infinity && right - from <= limit) to = right;
      else if (left >= 0 && to - left <= limit) from = left;
      else break;
    }
    return trim(sentence.slice(from, to));
  }
  // One clause too long: the words around the mention.
  const half = Math.floor((limit - (mentionEnd - mentionStart)) / 2);
  from = Math.max(0, mentionStart - half);
  to = Math.min(sentence.length, from + limit);
  from = Math.max(0, to - limit);
  let part = sentence.slice(from, to);
  if (from > 0) part = part.replace(/^\S*\s+/u, '');
  if (to < sentence.length) part = part.replace(/\s+\S*$/u, '');
  return trim(part);
}

function trim(part: string): string {
  return part.replace(/^[\s,;:—–]+|[\s,;:—–]+$/gu, '');
}
