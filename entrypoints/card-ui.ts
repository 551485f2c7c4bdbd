import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import Card, { type CardProps } from '@/components/Card';
import cardCss from '@/components/card/card.css?inline';
import { documentById, entityById, factsByEntity } from '@/data/index';
import { groupBySource } from '@/utils/card-content';
import { CardHost } from '@/utils/dom/card-host';
import { CARD_VIEW_GLOBAL, type CardView, type CreateCardView } from '@/utils/dom/card-view';

/**
 * The card renderer, loaded by the content script with import() the first time a card is about to open
 * (entrypoints/content/card-view-loader.ts). It runs in the content script's isolated world and leaves
 * its factory there.
 */
export default defineUnlistedScript(() => {
  const create: CreateCardView = (ctx) => {
    let opened = 0;
    const host = new CardHost<CardProps & { key: string }>({
      ctx,
      name: 'context-cards-card',
      css: cardCss,
      render: (props, container) => render(props ? h(Card, props) : null, container),
    });
    const view: CardView = {
      async open({ entityId, range, focus, notice, actions }) {
        const entity = entityById.get(entityId);
        if (!entity) return;
        // The bundled pack is the first (for now the only) source; the library will add more (issue 12).
        const sources = groupBySource(factsByEntity.get(entityId) ?? [], (id) => documentById.get(id));
        // A fresh card (facts folded again) each time one opens.
        const props = { key: `${entityId}:${++opened}`, entity, sources, notice, ...actions };
        await host.open(props, range, { focus });
      },
      close: (options) => host.close(options),
      setTheme: (theme) => host.setTheme(theme),
      owns: (target) => host.owns(target),
      containsPoint: (x, y) => host.containsPoint(x, y),
    };
    return view;
  };
  (globalThis as Record<string, unknown>)[CARD_VIEW_GLOBAL] = create;
});
