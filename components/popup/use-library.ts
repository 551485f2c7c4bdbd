/**
 * What the popup reads from the reader's library, kept current while it is open: the documents, the
 * entities found on the tab that the bundled pack does not have, and the facts of each unfolded name by
 * document (read when first unfolded, read again when the library changes).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Entity } from '@/data/schema';
import type { EntityCounts } from '@/utils/entity-counts';
import type { FactGroup } from './EntityList';
import type { PopupDocument } from './YourDocuments';

/** The library as the popup asks for it (entrypoints/popup/port.ts implements it on the store). */
export interface LibraryPort {
  /** Every document, bundled first. */
  documents(): Promise<PopupDocument[]>;
  /** Calls back when the library changed (in any tab); returns unwatch. */
  watchLibrary(callback: () => void): () => void;
  /** What each switched-on document says about an entity, bundled first. */
  factsAbout(entityId: string): Promise<FactGroup[]>;
  /** The library's entities among these ids (unknown or corrupted ones are left out). */
  libraryEntities(ids: readonly string[]): Promise<Entity[]>;
}

export interface LibraryView {
  documents: PopupDocument[] | undefined;
  failed: boolean;
  /** The library's entities beyond those the popup was given. */
  entities: Entity[];
  factsOf(entityId: string): FactGroup[] | undefined;
  /** Reads a name's facts (once; again after a change of the library). */
  want(entityId: string): void;
}

export function useLibrary(
  port: LibraryPort,
  counts: EntityCounts | undefined,
  known: readonly Entity[],
  initiallyWanted: ReadonlySet<string> | undefined,
  /** A name's facts when the library cannot be read: the bundled article's. */
  fallback: (entityId: string) => FactGroup[],
): LibraryView {
  const [revision, setRevision] = useState(0);
  const [documents, setDocuments] = useState<PopupDocument[]>();
  const [failed, setFailed] = useState(false);
  const [entities, setEntities] = useState<Entity[]>([]);
  const [wanted, setWanted] = useState<ReadonlySet<string>>(initiallyWanted ?? new Set());
  const [facts, setFacts] = useState<{ revision: number; byEntity: ReadonlyMap<string, FactGroup[]> }>({
    revision: 0,
    byEntity: new Map(),
  });

  useEffect(() => port.watchLibrary(() => setRevision((current) => current + 1)), [port]);

  useEffect(() => {
    let alive = true;
    port.documents().then(
      (list) => {
        if (!alive) return;
        setDocuments(list);
        setFailed(false);
      },
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [port, revision]);

  const unknownIds = Object.keys(counts ?? {}).filter(
    (id) => !known.some((entity) => entity.id === id) && !entities.some((entity) => entity.id === id),
  );
  useEffect(() => {
    if (unknownIds.length === 0) return undefined;
    let alive = true;
    port.libraryEntities(unknownIds).then(
      (found) => alive && found.length > 0 && setEntities((current) => [...current, ...found]),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [port, unknownIds.join('\n')]);

  useEffect(() => {
    // After a change of the library every unfolded name is read again; until then its facts stay as shown.
    const current = facts.revision === revision;
    const missing = [...wanted].filter((id) => !current || !facts.byEntity.has(id));
    if (missing.length === 0) return undefined;
    let alive = true;
    void Promise.all(
      missing.map((id) =>
        port.factsAbout(id).then(
          (groups): [string, FactGroup[]] => [id, groups],
          (): [string, FactGroup[]] => [id, fallback(id)],
        ),
      ),
    ).then((read) => {
      if (!alive) return;
      setFacts((before) => ({
        revision,
        byEntity: new Map([...(before.revision === revision ? before.byEntity : []), ...read]),
      }));
    });
    return () => {
      alive = false;
    };
  }, [port, wanted, revision, facts]);

  return {
    documents,
    failed,
    entities,
    factsOf: (id) => facts.byEntity.get(id),
    want: (id) => setWanted((current) => (current.has(id) ? current : new Set([...current, id]))),
  };
}
