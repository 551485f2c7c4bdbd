import { useState } from 'preact/hooks';
import type { Entity, Fact } from '@/data/schema';
import { kindLabel } from '@/utils/card-content';
import { mentionLabel, type EntityOnPage } from '@/utils/popup-entities';
import FactItem from '@/components/card/FactItem';

interface EntityListProps {
  items: ReadonlyArray<EntityOnPage<Entity>>;
  factsByEntity: ReadonlyMap<string, readonly Fact[]>;
  onShowOnPage(entityId: string): void;
  onShowInArticle(factId: string): void;
}

/** The names found on the tab, most mentioned first; each opens its facts inline (a disclosure). */
export default function EntityList({ items, factsByEntity, onShowOnPage, onShowInArticle }: EntityListProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <ul class="pp-entities">
      {items.map(({ entity, count }) => {
        const expanded = open.has(entity.id);
        const facts = factsByEntity.get(entity.id) ?? [];
        const nameId = `pp-name-${entity.id}`;
        const panelId = `pp-facts-${entity.id}`;
        return (
          <li key={entity.id} class="pp-entity" data-entity={entity.id}>
            <div class="pp-entity-row">
              <h3 class="pp-entity-heading">
                <button
                  type="button"
                  class="pp-disclosure"
                  aria-expanded={expanded}
                  aria-controls={panelId}
                  onClick={() => toggle(entity.id)}
                >
                  <svg class="pp-chevron" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                    <path d="M6 3.5 10.5 8 6 12.5" />
                  </svg>
                  <span class="pp-entity-text">
                    <span id={nameId} class="pp-entity-name">
                      {entity.name}
                    </span>
                    <span class="pp-count">{mentionLabel(count)}</span>
                  </span>
                </button>
              </h3>
              <button type="button" class="pp-show" aria-describedby={nameId} onClick={() => onShowOnPage(entity.id)}>
                Show on page
              </button>
            </div>
            <div id={panelId} class="pp-entity-panel" hidden={!expanded}>
              <p class="pp-kind">{kindLabel(entity.kind)}</p>
              <p class="pp-description">{entity.description}</p>
              {facts.length > 0 ? (
                <ol class="pp-facts">
                  {expanded &&
                    facts.map((fact) => <FactItem key={fact.id} fact={fact} onShowInArticle={onShowInArticle} />)}
                </ol>
              ) : (
                <p class="pp-empty">The article names {entity.name} but states no facts about it.</p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
