import { render } from 'preact';
import ArticleProblem from '@/components/article/ArticleProblem';
import ArticleView, { type ArticleFact, type ArticleSource } from '@/components/article/ArticleView';
import { documentText } from '@/data/document-text';
import { documents, entities, facts, factsByEntity } from '@/data/index';
import type { Entity } from '@/data/schema';
import { documentIdFromSearch, factHash, factIdFromHash } from '@/utils/article-anchor';
import { buildArticle, type ArticleModel } from '@/utils/article-model';
import { readLibraryDocument, type DocumentRead } from '@/utils/extension/library-document';
import { watchLibrary } from '@/utils/extension/library-store';

// The article view: `article.html#fact-<id>` marks that fact's passage in the bundled article (the cards'
// "Show in article", the popup); `article.html?doc=<id>#fact-<id>` does the same in a document of the
// reader's library. The hash is followed on every change; a library document follows the library.
const root = document.getElementById('app');

/** Everything one document's view renders. */
interface Loaded {
  model: ArticleModel;
  entities: ReadonlyArray<Pick<Entity, 'id' | 'name' | 'kind'>>;
  factsByEntity: ReadonlyMap<string, readonly ArticleFact[]>;
  factById: ReadonlyMap<string, ArticleFact>;
  source?: ArticleSource;
  notice?: string;
}

let loaded: Loaded | { problem: string } | undefined;
let revision = 0;

function bundled(): Loaded {
  const source = documents[0]!;
  const sourceFacts = facts.filter((fact) => fact.document === source.id);
  const model = buildArticle(documentText(source.id) ?? '', sourceFacts, entities);
  return { model, entities, factsByEntity, factById: new Map(sourceFacts.map((fact) => [fact.id, fact])) };
}

const PROBLEMS = {
  unknown: 'Your library has no such document: it may have been removed, or the link is wrong.',
  unreadable:
    'This document’s record in your library is damaged and cannot be read. Remove it on the library page and add it again.',
};

async function fromLibrary(documentId: string): Promise<Loaded | { problem: string }> {
  let read: DocumentRead;
  try {
    read = await readLibraryDocument(documentId);
  } catch (error) {
    return { problem: `Your library could not be opened: ${String(error)}` };
  }
  if (!read.ok) return { problem: PROBLEMS[read.problem] };
  const { document: doc } = read;
  const model = buildArticle(read.text, read.facts, read.entities, doc.title);
  const order = (fact: ArticleFact) => model.factNumber.get(fact.id) ?? Number.MAX_SAFE_INTEGER;
  const placed = read.facts.filter((fact) => model.factNumber.has(fact.id)).sort((a, b) => order(a) - order(b));
  const byEntity = new Map<string, ArticleFact[]>();
  for (const fact of placed) for (const id of fact.entities) byEntity.set(id, [...(byEntity.get(id) ?? []), fact]);
  // Names listed as the reader meets them: by their first fact's passage.
  const first = (id: string) => order(byEntity.get(id)?.[0] ?? { id: '', quote: '' });
  const listed = [...read.entities].sort((a, b) => first(a.id) - first(b.id));
  const left = read.skipped + model.unplaced.length;
  return {
    model,
    entities: listed,
    factsByEntity: byEntity,
    factById: new Map(placed.map((fact) => [fact.id, fact])),
    source: { site: doc.site, published: doc.published, url: doc.url },
    ...(left > 0 && {
      notice: `${left} ${left === 1 ? 'fact' : 'facts'} of this document could not be read and ${left === 1 ? 'is' : 'are'} left out.`,
    }),
  };
}

function draw(): void {
  if (!root || loaded === undefined) return;
  if ('problem' in loaded) {
    document.title = 'Document unavailable — Context Cards';
    render(<ArticleProblem message={loaded.problem} />, root);
    return;
  }
  const factId = factIdFromHash(location.hash);
  const known = factId !== undefined && loaded.model.factNumber.has(factId);
  document.title = `${loaded.model.title} — Context Cards`;
  render(
    <ArticleView
      {...loaded}
      target={known ? { factId, revision } : undefined}
      unknownFactId={known ? undefined : factId}
      onSelectFact={select}
    />,
    root,
  );
}

/** Shows the addressed passage (again): a new revision marks and scrolls to it. */
function show(): void {
  revision += 1;
  draw();
}

/** A link to the passage already addressed changes no hash: mark and scroll to it again. */
function select(factId: string, event: MouseEvent): void {
  if (location.hash !== factHash(factId)) return; // the hash changes, and hashchange shows it
  event.preventDefault();
  show();
}

const documentId = documentIdFromSearch(location.search);
window.addEventListener('hashchange', show);
if (documentId === undefined || documents.some((doc) => doc.id === documentId)) {
  loaded = bundled();
  show();
} else {
  void fromLibrary(documentId).then((first) => {
    loaded = first;
    show();
  });
  // A removed or changed document shows so at once; the passage stays where the reader is.
  watchLibrary(() => {
    void fromLibrary(documentId).then((next) => {
      loaded = next;
      draw();
    });
  });
}
