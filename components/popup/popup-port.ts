/** What the popup asks of the browser (entrypoints/popup/port.ts implements it; the tests fake it). */
import type { ArticleAddress } from '@/utils/article-anchor';
import type { EntityCounts } from '@/utils/entity-counts';
import type { SiteRules } from '@/utils/settings-schema';
import type { Shortcut } from '@/utils/shortcut-keys';
import type { LibraryPort } from './use-library';

/** The popup's view of its tab, the extension's settings and the reader's library. */
export interface PopupPort extends LibraryPort {
  /** The page's URL as the tab's top-frame content script reports it; undefined when none answers. */
  pageUrl(): Promise<string | undefined>;
  /** The tab's URL as the browser reports it (often unknown without the `tabs` permission). */
  tabUrl(): Promise<string | undefined>;
  getSiteRules(): Promise<SiteRules>;
  setSiteRules(rules: SiteRules): Promise<void>;
  watchSiteRules(callback: (rules: SiteRules) => void): () => void;
  /** Mention counts of all the tab's frames. */
  tabCounts(): Promise<EntityCounts>;
  /** Calls back when the tab's counts may have changed; returns unwatch. */
  watchTabCounts(callback: () => void): () => void;
  /** Scrolls the tab to the entity's first mention and opens its card; false when the page has none. */
  showOnPage(entityId: string): Promise<boolean>;
  /** Opens the article view in a tab: a library document (else the bundled article), at a fact when given. */
  openArticle(address: ArticleAddress): void;
  /** Opens the library page in a tab. */
  openLibrary(): void;
  /** Whether the tab's page looks for the names of the reader's own documents too. */
  libraryShown(): Promise<boolean>;
  /** Asks the background to show (or stop showing) the reader's own documents' names on the tab. */
  showLibrary(shown: boolean): Promise<void>;
  /** The keyboard shortcuts as the browser has them now (the reader may have changed them). */
  shortcuts(): Promise<Shortcut[]>;
  /** Where the browser lets the reader change the shortcuts, in words. */
  shortcutsPlace: string;
  /** Opens the browser's page for changing the shortcuts. */
  changeShortcuts(): void;
  /** Captures the tab's article into a draft and opens the library page to review it; false when it cannot. */
  addPageToLibrary(): Promise<boolean>;
}
