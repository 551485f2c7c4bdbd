// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Popup, { type PopupPort } from '@/components/Popup';
import { documents, entities, factsByEntity } from '@/data/index';
import type { EntityCounts } from '@/utils/entity-counts';
import type { SiteRules } from '@/utils/settings-schema';

const articleTitle = documents[0]!.title;

interface FakeTab {
  pageUrl?: string | undefined;
  tabUrl?: string | undefined;
  rules?: SiteRules;
  counts?: EntityCounts;
  shown?: boolean;
}

function fakePort({ pageUrl, tabUrl, rules = { mode: 'all-except', sites: [] }, counts = {}, shown = true }: FakeTab) {
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
  };
  return port;
}

let container: HTMLElement;

async function show(tab: FakeTab): Promise<PopupPort> {
  const port = fakePort(tab);
  await act(async () => {
    render(
      <Popup port={port} articleTitle={articleTitle} entities={entities} factsByEntity={factsByEntity} />,
      container,
    );
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
    const first = factsByEntity.get('hamas')![0]!;
    const hamas = container.querySelector('[data-entity="hamas"]')!;
    expect(hamas.querySelector('blockquote')?.textContent).toBe(first.quote);
    await act(async () =>
      [...hamas.querySelectorAll('button')].find((b) => b.textContent === 'Show in article')!.click(),
    );
    expect(port.openArticle).toHaveBeenCalledWith(first.id);
  });

  it('opens the article in one step from the top', async () => {
    const port = await show({ pageUrl: 'https://example.com/' });
    button(/^Read the article/).click();
    expect(port.openArticle).toHaveBeenCalledWith(undefined);
    expect(button(/^Read the article/).textContent).toContain(articleTitle);
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
});
