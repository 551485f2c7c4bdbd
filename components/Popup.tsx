import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Entity, Fact } from '@/data/schema';
import type { ArticleModel } from '@/utils/article-model';
import type { EntityCounts } from '@/utils/entity-counts';
import { rankEntitiesOnPage } from '@/utils/popup-entities';
import { siteSwitchState } from '@/utils/popup-site';
import type { SiteRules } from '@/utils/settings-schema';
import { setSiteEnabled } from '@/utils/site-rules';
import ArticleText, { type ArticleTarget } from './article/ArticleText';
import EntityList from './popup/EntityList';
import SiteSwitch from './popup/SiteSwitch';
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
  /** Scrolls the tab to the entity's first mention and marks it; false when the page has none. */
  showOnPage(entityId: string): Promise<boolean>;
  /** Opens the article view in a tab, at a fact's passage when given. */
  openArticle(factId: string | undefined): void;
  /** Captures the tab's article into a draft and opens the library page to review it; false when it cannot. */
  addPageToLibrary(): Promise<boolean>;
}

interface PopupProps {
  port: PopupPort;
  model: ArticleModel;
  entities: readonly Entity[];
  factsByEntity: ReadonlyMap<string, readonly Fact[]>;
  factById: ReadonlyMap<string, Fact>;
}

interface PageState {
  pageUrl: string | undefined;
  tabUrl: string | undefined;
}

/**
 * The toolbar popup: the switch for the tab's site, the names found on the tab and the article itself.
 * Everything it knows about the tab comes through `port`, so it renders the same in a test.
 */
export default function Popup({ port, model, entities, factsByEntity, factById }: PopupProps) {
  const [page, setPage] = useState<PageState | undefined>(undefined);
  const [rules, setRules] = useState<SiteRules | undefined>(undefined);
  const [counts, setCounts] = useState<EntityCounts | undefined>(undefined);
  const [target, setTarget] = useState<ArticleTarget | undefined>(undefined);
  const [status, setStatus] = useState('');

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
    setStatus(shown ? `Showing ${name} on the page.` : `${name} is no longer on the page.`);
  };

  const addPage = async () => {
    setStatus('Reading this page for your library…');
    const added = await port.addPageToLibrary().catch(() => false);
    setStatus(added ? 'The library opens in a new tab with this page for review.' : 'This page cannot be added.');
  };

  const showInArticle = (factId: string) =>
    setTarget((current) => ({ factId, revision: (current?.revision ?? 0) + 1 }));

  return (
    <div class="pp">
      <header class="pp-head">
        <div class="pp-brand">
          <img src="/icon/32.png" alt="" width={22} height={22} />
          <h1>Context Cards</h1>
        </div>
        <SiteSwitch state={site} onChange={(enabled) => void changeSite(enabled)} />
      </header>
      <div class="pp-scroll">
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
            <EntityList
              items={items}
              factsByEntity={factsByEntity}
              onShowOnPage={(id) => void showOnPage(id)}
              onShowInArticle={showInArticle}
            />
          )}
        </section>
        {site?.kind === 'available' && (
          <div class="pp-section pp-library">
            <button type="button" class="pp-add" onClick={() => void addPage()}>
              Add this page to the library
            </button>
          </div>
        )}
        <section class="pp-section pp-article" aria-labelledby="pp-article-title">
          <div class="pp-section-head">
            <p class="pp-eyebrow">The article</p>
            <button type="button" class="pp-open" onClick={() => port.openArticle(target?.factId)}>
              Open in tab
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                <path d="M9 3h4v4M13 3 7.5 8.5M11 9.5V13H3V5h3.5" />
              </svg>
            </button>
          </div>
          <ArticleText
            model={model}
            headingLevel={2}
            titleId="pp-article-title"
            entityName={nameOf}
            factStatement={(id) => factById.get(id)?.statement}
            target={target}
            onSelectFact={(factId, event) => {
              event.preventDefault();
              showInArticle(factId);
            }}
          >
            <p class="cc-note">Facts are as reported in this article, not current news.</p>
          </ArticleText>
        </section>
      </div>
      <p class="pp-sr" role="status">
        {status}
      </p>
    </div>
  );
}
