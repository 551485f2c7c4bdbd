import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Entity, Fact } from '@/data/schema';
import type { EntityCounts } from '@/utils/entity-counts';
import { rankEntitiesOnPage } from '@/utils/popup-entities';
import { siteSwitchState } from '@/utils/popup-site';
import type { SiteRules } from '@/utils/settings-schema';
import { setSiteEnabled } from '@/utils/site-rules';
import EntityList from './popup/EntityList';
import LibraryOnPage, { useLibraryOnPage } from './popup/LibraryOnPage';
import type { PopupPort } from './popup/popup-port';
import { useLibrary } from './popup/use-library';
import YourDocuments from './popup/YourDocuments';
import type { Shortcut } from '@/utils/shortcut-keys';
import Shortcuts from './Shortcuts';
import SiteSwitch from './popup/SiteSwitch';
// The colour tokens (light and dark) the popup shares with the article view.
import './article/article.css';
import './popup/popup.css';

export type { PopupPort };

interface PopupProps {
  port: PopupPort;
  /** The bundled article: its facts are shown when the library cannot be read. */
  bundled: { id: string; title: string };
  /** The bundled pack's entities (the library's others are read when the tab names them). */
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
 * The toolbar popup: the switch for the tab's site, the names found on the tab (each opens its card there,
 * and unfolds what each document says), the library's documents one click from the article view, and the
 * keyboard shortcuts. Everything it knows comes through `port`, so it renders the same in a test.
 */
export default function Popup({ port, bundled, entities, factsByEntity, initiallyOpen }: PopupProps) {
  const [page, setPage] = useState<PageState | undefined>(undefined);
  const [rules, setRules] = useState<SiteRules | undefined>(undefined);
  const [counts, setCounts] = useState<EntityCounts | undefined>(undefined);
  const [shortcuts, setShortcuts] = useState<Shortcut[] | undefined>(undefined);
  const [status, setStatus] = useState('');
  const library = useLibrary(port, counts, entities, initiallyOpen, (entityId) => {
    const facts = factsByEntity.get(entityId) ?? [];
    return facts.length === 0 ? [] : [{ document: { ...bundled, bundled: true }, facts }];
  });

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

  const mine = useLibraryOnPage(port, setStatus);

  const site = page && rules ? siteSwitchState(page.pageUrl, page.tabUrl, rules) : undefined;
  const known = useMemo(() => [...entities, ...library.entities], [entities, library.entities]);
  const items = useMemo(() => rankEntitiesOnPage(counts ?? {}, known), [counts, known]);
  const nameOf = (id: string) => known.find((entity) => entity.id === id)?.name;
  const enabledHere = site?.kind === 'available' && site.enabled;
  const ownDocuments = library.documents?.some((doc) => doc.active && !doc.bundled) ?? false;

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

  const openDocument = (documentId: string) =>
    port.openArticle({ documentId: documentId === bundled.id ? undefined : documentId });

  return (
    <div class="pp">
      <header class="pp-head">
        <div class="pp-brand">
          <img src="/icon/32.png" alt="" width={22} height={22} />
          <h1>Context Cards</h1>
        </div>
        <SiteSwitch state={site} onChange={(enabled) => void changeSite(enabled)} />
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
            <p class="pp-empty">
              {mine.shown ? 'No names from your documents on this page.' : 'No names from the article on this page.'}
            </p>
          ) : (
            <>
              <p class="pp-hint pp-hint-top">Choose a name to open its card on the page.</p>
              <EntityList
                items={items}
                factsOf={library.factsOf}
                onShowOnPage={(id) => void showOnPage(id)}
                onUnfold={library.want}
                onShowInArticle={(factId, documentId) =>
                  port.openArticle({ documentId: documentId === bundled.id ? undefined : documentId, factId })
                }
                initiallyOpen={initiallyOpen}
              />
            </>
          )}
        </section>
        {site?.kind === 'available' && (
          <div class="pp-section pp-library">
            {enabledHere && ownDocuments && (
              <LibraryOnPage shown={mine.shown} busy={mine.busy} onChange={mine.change} />
            )}
            <button type="button" class="pp-add" onClick={() => void addPage()}>
              Add this page to the library
            </button>
          </div>
        )}
        <YourDocuments
          documents={library.documents}
          failed={library.failed}
          onOpen={openDocument}
          onOpenLibrary={port.openLibrary}
        />
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
