import { render } from 'preact';
import ArticleView from '@/components/article/ArticleView';
import { documentText } from '@/data/document-text';
import { documents, entities, facts, factsByEntity } from '@/data/index';
import { factHash, factIdFromHash } from '@/utils/article-anchor';
import { buildArticle } from '@/utils/article-model';

// The article view: `article.html#fact-<id>` marks that fact's passage (the cards' "Show in article", the
// popup's "Open in tab"); the hash is followed on every change.
const root = document.getElementById('app');
const source = documents[0]!;
const sourceFacts = facts.filter((fact) => fact.document === source.id);
const model = buildArticle(documentText(source.id) ?? '', sourceFacts, entities);
const factById = new Map(sourceFacts.map((fact) => [fact.id, fact]));
let revision = 0;

function show(): void {
  if (!root) return;
  const factId = factIdFromHash(location.hash);
  const known = factId !== undefined && model.factNumber.has(factId);
  revision += 1;
  render(
    <ArticleView
      model={model}
      entities={entities}
      factsByEntity={factsByEntity}
      factById={factById}
      target={known ? { factId, revision } : undefined}
      unknownFactId={known ? undefined : factId}
      onSelectFact={select}
    />,
    root,
  );
}

/** A link to the passage already addressed changes no hash: mark and scroll to it again. */
function select(factId: string, event: MouseEvent): void {
  if (location.hash !== factHash(factId)) return; // the hash changes, and hashchange shows it
  event.preventDefault();
  show();
}

document.title = `${model.title} — Context Cards`;
window.addEventListener('hashchange', show);
show();
