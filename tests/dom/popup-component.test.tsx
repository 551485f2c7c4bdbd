// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Popup, { type PopupPort } from '@/components/Popup';
import type { FactGroup } from '@/components/popup/EntityList';
import type { PopupDocument } from '@/components/popup/YourDocuments';
import { documents, entities, factsByEntity } from '@/data/index';
import type { Entity } from '@/data/schema';
import type { EntityCounts } from '@/utils/entity-counts';
import type { SiteRules } from '@/utils/settings-schema';

const bundled = documents[0]!;
const bundledDocument: PopupDocument = { id: bundled.id, title: bundled.title, active: true, bundled: true };
const rally: PopupDocument = {
  id: 'ramaswamy-at-the-rally',
  title: 'Ramaswamy at the rally',
  site: 'example.org',
  published: '2024-12-12',
  active: true,
  bundled: false,
};
const vivek: Entity = {
  id: 'vivek-ramaswamy',
  name: 'Vivek Ramaswamy',
  kind: 'person',
  aliases: ['Vivek Ramaswamy', 'Ramaswamy'],
  description: 'Named in “Ramaswamy at the rally”.',
};
const rallyTrump = {
  id: 'ramaswamy-at-the-rally-s3',
  quote: 'Donald Trump was not at the rally in Columbus.',
  attribution: 'the document',
};
/** What the library says by default: the bundled article's facts, under the bundled article. */
const bundledGroups = (entityId: string): FactGroup[] => {
  const facts = factsByEntity.get(entityId) ?? [];
  return facts.length === 0 ? [] : [{ document: { id: bundled.id, title: bundled.title, bundled: true }, facts }];
};

interface FakeTab {
  pageUrl?: string | undefined;
  tabUrl?: string | undefined;
  rules?: SiteRules;
  counts?: EntityCounts;
  shown?: boolean;
  /** The library's documents; a rejection when it cannot be read. */
  library?: PopupDocument[] | Error;
  groups?: (entityId: string) => Promise<FactGroup[]>;
  libraryEntities?: Entity[];
  /** What the background answers to "are the reader's documents shown on this tab?" */
  mineShown?: () => Promise<boolean>;
}

