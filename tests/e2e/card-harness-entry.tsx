// The card component with its real CSS in a shadow root, on a test page: for input the bundled pack cannot
// hold (very long quotes, a 300-character title, no facts). Built by card-harness.ts; never shipped.
import { h, render } from 'preact';
import Card, { type CardProps } from '@/components/Card';
import cardCss from '@/components/card/card.css?inline';

type Data = Pick<CardProps, 'entity' | 'sources' | 'notice'>;

function showCard(data: Data, theme: 'light' | 'dark' = 'light'): void {
  let host = document.querySelector('context-cards-card');
  if (!host) {
    host = document.createElement('context-cards-card');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `:host{all:initial}${cardCss}`;
    const layer = document.createElement('div');
    layer.className = 'layer';
    layer.style.transform = 'translate(16px, 16px)';
    root.append(style, layer);
    document.documentElement.append(host);
  }
  const layer = host.shadowRoot!.querySelector<HTMLElement>('.layer')!;
  layer.dataset.theme = theme;
  const noop = () => undefined;
  render(h(Card, { ...data, onShowInArticle: noop, onHide: noop, onTurnOffSite: noop, onClose: noop }), layer);
}

Object.assign(window, { showCard });
