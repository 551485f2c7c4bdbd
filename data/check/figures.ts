/**
 * The figures each document states, which the pack must carry: every figure needs a fact whose quote
 * and statement both contain all of its parts (so a card can show the number and its source).
 * Keyed by document id; a new document lists its own figures here.
 */
export interface Figure {
  /** How the summary names the figure. */
  label: string;
  /** Substrings that must all appear, case-sensitively, in one fact's quote and in its statement. */
  parts: readonly string[];
}

export const requiredFigures: Readonly<Record<string, readonly Figure[]>> = {
  'us-votes-against-un-gaza-ceasefire-resolution': [
    { label: '158 to 9', parts: ['158 to 9'] },
    { label: '13 abstentions', parts: ['13 abstentions'] },
    { label: '159 to 9', parts: ['159 to 9'] },
    { label: 'sixth veto in 14 months', parts: ['sixth', '14 months'] },
    { label: '60 days', parts: ['60 days'] },
  ],
};

export function carriesFigure(figure: Figure, fact: { quote: string; statement: string }): boolean {
  return figure.parts.every((part) => fact.quote.includes(part) && fact.statement.includes(part));
}
