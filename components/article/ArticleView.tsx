import type { ComponentChildren } from 'preact';
import type { Entity, Fact } from '@/data/schema';
import type { ArticleModel } from '@/utils/article-model';
import { factHash } from '@/utils/article-anchor';
import { kindLabel, sourceDetails } from '@/utils/card-content';
import ArticleText, { type ArticleTarget } from './ArticleText';
import './article-view.css';

/** A fact as the view lists it: the bundled pack's carry a statement, a library document's only a quote. */
export type ArticleFact = Pick<Fact, 'id' | 'quote'> & { statement?: string | undefined };

/** Where a document the reader added comes from, when known (the bundled article has none of it). */
export interface ArticleSource {
  site?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
}

interface ArticleViewProps {
  model: ArticleModel;
  /** The entities to list beside the article, in the order to list them. */
  entities: ReadonlyArray<Pick<Entity, 'id' | 'name' | 'kind'>>;
  factsByEntity: ReadonlyMap<string, readonly ArticleFact[]>;
  factById: ReadonlyMap<string, ArticleFact>;
  /** A document from the reader's library: its site, date and address are shown under its title. */
  source?: ArticleSource | undefined;
  /** A notice about the document itself (records of it that could not be read). */
  notice?: string | undefined;
  target?: ArticleTarget | undefined;
  /** The address named a fact that this article does not have. */
  unknownFactId?: string | undefined;
  /** A fact link (numbered mark or sidebar) was activated. */
  onSelectFact(factId: string, event: MouseEvent): void;
}

/** How a fact is named in links: the pack's statement, or a library fact's own words. */
const factLabel = (fact: ArticleFact | undefined) => fact?.statement ?? fact?.quote;

/** The view's frame: the extension's bar above whatever it shows. */
export function ArticleFrame({ children }: { children: ComponentChildren }) {
  return (
    <div class="av">
      <header class="av-bar">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span class="av-brand">Context Cards</span>
        <span class="av-crumb">Article</span>
      </header>
      {children}
    </div>
  );
}

/**
 * The article view (an extension page): the article at a readable measure, the names beside it, each with
 * links to the passages its facts quote. `#fact-<id>` addresses a passage (the entry point reads it).
 */
export default function ArticleView(props: ArticleViewProps) {
  const { model, entities, factsByEntity, factById, source, notice, target, unknownFactId, onSelectFact } = props;
  const listed = entities.filter((entity) => (factsByEntity.get(entity.id)?.length ?? 0) > 0);
  return (
    <ArticleFrame>
      <div class="av-layout">
        <main class="av-main">
          <ArticleText
            model={model}
            headingLevel={1}
            titleId="av-title"
            entityName={(id) => entities.find((entity) => entity.id === id)?.name}
            factStatement={(id) => factLabel(factById.get(id))}
            target={target}
            onSelectFact={onSelectFact}
          >
            {source && <SourceLines source={source} />}
            <p class="cc-note">
              {source
                ? 'The facts Context Cards shows are quoted from this document as you added it, not current news.'
                : 'The facts Context Cards shows are as reported in this article, not current news.'}{' '}
              Names from it are highlighted, and a numbered mark closes each passage a fact quotes.
            </p>
            <p class="av-notice" role="status">
              {unknownFactId !== undefined && 'That link points to a fact this article does not have.'}
              {unknownFactId !== undefined && notice !== undefined && ' '}
              {notice}
            </p>
          </ArticleText>
        </main>
        <nav class="av-side" aria-labelledby="av-side-title">
          <h2 id="av-side-title">{source ? 'Names in this document' : 'Names in this article'}</h2>
          <ul class="av-entities">
            {listed.map((entity) => (
              <li key={entity.id} class="av-entity">
                <h3>{entity.name}</h3>
                <p class="av-kind">{kindLabel(entity.kind)}</p>
                <ul class="av-facts">
                  {factsByEntity.get(entity.id)!.map((fact) => (
                    <li key={fact.id}>
                      <a
                        href={factHash(fact.id)}
                        aria-current={target?.factId === fact.id ? 'location' : undefined}
                        onClick={(event) => onSelectFact(fact.id, event)}
                      >
                        <span class="av-fact-n" aria-hidden="true">
                          {model.factNumber.get(fact.id)}
                        </span>
                        <span class={fact.statement === undefined ? 'av-fact-quote' : undefined}>
                          {factLabel(fact)}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </ArticleFrame>
  );
}

/** Site and date, then the document's address as text: a link the reader may follow, never fetched by us. */
function SourceLines({ source }: { source: ArticleSource }) {
  const details = sourceDetails({ id: '', title: '', ...definedOnly(source) });
  const web = source.url !== undefined && /^https?:\/\//i.test(source.url);
  return (
    <>
      {details && <p class="av-source">{details}</p>}
      {source.url !== undefined && (
        <p class="av-url">
          {web ? (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {source.url}
            </a>
          ) : (
            source.url
          )}
        </p>
      )}
    </>
  );
}

function definedOnly({ site, published }: ArticleSource): { site?: string; published?: string } {
  return { ...(site !== undefined && { site }), ...(published !== undefined && { published }) };
}
