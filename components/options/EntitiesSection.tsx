import { useId } from 'preact/hooks';
import type { Entity, EntityKind } from '@/data/schema';
import type { MutedEntities } from '@/utils/settings-schema';

export interface EntitiesSectionProps {
  entities: readonly Entity[];
  muted: MutedEntities;
  onChange(muted: MutedEntities): void;
}

/** Group headings, in the order the page shows them. A new kind is a type error here until it has one. */
const KIND_HEADINGS: Record<EntityKind, string> = {
  person: 'People',
  'un-body': 'UN bodies',
  government: 'Governments',
  legislature: 'Legislatures',
  'country-or-territory': 'Countries and territories',
  group: 'Groups',
  organization: 'Organizations',
  'news-outlet': 'News outlets',
  place: 'Places',
};

/** Every entity of the pack with a checkbox (checked = highlighted), grouped by kind. */
export default function EntitiesSection({ entities, muted, onChange }: EntitiesSectionProps) {
  const id = useId();
  const mutedSet = new Set(muted);
  const groups = (Object.keys(KIND_HEADINGS) as EntityKind[])
    .map((kind) => ({ kind, members: entities.filter((entity) => entity.kind === kind) }))
    .filter((group) => group.members.length > 0);

  const toggle = (entityId: string, shown: boolean) =>
    onChange(shown ? muted.filter((mutedId) => mutedId !== entityId) : [...muted, entityId]);
  // Ids that are not in the pack (from an import or a newer pack) are kept as they are.
  const muteAll = (ids: string[]) => onChange([...muted, ...ids.filter((entityId) => !mutedSet.has(entityId))]);
  const unmuteAll = (ids: string[]) => onChange(muted.filter((mutedId) => !ids.includes(mutedId)));

  return (
    <section class="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Entities</h2>
      <p class="hint">Uncheck a name to stop highlighting it on pages. Its card stays in the article.</p>
      <div class="entity-groups">
        {groups.map(({ kind, members }) => {
          const ids = members.map((entity) => entity.id);
          const shownCount = ids.filter((entityId) => !mutedSet.has(entityId)).length;
          return (
            <fieldset key={kind} class="entity-group">
              <legend>
                <h3>{KIND_HEADINGS[kind]}</h3>
              </legend>
              <p class="group-count">
                {shownCount} of {ids.length} shown
              </p>
              <div class="group-actions">
                {/* Always enabled: disabling the button just pressed would drop keyboard focus. */}
                <button type="button" class="quiet" onClick={() => muteAll(ids)}>
                  Mute all
                </button>
                <button type="button" class="quiet" onClick={() => unmuteAll(ids)}>
                  Unmute all
                </button>
              </div>
              <ul class="entity-list">
                {members.map((entity) => (
                  <li key={entity.id}>
                    <label class="choice">
                      <input
                        type="checkbox"
                        checked={!mutedSet.has(entity.id)}
                        aria-describedby={`${id}-${entity.id}`}
                        onChange={(event) => toggle(entity.id, event.currentTarget.checked)}
                      />
                      {entity.name}
                    </label>
                    <p id={`${id}-${entity.id}`} class="entity-description">
                      {entity.description}
                    </p>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
