import type { Ref } from 'preact';
import type { Fact } from '@/data/schema';
import { attributionText } from '@/utils/card-content';

interface FactItemProps {
  fact: Fact;
  onShowInArticle(factId: string): void;
  /** Set on the first fact revealed by "More (N)", which takes the focus. */
  itemRef?: Ref<HTMLLIElement>;
}

/** One fact: what the article states, whose claim it is, the verbatim quote and a way to its passage. */
export default function FactItem({ fact, onShowInArticle, itemRef }: FactItemProps) {
  const statementId = `context-cards-fact-${fact.id}`;
  return (
    <li class="fact" ref={itemRef} tabIndex={itemRef ? -1 : undefined}>
      <p class="statement" id={statementId}>
        {fact.statement}
      </p>
      <blockquote class="quote">{fact.quote}</blockquote>
      <p class="meta">
        <span class="attribution">{attributionText(fact.attribution)}</span>
        <button type="button" class="link" aria-describedby={statementId} onClick={() => onShowInArticle(fact.id)}>
          Show in article
        </button>
      </p>
    </li>
  );
}
