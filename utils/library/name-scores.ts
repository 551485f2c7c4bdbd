/**
 * Scores proposed names against a hand-made list, per kind: a proposal is right when its name or an alias
 * is a name or alias of a listed entity of the same kind; a listed entity is found when any proposal names
 * it. Used by the quality tests (bundled article, hand-labelled corpus articles).
 */
import { aliasKey } from '@/utils/match/alias-variants';

export interface LabelledName {
  name: string;
  kind: string;
  aliases: readonly string[];
}

export interface KindScore {
  proposed: number;
  correct: number;
  labelled: number;
  found: number;
  precision: number;
  recall: number;
}

function keys(name: LabelledName): Set<string> {
  return new Set([name.name, ...name.aliases].map((form) => aliasKey(form.trim())));
}

function overlaps(a: LabelledName, b: LabelledName): boolean {
  const bKeys = keys(b);
  return [...keys(a)].some((key) => bKeys.has(key));
}

/** The labelled names that some proposal names (any kind). */
export function foundNames(proposals: readonly LabelledName[], labels: readonly LabelledName[]): LabelledName[] {
  return labels.filter((label) => proposals.some((proposal) => overlaps(proposal, label)));
}

export function scoreByKind(
  proposals: readonly LabelledName[],
  labels: readonly LabelledName[],
): Record<string, KindScore> {
  const kinds = [...new Set([...proposals, ...labels].map((name) => name.kind))].sort();
  return Object.fromEntries(
    kinds.map((kind) => {
      const ofKind = proposals.filter((p) => p.kind === kind);
      const labelled = labels.filter((l) => l.kind === kind);
      const correct = ofKind.filter((p) => labelled.some((l) => overlaps(p, l))).length;
      const found = foundNames(proposals, labelled).length;
      const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 100) / 100);
      const score: KindScore = {
        proposed: ofKind.length,
        correct,
        labelled: labelled.length,
        found,
        precision: ratio(correct, ofKind.length),
        recall: ratio(found, labelled.length),
      };
      return [kind, score];
    }),
  );
}
