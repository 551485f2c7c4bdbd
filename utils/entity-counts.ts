/** Mention counts per entity, merged across a tab's frames. Pure. */
/** Entity id → number of mentions. */
export type EntityCounts = Record<string, number>;

export function mergeCounts(frames: Iterable<EntityCounts>): EntityCounts {
  const total: EntityCounts = {};
  for (const counts of frames) {
    for (const [entityId, count] of Object.entries(counts)) {
      if (count > 0) total[entityId] = (total[entityId] ?? 0) + count;
    }
  }
  return total;
}

/** The toolbar badge: the number of distinct entities found, empty when none. */
export function badgeText(counts: EntityCounts): string {
  const distinct = Object.keys(counts).length;
  return distinct === 0 ? '' : String(distinct);
}

export function sameCounts(a: EntityCounts, b: EntityCounts): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
