import { Component, createRef } from 'preact';
import type { Entity, Fact } from '@/data/schema';
import { kindLabel, splitFacts } from '@/utils/card-content';
import FactItem from './card/FactItem';

export interface CardProps {
  entity: Pick<Entity, 'id' | 'name' | 'kind' | 'description'>;
  /** The entity's facts in pack order (most informative first). */
  facts: readonly Fact[];
  /** Titles of the documents the facts come from. */
  sources: readonly string[];
  onShowInArticle(factId: string): void;
  onHide(): void;
  onTurnOffSite(): void;
  /** Escape or the close button. */
  onClose(): void;
}

interface CardState {
  expanded: boolean;
}

const NAME_ID = 'context-cards-name';
const DESCRIPTION_ID = 'context-cards-description';
const FOCUSABLE = 'button:not([disabled]), a[href]';

/**
 * A fact card: a non-modal dialog named after the entity and described by its one-line description, so a
 * screen reader announces both when the card takes the focus. A class component because hooks would add
 * about 1 KB to a content script with a 25 KB budget.
 */
export default class Card extends Component<CardProps, CardState> {
  override state: CardState = { expanded: false };
  private firstRevealed = createRef<HTMLLIElement>();

  override componentDidUpdate(_props: CardProps, previous: CardState) {
    // The "More" button disappears when pressed: the focus goes to the first fact it revealed.
    if (this.state.expanded && !previous.expanded) this.firstRevealed.current?.focus();
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.props.onClose();
    } else if (event.key === 'Tab') {
      trapTab(event);
    }
  };

  override render({ entity, facts, sources, onShowInArticle, onHide, onTurnOffSite, onClose }: CardProps) {
    const { first, more } = splitFacts(facts);
    const { expanded } = this.state;
    return (
      <section
        class="card"
        role="dialog"
        aria-labelledby={NAME_ID}
        aria-describedby={DESCRIPTION_ID}
        data-entity={entity.id}
        tabIndex={-1}
        onKeyDown={this.onKeyDown}
      >
        <header class="head">
          <h2 class="name" id={NAME_ID}>
            {entity.name}
          </h2>
          <button type="button" class="close" aria-label="Close" onClick={onClose}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </header>
        <p class="kind">{kindLabel(entity.kind)}</p>
        <p class="description" id={DESCRIPTION_ID}>
          {entity.description}
        </p>
        {facts.length > 0 ? (
          <ol class="facts">
            {first.map((fact) => (
              <FactItem key={fact.id} fact={fact} onShowInArticle={onShowInArticle} />
            ))}
            {expanded &&
              more.map((fact, i) => (
                <FactItem
                  key={fact.id}
                  fact={fact}
                  onShowInArticle={onShowInArticle}
                  itemRef={i === 0 ? this.firstRevealed : undefined}
                />
              ))}
          </ol>
        ) : (
          <p class="empty">The article names {entity.name} but states no facts about it.</p>
        )}
        {more.length > 0 && !expanded && (
          <button type="button" class="more" aria-expanded="false" onClick={() => this.setState({ expanded: true })}>
            More ({more.length})
          </button>
        )}
        <footer class="foot">
          {sources.length > 0 && (
            <p class="source">
              From: <cite>{sources.join('; ')}</cite>
            </p>
          )}
          <p class="note">Facts as reported in this article, not current news.</p>
          <div class="actions">
            <button type="button" onClick={onHide}>
              Hide {entity.name}
            </button>
            <button type="button" onClick={onTurnOffSite}>
              Turn off on this site
            </button>
          </div>
        </footer>
      </section>
    );
  }
}

/** Tab and Shift+Tab cycle through the card's buttons and links instead of leaving it. */
function trapTab(event: KeyboardEvent) {
  const dialog = event.currentTarget as HTMLElement;
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const firstItem = focusable[0];
  const lastItem = focusable[focusable.length - 1];
  if (!firstItem || !lastItem) return;
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  const atStart = active === firstItem || active === dialog || !dialog.contains(active);
  if (event.shiftKey ? atStart : active === lastItem) {
    event.preventDefault();
    (event.shiftKey ? lastItem : firstItem).focus();
  }
}