function fakePort({
  pageUrl,
  tabUrl,
  rules = { mode: 'all-except', sites: [] },
  counts = {},
  shown = true,
  library = [bundledDocument],
  groups = async (entityId) => bundledGroups(entityId),
  libraryEntities = [],
  mineShown = async () => false,
}: FakeTab) {
  let stored = rules;
  const watchers = new Set<(rules: SiteRules) => void>();
  const port: PopupPort = {
    pageUrl: async () => pageUrl,
    tabUrl: async () => tabUrl,
    getSiteRules: async () => stored,
    setSiteRules: vi.fn(async (next: SiteRules) => {
      stored = next;
      watchers.forEach((watch) => watch(next));
    }),
    watchSiteRules: (callback) => {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
    tabCounts: async () => counts,
    watchTabCounts: () => () => {},
    showOnPage: vi.fn(async () => shown),
    openArticle: vi.fn(),
    shortcuts: async () => [
      { name: 'previous-mention', description: 'Go to the previous highlighted name', shortcut: 'Alt+Shift+K' },
      { name: 'next-mention', description: 'Go to the next highlighted name', shortcut: 'Alt+Shift+J' },
      { name: '_execute_action', description: '', shortcut: '' },
    ],
    shortcutsPlace: 'chrome://extensions/shortcuts',
    changeShortcuts: vi.fn(),
    addPageToLibrary: vi.fn(async () => true),
    openLibrary: vi.fn(),
    documents: async () => {
      if (library instanceof Error) throw library;
      return library;
    },
    watchLibrary: () => () => {},
    factsAbout: vi.fn(groups),
    libraryEntities: async (ids) => libraryEntities.filter((entity) => ids.includes(entity.id)),
    libraryShown: vi.fn(mineShown),
    showLibrary: vi.fn(async () => {}),
  };
  return port;
}

let container: HTMLElement;

async function show(tab: FakeTab): Promise<PopupPort> {
  const port = fakePort(tab);
  await act(async () => {
    render(<Popup port={port} bundled={bundled} entities={entities} factsByEntity={factsByEntity} />, container);
  });
  await settle();
  return port;
}

/** Lets the port's promises resolve and the popup re-render. */
async function settle(): Promise<void> {
  await act(() => new Promise((done) => setTimeout(done, 0)));
}

const siteSwitch = () => container.querySelector<HTMLButtonElement>('[role="switch"]')!;
const status = () => container.querySelector('[role="status"]')!.textContent;
const button = (name: string | RegExp) =>
  [...container.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  )!;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('Popup', () => {
  it('names its switch by its label and describes it with the site', async () => {
    await show({ pageUrl: 'https://www.example.com/a', counts: { hamas: 2 } });
    const label = container.querySelector(`label[for="${siteSwitch().id}"]`)!;
    expect(label.textContent).toBe('Enable on this site');
    expect(siteSwitch().getAttribute('aria-checked')).toBe('true');
    expect(document.getElementById(siteSwitch().getAttribute('aria-describedby')!)!.textContent).toBe(
      'www.example.com',
    );
  });

  it('lists the names most mentioned first', async () => {
    await show({ pageUrl: 'https://example.com/', counts: { hamas: 2, 'antony-blinken': 5, nobody: 9 } });
    const names = [...container.querySelectorAll('.pp-entity-name')].map((n) => n.textContent);
    expect(names).toEqual(['Antony Blinken', 'Hamas']);
  });

  it('writes the site’s hostname to the rules when switched off, and says so', async () => {
    const port = await show({ pageUrl: 'https://www.example.com/a' });
    await act(async () => siteSwitch().click());
    await settle();
    expect(port.setSiteRules).toHaveBeenCalledWith({ mode: 'all-except', sites: ['www.example.com'] });
    expect(siteSwitch().getAttribute('aria-checked')).toBe('false');
    expect(status()).toBe('Context Cards is off for www.example.com.');
    expect(container.textContent).toContain('Context Cards is off on this site.');
  });

  it('is disabled with a reason when the tab does not answer', async () => {
    await show({ pageUrl: undefined, tabUrl: 'https://chromewebstore.google.com/detail/x' });
    expect(siteSwitch().disabled).toBe(true);
    expect(container.textContent).toContain('Browsers don’t let extensions run in their web store.');
    expect(container.textContent).toContain('Context Cards doesn’t run on this page.');
  });

  it('shows the empty state when the tab found nobody', async () => {
    await show({ pageUrl: 'https://example.com/' });
    expect(container.textContent).toContain('No names from the article on this page.');
  });

  it('opens a name’s card on the page from its row, and says so', async () => {
    const port = await show({ pageUrl: 'https://example.com/', counts: { hamas: 2 } });
    await act(async () => button(/^Hamas/).click());
    await settle();
    expect(port.showOnPage).toHaveBeenCalledWith('hamas');
    expect(status()).toBe('Opened the card of Hamas on the page.');
  });

  it('announces when a name is no longer on the page', async () => {
    const port = await show({ pageUrl: 'https://example.com/', counts: { hamas: 1 }, shown: false });
    await act(async () => button(/^Hamas/).click());
    await settle();
    expect(port.showOnPage).toHaveBeenCalledWith('hamas');
    expect(status()).toBe('Hamas is no longer on the page.');
  });

  it('unfolds a name’s facts beside its row, each quote with an id of its own', async () => {
    const port = await show({ pageUrl: 'https://example.com/', counts: { hamas: 1, israel: 1 } });
    for (const name of ['Facts about Hamas', 'Facts about Israel']) {
      const disclosure = container.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
      await act(async () => disclosure.click());
      expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    }
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length); // a fact listed under both names still has unique ids
    await settle();
    const first = factsByEntity.get('hamas')![0]!;
    const hamas = container.querySelector('[data-entity="hamas"]')!;
    expect(hamas.querySelector('blockquote')?.textContent).toBe(first.quote);
    // The bundled article alone needs no heading.
    expect(hamas.querySelector('h3')).toBeNull();
    await act(async () =>
      [...hamas.querySelectorAll('button')].find((b) => b.textContent === 'Show in article')!.click(),
    );
    expect(port.openArticle).toHaveBeenCalledWith({ documentId: undefined, factId: first.id });
  });

  it('shows the keyboard shortcuts as the browser has them, and how to change them', async () => {
    const port = await show({ pageUrl: 'https://example.com/' });
    const keys = [...container.querySelectorAll('.cc-key')].map((row) => row.textContent);
    expect(keys).toEqual([
      'Alt+Shift+JGo to the next highlighted name',
      'Alt+Shift+KGo to the previous highlighted name',
    ]);
    expect(container.textContent).toContain('chrome://extensions/shortcuts');
    button('Change shortcuts').click();
    expect(port.changeShortcuts).toHaveBeenCalledOnce();
  });

  it('lists the switched-on documents, bundled first, each opening in the article view', async () => {
    const off = { ...rally, id: 'off', title: 'Switched off', active: false };
    const port = await show({ pageUrl: 'https://example.com/', library: [bundledDocument, rally, off] });
    const section = container.querySelector('section[aria-labelledby="pp-docs"]')!;
    expect(section.querySelector('h2')?.textContent).toBe('Your documents');
    const opens = [...section.querySelectorAll('li button')];
    expect(opens.map((b) => b.textContent)).toEqual([`Open ${bundled.title}`, 'Open Ramaswamy at the rally']);
    const described = (b: Element) => document.getElementById(b.getAttribute('aria-describedby')!)?.textContent;
    expect(opens.map(described)).toEqual(['Bundled with Context Cards', 'example.org · 12 December 2024']);

    await act(async () => (opens[1] as HTMLButtonElement).click());
    expect(port.openArticle).toHaveBeenCalledWith({ documentId: 'ramaswamy-at-the-rally' });
    await act(async () => (opens[0] as HTMLButtonElement).click());
    expect(port.openArticle).toHaveBeenLastCalledWith({ documentId: undefined });
    await act(async () => button('All documents (3)').click());
    expect(port.openLibrary).toHaveBeenCalledOnce();
  });

  it('says so when the library cannot be read, and offers no document', async () => {
    await show({ pageUrl: 'https://example.com/', library: new Error('IndexedDB is gone') });
    const section = container.querySelector('section[aria-labelledby="pp-docs"]')!;
    expect(section.textContent).toBe('Your documentsYour library could not be read.');
    expect(button('Show names from my documents')).toBeUndefined();
  });

  it('lists five documents at most, and all of them on the library page', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...rally, id: `doc-${i}`, title: `Document ${i}` }));
    await show({ pageUrl: 'https://example.com/', library: [bundledDocument, ...many] });
    const opens = [...container.querySelectorAll('section[aria-labelledby="pp-docs"] li button')];
    expect(opens.map((b) => b.textContent)).toEqual([
      `Open ${bundled.title}`,
      'Open Document 0',
      'Open Document 1',
      'Open Document 2',
      'Open Document 3',
    ]);
    expect(button('All documents (8)')).toBeDefined();
  });

  it('unfolds a name’s facts under each document, each opening its own document at the passage', async () => {
    const port = await show({
      pageUrl: 'https://example.com/',
      counts: { 'donald-trump': 2 },
      library: [bundledDocument, rally],
      groups: async (entityId) => [...bundledGroups(entityId), { document: rally, facts: [rallyTrump] }],
    });
    await act(async () =>
      container.querySelector<HTMLButtonElement>('button[aria-label="Facts about Donald Trump"]')!.click(),
    );
    await settle();
    expect(port.factsAbout).toHaveBeenCalledWith('donald-trump');
    const trump = container.querySelector('[data-entity="donald-trump"]')!;
    expect([...trump.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      bundled.title,
      'Ramaswamy at the rally · example.org · 12 December 2024',
    ]);
    const quotes = [...trump.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes.at(-1)).toBe(rallyTrump.quote);
    expect(quotes.slice(0, -1)).toEqual(factsByEntity.get('donald-trump')!.map((fact) => fact.quote));
    const links = [...trump.querySelectorAll('button')].filter((b) => b.textContent === 'Show in article');
    await act(async () => links.at(-1)!.click());
    expect(port.openArticle).toHaveBeenCalledWith({ documentId: 'ramaswamy-at-the-rally', factId: rallyTrump.id });
    await act(async () => links[0]!.click());
    expect(port.openArticle).toHaveBeenLastCalledWith({
      documentId: undefined,
      factId: factsByEntity.get('donald-trump')![0]!.id,
    });
  });

  it('shows the bundled article’s facts when the library cannot be read', async () => {
    await show({
      pageUrl: 'https://example.com/',
      counts: { hamas: 1 },
      groups: async () => {
        throw new Error('IndexedDB is gone');
      },
    });
    await act(async () =>
      container.querySelector<HTMLButtonElement>('button[aria-label="Facts about Hamas"]')!.click(),
    );
    await settle();
    const quotes = [...container.querySelectorAll('[data-entity="hamas"] blockquote')].map((q) => q.textContent);
    expect(quotes).toEqual(factsByEntity.get('hamas')!.map((fact) => fact.quote));
  });

  it('names a name found on the page that only the reader’s documents know', async () => {
    await show({
      pageUrl: 'https://example.com/',
      counts: { 'vivek-ramaswamy': 4, hamas: 1 },
      libraryEntities: [vivek],
    });
    await settle();
    const names = [...container.querySelectorAll('.pp-entity-name')].map((n) => n.textContent);
    expect(names).toEqual(['Vivek Ramaswamy', 'Hamas']);
  });

  describe('"Show names from my documents"', () => {
    const toggle = () =>
      [...container.querySelectorAll('button')].find((b) => b.textContent === 'Show names from my documents');

    it('is offered only with a document the reader added, switched on, on an enabled site', async () => {
      await show({ pageUrl: 'https://example.com/' });
      expect(toggle()).toBeUndefined();
      render(null, container);
      await show({ pageUrl: 'https://example.com/', library: [bundledDocument, { ...rally, active: false }] });
      expect(toggle()).toBeUndefined();
      render(null, container);
      await show({
        pageUrl: 'https://example.com/',
        rules: { mode: 'all-except', sites: ['example.com'] },
        library: [bundledDocument, rally],
      });
      expect(toggle()).toBeUndefined();
      render(null, container);
      await show({ pageUrl: 'https://example.com/', library: [bundledDocument, rally] });
      expect(toggle()?.getAttribute('aria-pressed')).toBe('false');
      expect(document.getElementById(toggle()!.getAttribute('aria-describedby')!)?.textContent).toBe(
        'Names from the documents you added are looked for on this page only when you ask, so pages cannot learn what your library holds.',
      );
    });

    it('reads the tab’s state, asks the background to change it, and shows what it answered', async () => {
      let shownOnTab = true;
      const port = await show({
        pageUrl: 'https://example.com/',
        library: [bundledDocument, rally],
        mineShown: async () => shownOnTab,
      });
      expect(toggle()?.getAttribute('aria-pressed')).toBe('true');
      vi.mocked(port.showLibrary).mockImplementation(async (shown) => {
        shownOnTab = shown;
      });
      await act(async () => toggle()!.click());
      await settle();
      expect(port.showLibrary).toHaveBeenCalledWith(false);
      expect(toggle()?.getAttribute('aria-pressed')).toBe('false');
      expect(status()).toBe('Names from your documents are no longer shown on this page.');
      await act(async () => toggle()!.click());
      await settle();
      expect(port.showLibrary).toHaveBeenLastCalledWith(true);
      expect(toggle()?.getAttribute('aria-pressed')).toBe('true');
      expect(status()).toBe('Names from your documents are shown on this page.');
    });

    it('stays unpressed, and says so, when the background does not show them', async () => {
      const port = await show({ pageUrl: 'https://example.com/', library: [bundledDocument, rally] });
      await act(async () => toggle()!.click());
      await settle();
      expect(port.showLibrary).toHaveBeenCalledWith(true);
      expect(toggle()?.getAttribute('aria-pressed')).toBe('false');
      expect(status()).toBe('Your documents’ names could not be changed on this page.');
    });
  });
});
