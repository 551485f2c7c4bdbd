import { useState } from 'preact/hooks';
import type { Entity, Fact } from '@/data/schema';
import { kindLabel } from '@/utils/card-content';
import { mentionLabel, type EntityOnPage } from '@/utils/popup-entities';
import FactItem from '@/components/card/FactItem';

interface EntityListProps {
  items: ReadonlyArray<EntityOnPage<Entity>>;
  factsByEntity: ReadonlyMap<string, readonly Fact[]>;
  /** Opens the entity's card at its first mention on the page. */
  onShowOnPage(entityId: string): void;
  onShowInArticle(factId: string): void;
  /** Names whose facts start unfolded (the screenshots and accessibility checks open them all). */
  initiallyOpen?: ReadonlySet<string>;
}

/**
 * The names found on the tab, most mentioned first. Each is one row: the row opens the name's card on the
 * page; the chevron beside it unfolds its facts here (a disclosure).
 */
export default function EntityList({
  items,
  factsByEntity,
  onShowOnPage,
  onShowInArticle,
  initiallyOpen,
}: EntityListProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(initiallyOpen ?? new Set());
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
        const panelId = `pp-facts-${entity.id}`;
        return (
          <li key={entity.id} class="pp-entity" data-entity={entity.id}>
            <div class="pp-entity-row">
              <button
                type="button"
                class="pp-row"
                title={`Open the card of ${entity.name} on the page`}
                onClick={() => onShowOnPage(entity.id)}
              >
                <span class="pp-entity-name">{entity.name}</span>
                <span class="pp-count">{mentionLabel(count)}</span>
              </button>
              <button
                type="button"
                class="pp-disclosure"
                aria-label={`Facts about ${entity.name}`}
                aria-expanded={expanded}
                aria-controls={panelId}
                onClick={() => toggle(entity.id)}
              >
                <svg class="pp-chevron" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                  <path d="M6 3.5 10.5 8 6 12.5" />
                </svg>
              </button>
            </div>
            <div id={panelId} class="pp-entity-panel" hidden={!expanded}>
              <p class="pp-kind">{kindLabel(entity.kind)}</p>
              <p class="pp-description">{entity.description}</p>
              {facts.length > 0 ? (
                <ol class="pp-facts">
                  {expanded &&
                    facts.map((fact) => (
                      <FactItem
                        key={fact.id}
                        fact={fact}
                        idPrefix={`pp-${entity.id}`}
                        onShowInArticle={onShowInArticle}
                      />
                    ))}
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
