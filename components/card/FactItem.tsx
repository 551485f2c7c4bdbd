import { Component, type Ref } from 'preact';
import type { LibraryFact } from '@/utils/library/model';
import { attributionText } from '@/utils/card-content';

interface FactItemProps {
  /** A pack or library fact: only its words, whose claim it is and its id are shown. */
  fact: Pick<LibraryFact, 'id' | 'quote' | 'attribution'>;
  /** Makes the quote's id unique on its page: a fact may be listed under several names (the popup). */
  idPrefix: string;
  onShowInArticle(factId: string): void;
  /** Set on the first fact revealed by "More (N)", which takes the focus. */
  itemRef?: Ref<HTMLLIElement>;
}

/** Quotes longer than this are folded to a few lines, with a button for the rest. */
export const LONG_QUOTE = 280;

/**
 * One fact, in its words once: the verbatim quote, whose claim it is when the quote does not say so (never
 * "According to the article"), and a way to its passage. A long quote is folded to a few lines (all of it
 * stays in the DOM) with a button for the rest.
 */
export default class FactItem extends Component<FactItemProps, { whole: boolean }> {
  override state = { whole: false };

  override render({ fact, idPrefix, onShowInArticle, itemRef }: FactItemProps) {
    const quoteId = `${idPrefix}-quote-${fact.id}`;
    const attribution = attributionText(fact.attribution, fact.quote);
    const foldable = fact.quote.length > LONG_QUOTE;
    const { whole } = this.state;
    return (
      <li class="fact" ref={itemRef} tabIndex={itemRef ? -1 : undefined}>
        <blockquote class={foldable && !whole ? 'quote folded' : 'quote'} id={quoteId}>
          {fact.quote}
        </blockquote>
        <p class="meta">
          {attribution !== undefined && <span class="attribution">{attribution}</span>}
          <span class="links">
            {foldable && (
              <button
                type="button"
                class="link"
                aria-expanded={whole}
                aria-controls={quoteId}
                onClick={() => this.setState({ whole: !whole })}
              >
                Whole quote
              </button>
            )}
            <button type="button" class="link" aria-describedby={quoteId} onClick={() => onShowInArticle(fact.id)}>
              Show in article
            </button>
          </span>
        </p>
      </li>
    );
  }
}
