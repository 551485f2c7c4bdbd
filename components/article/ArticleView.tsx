import type { Entity, Fact } from '@/data/schema';
import type { ArticleModel } from '@/utils/article-model';
import { factHash } from '@/utils/article-anchor';
import { kindLabel } from '@/utils/card-content';
import ArticleText, { type ArticleTarget } from './ArticleText';
import './article-view.css';

interface ArticleViewProps {
  model: ArticleModel;
  /** The entities to list beside the article, in pack order. */
  entities: readonly Entity[];
  factsByEntity: ReadonlyMap<string, readonly Fact[]>;
  factById: ReadonlyMap<string, Fact>;
  target?: ArticleTarget | undefined;
  /** The address named a fact that this article does not have. */
  unknownFactId?: string | undefined;
  /** A fact link (numbered mark or sidebar) was activated. */
  onSelectFact(factId: string, event: MouseEvent): void;
}

/**
 * The article view (an extension page): the article at a readable measure, the names beside it, each with
 * links to the passages its facts quote. `#fact-<id>` addresses a passage (the entry point reads it).
 */
export default function ArticleView(props: ArticleViewProps) {
  const { model, entities, factsByEntity, factById, target, unknownFactId, onSelectFact } = props;
  const listed = entities.filter((entity) => (factsByEntity.get(entity.id)?.length ?? 0) > 0);
  return (
    <div class="av">
      <header class="av-bar">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span class="av-brand">Context Cards</span>
        <span class="av-crumb">Article</span>
      </header>
      <div class="av-layout">
        <main class="av-main">
          <ArticleText
            model={model}
            headingLevel={1}
            titleId="av-title"
            entityName={(id) => entities.find((entity) => entity.id === id)?.name}
            factStatement={(id) => factById.get(id)?.statement}
            target={target}
            onSelectFact={onSelectFact}
          >
            <p class="cc-note">
              The facts Context Cards shows are as reported in this article, not current news. Names from it are
              highlighted, and a numbered mark closes each passage a fact quotes.
            </p>
            <p class="av-notice" role="status">
              {unknownFactId !== undefined && 'That link points to a fact this article does not have.'}
            </p>
          </ArticleText>
        </main>
        <nav class="av-side" aria-labelledby="av-side-title">
          <h2 id="av-side-title">Names in this article</h2>
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
                        <span>{fact.statement}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}
