import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportFailure } from '@/utils/dom/report-failure';
import { wireCards } from './card-wiring';
import { wireEngine } from './engine-wiring';
import { wireMessaging } from './messaging';
import '@/utils/dom/highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // Also frames without an address of their own (srcdoc, about:blank), which inherit their parent's page.
  matchAboutBlank: true,
  // The ::highlight() rules ship as manifest CSS; the card's own styles live in its shadow root.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    performance.mark('context-cards:ready');
    try {
      const engine = await wireEngine(ctx);
      const cards = wireCards(ctx, engine);
      wireMessaging(ctx, engine, cards);
    } catch (error) {
      reportFailure('Starting', error);
    }
  },
});
