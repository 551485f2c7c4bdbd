import { render } from 'preact';
import { browser } from 'wxt/browser';
import Popup from '@/components/Popup';
import { documents, entities, factsByEntity } from '@/data/index';
import { tabIdFromSearch } from '@/utils/popup-site';
import { createPopupPort } from './port';

// The popup targets the active tab of its window. `popup.html?tab=<id>` targets that tab instead: the
// end-to-end tests open the popup as a page (a real toolbar popup cannot be driven) and point it at a tab;
// `&open=all` unfolds every name's facts (the accessibility checks and screenshots look at them all).
const requested = tabIdFromSearch(location.search);
const tabId =
  requested !== undefined
    ? Promise.resolve(requested)
    : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id);

const openAll = new URLSearchParams(location.search).get('open') === 'all';
const root = document.getElementById('app');
if (root) {
  render(
    <Popup
      port={createPopupPort(tabId)}
      bundled={documents[0]!}
      entities={entities}
      factsByEntity={factsByEntity}
      initiallyOpen={openAll ? new Set(entities.map((entity) => entity.id)) : undefined}
    />,
    root,
  );
}
