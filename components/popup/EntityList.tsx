import { useState } from 'preact/hooks';
import type { Entity, Fact } from '@/data/schema';
import { kindLabel, sourceDetails, type CardSource } from '@/utils/card-content';
import { mentionLabel, type EntityOnPage } from '@/utils/popup-entities';
import FactItem from '@/components/card/FactItem';

/** A fact as the popup lists it (the pack's or a library document's). */
export type PopupFact = Pick<Fact, 'id' | 'quote' | 'attribution'>;
/** One document's facts about a name; `bundled` marks the article that ships with the extension. */
export type FactGroup = CardSource<PopupFact> & { document: { bundled?: boolean } };

interface EntityListProps {
  items: ReadonlyArray<EntityOnPage<Entity>>;
  /** A name's facts by document (bundled first), or undefined while they are being read. */
  factsOf(entityId: string): readonly FactGroup[] | undefined;
  /** Opens the entity's card at its first mention on the page. */
  onShowOnPage(entityId: string): void;
  /** A name was unfolded: its facts are wanted. */
  onUnfold?(entityId: string): void;
  /** Opens a fact's document in the article view at its passage. */
  onShowInArticle(factId: string, documentId: string): void;
  /** Names whose facts start unfolded (the screenshots and accessibility checks open them all). */
  initiallyOpen?: ReadonlySet<string>;
}

/**
 * The names found on the tab, most mentioned first. Each is one row: the row opens the name's card on the
 * page; the chevron beside it unfolds its facts here (a disclosure), under the document each comes from
 * when they come from more than the bundled article.
 */
export default function EntityList({
  items,
  factsOf,
  onShowOnPage,
  onUnfold,
  onShowInArticle,
  initiallyOpen,
}: EntityListProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(initiallyOpen ?? new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) {
        next.add(id);
        onUnfold?.(id);
      }
      return next;
    });

  return (
    <ul class="pp-entities">
      {items.map(({ entity, count }) => {
        const expanded = open.has(entity.id);
        const groups = factsOf(entity.id);
        const panelId = `pp-facts-${entity.id}`;
        // The bundled article alone needs no heading: the popup has always quoted it.
        const named = groups !== undefined && (groups.length > 1 || groups[0]?.document.bundled === false);
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
              {groups === undefined ? (
                expanded && <p class="pp-empty">Reading the facts…</p>
              ) : groups.length === 0 ? (
                <p class="pp-empty">Your documents name {entity.name} but state no facts about it.</p>
              ) : (
                groups.map(({ document, facts }) => (
                  <div key={document.id} class="pp-group">
                    {named && (
                      <h3 class="pp-group-source">
                        {document.title}
                        {sourceDetails(document) && <span class="pp-group-meta"> · {sourceDetails(document)}</span>}
                      </h3>
                    )}
                    <ol class="pp-facts">
                      {expanded &&
                        facts.map((fact) => (
                          <FactItem
                            key={fact.id}
                            fact={fact}
                            idPrefix={`pp-${entity.id}`}
                            onShowInArticle={(factId) => onShowInArticle(factId, document.id)}
                          />
                        ))}
                    </ol>
                  </div>
                ))
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
