import { render } from 'preact';
import { browser } from 'wxt/browser';
import Popup from '@/components/Popup';
import { documentText } from '@/data/document-text';
import { documents, entities, facts, factsByEntity } from '@/data/index';
import { buildArticle } from '@/utils/article-model';
import { tabIdFromSearch } from '@/utils/popup-site';
import { createPopupPort } from './port';

// The popup targets the active tab of its window. `popup.html?tab=<id>` targets that tab instead: the
// end-to-end tests open the popup as a page (a real toolbar popup cannot be driven) and point it at a tab.
const requested = tabIdFromSearch(location.search);
const tabId =
  requested !== undefined
    ? Promise.resolve(requested)
    : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id);

const source = documents[0]!;
const sourceFacts = facts.filter((fact) => fact.document === source.id);
const root = document.getElementById('app');
if (root) {
  render(
    <Popup
      port={createPopupPort(tabId)}
      model={buildArticle(documentText(source.id) ?? '', sourceFacts, entities)}
      entities={entities}
      factsByEntity={factsByEntity}
      factById={new Map(sourceFacts.map((fact) => [fact.id, fact]))}
    />,
    root,
  );
}
