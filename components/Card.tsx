import { Component, createRef } from 'preact';
import type { Entity } from '@/data/schema';
import type { LibraryFact } from '@/utils/library/model';
import { foldFacts, kindLabel, sourceDetails, type CardSource } from '@/utils/card-content';
import FactItem from './card/FactItem';

export interface CardProps {
  entity: Pick<Entity, 'id' | 'name' | 'kind' | 'description'>;
  /** The documents that state facts about the entity, each with its facts (best first); may be empty. */
  sources: ReadonlyArray<CardSource<LibraryFact>>;
  /** How many documents speak of the entity, when more than `sources` lists (a large library). */
  documentCount?: number;
  /** A short message to announce with the card ("Back to the first name on the page"). */
  notice?: string;
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
const NOTICE_ID = 'context-cards-notice';
const FOCUSABLE = 'button:not([disabled]), a[href]';

/**
 * A fact card, read at a glance (Wikipedia's page previews are the model): the name, its kind and where
 * the facts come from at the top, in a header that stays while the card scrolls; then the facts, each
 * group under its document. A non-modal dialog named after the entity and described by its description,
 * so a screen reader announces both when the card takes the focus. A class component because hooks would
 * add about 1 KB to the card renderer.
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

  override render({
    entity,
    sources,
    documentCount,
    notice,
    onShowInArticle,
    onHide,
    onTurnOffSite,
    onClose,
  }: CardProps) {
    const { expanded } = this.state;
    const { total, foldedIds } = foldFacts(sources, entity.description.length);
    const hidden = expanded ? 0 : total - foldedIds.size;
    /** Where the focus goes once "More" is pressed: the first fact it revealed, in reading order. */
    const firstRevealed = expanded
      ? sources.flatMap((source) => source.facts).find((fact) => !foldedIds.has(fact.id))?.id
      : undefined;
    const single = sources.length === 1 ? sources[0] : undefined;
    return (
      <section
        class="card"
        role="dialog"
        aria-labelledby={NAME_ID}
        aria-describedby={notice ? `${NOTICE_ID} ${DESCRIPTION_ID}` : DESCRIPTION_ID}
        data-entity={entity.id}
        tabIndex={-1}
        onKeyDown={this.onKeyDown}
      >
        <header class="head">
          <div class="title">
            <h2 class="name" id={NAME_ID}>
              {entity.name}
            </h2>
            <p class="kind">{kindLabel(entity.kind)}</p>
          </div>
          <button type="button" class="close" aria-label="Close" onClick={onClose}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </header>
        {notice && (
          <p class="notice" id={NOTICE_ID}>
            {notice}
          </p>
        )}
        {sources.length > 0 && (
          <div class="provenance">
            {single ? (
              <SourceLine source={single} />
            ) : (
              <p class="source">From {Math.max(sources.length, documentCount ?? 0)} documents in your library</p>
            )}
            <p class="note">
              {single && sourceDetails(single.document) && <span>{sourceDetails(single.document)} · </span>}
              As reported there, not current news.
            </p>
          </div>
        )}
        <p class="description" id={DESCRIPTION_ID}>
          {entity.description}
        </p>
        {total === 0 ? (
          <p class="empty">No document states a fact about {entity.name} yet.</p>
        ) : (
          sources.map((source) => {
            const shown = expanded ? source.facts : source.facts.filter((fact) => foldedIds.has(fact.id));
            if (shown.length === 0) return null;
            return (
              <section class="group" key={source.document.id} aria-label={single ? undefined : source.document.title}>
                {!single && <SourceLine source={source} details />}
                <ol class="facts">
                  {shown.map((fact) => (
                    <FactItem
                      key={fact.id}
                      fact={fact}
                      idPrefix="context-cards"
                      onShowInArticle={onShowInArticle}
                      itemRef={fact.id === firstRevealed ? this.firstRevealed : undefined}
                    />
                  ))}
                </ol>
              </section>
            );
          })
        )}
        <footer class="foot">
          {hidden > 0 && (
            <button type="button" class="more" aria-expanded="false" onClick={() => this.setState({ expanded: true })}>
              More ({hidden})
            </button>
          )}
          <span class="actions">
            <button
              type="button"
              aria-label={`Hide ${entity.name}`}
              title={`Stop highlighting ${entity.name} (undo in Options)`}
              onClick={onHide}
            >
              Hide
            </button>
            <button type="button" onClick={onTurnOffSite}>
              Turn off on this site
            </button>
          </span>
        </footer>
      </section>
    );
  }
}

/**
 * "From <title>", clamped to two lines on screen (the whole title stays in the DOM and its tooltip); in a
 * group, the site and date when known on the line below.
 */
function SourceLine({ source, details }: { source: CardSource<LibraryFact>; details?: boolean }) {
  const where = details ? sourceDetails(source.document) : undefined;
  return (
    <>
      <p class="source">
        From <cite title={source.document.title}>{source.document.title}</cite>
      </p>
      {where && <p class="details">{where}</p>}
    </>
  );
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
