/**
 * Keeps the card next to its mention with Floating UI: below it (or above when there is more room), shifted
 * to stay in the viewport, never over the mention's text, and no taller than the room left (the card
 * scrolls inside). Follows scroll and resize until the returned cleanup runs.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import type { VirtualElement } from '@floating-ui/dom';

const GAP = 8;
const EDGE = 8;
const AVAILABLE = '--available';

/** A Floating UI reference for a text range: its rects, live as the page scrolls and reflows. */
export function rangeReference(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    // Where autoUpdate looks for scrolling ancestors.
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

/** Positions `layer` (the fixed container) against `reference`, giving `scroller` (the card) the height available. */
export function placeCard(reference: VirtualElement, layer: HTMLElement, scroller: HTMLElement): () => void {
  const update = () => {
    // flip() must weigh the card's natural height, not the limit the last placement gave it.
    scroller.style.removeProperty(AVAILABLE);
    computePosition(reference, layer, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP),
        // Without a pointer position, inline() keeps the whole multi-line mention on one side of the card.
        inline(),
        flip({ padding: EDGE }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply({ availableHeight }) {
            // The card's CSS caps its height at min(25em, --available).
            scroller.style.setProperty(AVAILABLE, `${Math.max(0, Math.floor(availableHeight))}px`);
          },
        }),
      ],
    })
      .then(({ x, y, placement }) => {
        layer.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        layer.dataset.placement = placement;
      })
      .catch(() => undefined); // the mention left the page mid-update; the card closes on the next change
  };
  return autoUpdate(reference, layer, update);
}
