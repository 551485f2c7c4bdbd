import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import Card, { type CardProps } from '@/components/Card';
import cardCss from '@/components/card/card.css?inline';
import type { CardSource } from '@/utils/card-content';
import { CardHost } from '@/utils/dom/card-host';
import { CARD_VIEW_GLOBAL, type CardView, type CreateCardView } from '@/utils/dom/card-view';
import type { CardFacts } from '@/utils/extension/card-facts';
import { extensionApi } from '@/utils/extension/extension-api';
import type { ToBackground } from '@/utils/extension/messages';
import type { LibraryFact } from '@/utils/library/model';

/**
 * The card renderer, injected by the background into the frame's isolated world the first time a card is
 * about to open (entrypoints/content/card-view-loader.ts); it leaves its factory there. What a card says
 * comes from the background, from the library (utils/extension/card-facts.ts): the bundled article's facts,
 * and those of the reader's own documents where the reader showed them on this tab.
 */
export default defineUnlistedScript(() => {
  const create: CreateCardView = (ctx) => {
    let opened = 0;
    /** The facts asked for while the hover delay ran, kept briefly: a card shows what the library says now. */
    let fetched: { entityId: string; at: number; facts: Promise<CardFacts> } | undefined;
    const factsOf = (entityId: string) => {
      const fresh = fetched && fetched.entityId === entityId && performance.now() - fetched.at < PREFETCH_MS;
      if (!fresh) fetched = { entityId, at: performance.now(), facts: askFacts(entityId) };
      return fetched!.facts;
    };
    const host = new CardHost<CardProps & { key: string }>({
      ctx,
      name: 'context-cards-card',
      css: cardCss,
      render: (props, container) => render(props ? h(Card, props) : null, container),
    });
    const view: CardView = {
      async open({ entityId, range, focus, notice, actions }) {
        const opening = ++opened;
        const { entity, documents, documentCount } = await factsOf(entityId);
        fetched = undefined;
        if (!entity || opening !== opened) return; // unknown now, or another card asked meanwhile
        const sources: Array<CardSource<LibraryFact>> = documents.map(({ document, facts }) => ({
          document: { id: document.id, title: document.title, site: document.site, published: document.published },
          facts,
        }));
        // A fresh card (facts folded again) each time one opens.
        const props = { key: `${entityId}:${opening}`, entity, sources, documentCount, notice, ...actions };
        await host.open(props, range, { focus });
      },
      prefetch: (entityId) => void factsOf(entityId),
      close: (options) => {
        opened += 1; // a card still waiting for its facts stays closed
        host.close(options);
      },
      setTheme: (theme) => host.setTheme(theme),
      owns: (target) => host.owns(target),
      containsPoint: (x, y) => host.containsPoint(x, y),
    };
    return view;
  };
  (globalThis as Record<string, unknown>)[CARD_VIEW_GLOBAL] = create;
});

/** How long facts fetched ahead stay good for the card that opens next. */
const PREFETCH_MS = 2_000;

/** The card's facts, from the background: the extension API without the polyfill (extension-api.ts). */
async function askFacts(entityId: string): Promise<CardFacts> {
  const api = extensionApi();
  const request: ToBackground = { type: 'context-cards:card-facts', entityId };
  const answer = (await api.runtime.sendMessage(request).catch(() => undefined)) as CardFacts | undefined;
  return answer && Array.isArray(answer.documents) ? answer : { entity: undefined, documents: [], documentCount: 0 };
}
