/**
 * The reading preference "only the first mention of each name": which mentions stay highlighted. Pure, so
 * the rule is tested without a page; the engine and the card wiring apply it to the page's mentions.
 */

/** The first mention of each entity, in the order given (document order), one per entity. */
export function firstOfEach<M extends { readonly entityId: string }>(mentions: readonly M[]): M[] {
  const seen = new Set<string>();
  const firsts: M[] = [];
  for (const mention of mentions) {
    if (seen.has(mention.entityId)) continue;
    seen.add(mention.entityId);
    firsts.push(mention);
  }
  return firsts;
}

/** A memo of firstOfEach for the last list it saw (the engine hands out the same array until it changes). */
export function firstOfEachMemo<M extends { readonly entityId: string }>(): (mentions: readonly M[]) => readonly M[] {
  let last: readonly M[] | undefined;
  let result: readonly M[] = [];
  return (mentions) => {
    if (mentions !== last) {
      last = mentions;
      result = firstOfEach(mentions);
    }
    return result;
  };
}
