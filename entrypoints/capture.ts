import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { blockText, extractArticle, type ArticleDraft } from '@/utils/dom/article-extract';
import type { ToBackground } from '@/utils/extension/messages';

/**
 * Injected into a tab by the background when the reader clicks the popup's "Add this page to the
 * library" (never otherwise): Readability reads a clone of the document, so the page is not touched, and
 * the draft goes to the background, which opens library.html with it for review.
 */
export default defineUnlistedScript(() => {
  const url = location.href.startsWith('http') ? location.href : undefined;
  const article = extractArticle(document.cloneNode(true) as Document, url);
  const draft: ArticleDraft = article ?? {
    title: document.title,
    text: document.body ? blockText(document.body) : '',
    ...(url && { url }),
  };
  const message: ToBackground = {
    type: 'context-cards:captured',
    draft: { ...draft, title: draft.title || document.title, site: draft.site ?? (location.hostname || undefined) },
  };
  void browser.runtime.sendMessage(message);
});
