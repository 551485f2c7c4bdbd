import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Entity, Fact } from '@/data/schema';
import type { EntityCounts } from '@/utils/entity-counts';
import { rankEntitiesOnPage } from '@/utils/popup-entities';
import { siteSwitchState } from '@/utils/popup-site';
import type { SiteRules } from '@/utils/settings-schema';
import { setSiteEnabled } from '@/utils/site-rules';
import EntityList from './popup/EntityList';
import type { Shortcut } from '@/utils/shortcut-keys';
import Shortcuts from './Shortcuts';
import SiteSwitch from './popup/SiteSwitch';
// The colour tokens (light and dark) the popup shares with the article view.
import './article/article.css';
import './popup/popup.css';

/** What the popup asks of the browser about its tab (entrypoints/popup/port.ts implements it). */
export interface PopupPort {
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
  /** Opens the article view in a tab, at a fact's passage when given. */
  openArticle(factId: string | undefined): void;
  /** The keyboard shortcuts as the browser has them now (the reader may have changed them). */
  shortcuts(): Promise<Shortcut[]>;
  /** Where the browser lets the reader change the shortcuts, in words. */
  shortcutsPlace: string;
  /** Opens the browser's page for changing the shortcuts. */
  changeShortcuts(): void;
  /** Captures the tab's article into a draft and opens the library page to review it; false when it cannot. */
  addPageToLibrary(): Promise<boolean>;
}

interface PopupProps {
  port: PopupPort;
  /** The title of the bundled article, shown on the button that opens it. */
  articleTitle: string;
  entities: readonly Entity[];
  factsByEntity: ReadonlyMap<string, readonly Fact[]>;
  /** Names whose facts start unfolded (tests and screenshots). */
  initiallyOpen?: ReadonlySet<string>;
}

interface PageState {
  pageUrl: string | undefined;
  tabUrl: string | undefined;
}

/**
 * The toolbar popup: the switch for the tab's site, the article one click away, the names found on the
 * tab (each opens its card there) and the keyboard shortcuts. Everything it knows about the tab comes
 * through `port`, so it renders the same in a test.
 */
export default function Popup({ port, articleTitle, entities, factsByEntity, initiallyOpen }: PopupProps) {
  const [page, setPage] = useState<PageState | undefined>(undefined);
  const [rules, setRules] = useState<SiteRules | undefined>(undefined);
  const [counts, setCounts] = useState<EntityCounts | undefined>(undefined);
  const [shortcuts, setShortcuts] = useState<Shortcut[] | undefined>(undefined);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let alive = true;
    port.shortcuts().then(
      (list) => alive && setShortcuts(list),
      () => alive && setShortcuts([]),
    );
    return () => {
      alive = false;
    };
  }, [port]);

  useEffect(() => {
    let alive = true;
    void Promise.all([port.pageUrl(), port.tabUrl(), port.getSiteRules()]).then(([pageUrl, tabUrl, stored]) => {
      if (!alive) return;
      setPage({ pageUrl, tabUrl });
      setRules(stored);
    });
    const unwatch = port.watchSiteRules((next) => alive && setRules(next));
    return () => {
      alive = false;
      unwatch();
    };
  }, [port]);

  useEffect(() => {
    let alive = true;
    const refresh = () => void port.tabCounts().then((next) => alive && setCounts(next));
    refresh();
    const unwatch = port.watchTabCounts(refresh);
    return () => {
      alive = false;
      unwatch();
    };
  }, [port]);

  const site = page && rules ? siteSwitchState(page.pageUrl, page.tabUrl, rules) : undefined;
  const items = useMemo(() => rankEntitiesOnPage(counts ?? {}, entities), [counts, entities]);
  const nameOf = (id: string) => entities.find((entity) => entity.id === id)?.name;

  const changeSite = async (enabled: boolean) => {
    if (site?.kind !== 'available') return;
    try {
      const next = setSiteEnabled(await port.getSiteRules(), site.site, enabled);
      setRules(next);
      await port.setSiteRules(next);
      setStatus(enabled ? `Context Cards is on for ${site.site}.` : `Context Cards is off for ${site.site}.`);
    } catch {
      setRules(await port.getSiteRules());
      setStatus('The setting could not be saved.');
    }
  };

  const showOnPage = async (entityId: string) => {
    const shown = await port.showOnPage(entityId).catch(() => false);
    const name = nameOf(entityId) ?? 'That name';
    setStatus(shown ? `Opened the card of ${name} on the page.` : `${name} is no longer on the page.`);
  };

  const addPage = async () => {
    setStatus('Reading this page for your library…');
    const added = await port.addPageToLibrary().catch(() => false);
    setStatus(added ? 'The library opens in a new tab with this page for review.' : 'This page cannot be added.');
  };

  return (
    <div class="pp">
      <header class="pp-head">
        <div class="pp-brand">
          <img src="/icon/32.png" alt="" width={22} height={22} />
          <h1>Context Cards</h1>
        </div>
        <SiteSwitch state={site} onChange={(enabled) => void changeSite(enabled)} />
        <button type="button" class="pp-read" onClick={() => port.openArticle(undefined)}>
          <span class="pp-read-text">
            <span class="pp-read-label">Read the article</span>
            <span class="pp-read-title">{articleTitle}</span>
          </span>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M9 3h4v4M13 3 7.5 8.5M11 9.5V13H3V5h3.5" />
          </svg>
        </button>
      </header>
      <main class="pp-scroll">
        <section class="pp-section" aria-labelledby="pp-on-page">
          <div class="pp-section-head">
            <h2 id="pp-on-page">On this page</h2>
            {site?.kind === 'available' && site.enabled && items.length > 0 && (
              <span class="pp-section-meta">{items.length === 1 ? '1 name' : `${items.length} names`}</span>
            )}
          </div>
          {site === undefined || counts === undefined ? (
            <p class="pp-empty">Looking for names…</p>
          ) : site.kind === 'unavailable' ? (
            <p class="pp-empty">Context Cards doesn’t run on this page.</p>
          ) : !site.enabled ? (
            <p class="pp-empty">Context Cards is off on this site. Turn it on to see the names here.</p>
          ) : items.length === 0 ? (
            <p class="pp-empty">No names from the article on this page.</p>
          ) : (
            <>
              <p class="pp-hint pp-hint-top">Choose a name to open its card on the page.</p>
              <EntityList
                items={items}
                factsByEntity={factsByEntity}
                onShowOnPage={(id) => void showOnPage(id)}
                onShowInArticle={(factId) => port.openArticle(factId)}
                initiallyOpen={initiallyOpen}
              />
            </>
          )}
        </section>
        {site?.kind === 'available' && (
          <div class="pp-section pp-library">
            <button type="button" class="pp-add" onClick={() => void addPage()}>
              Add this page to the library
            </button>
          </div>
        )}
        <section class="pp-section" aria-labelledby="pp-keys">
          <div class="pp-section-head">
            <h2 id="pp-keys">Keyboard</h2>
          </div>
          <Shortcuts shortcuts={shortcuts} place={port.shortcutsPlace} onChange={port.changeShortcuts} />
        </section>
        <p class="pp-sr" role="status">
          {status}
        </p>
      </main>
    </div>
  );
}
