// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Popup, { type PopupPort } from '@/components/Popup';
import { documentText } from '@/data/document-text';
import { documents, entities, facts, factsByEntity } from '@/data/index';
import { buildArticle } from '@/utils/article-model';
import type { EntityCounts } from '@/utils/entity-counts';
import type { SiteRules } from '@/utils/settings-schema';

const source = documents[0]!;
const model = buildArticle(documentText(source.id)!, facts, entities);
const factById = new Map(facts.map((fact) => [fact.id, fact]));

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
    addPageToLibrary: vi.fn(async () => true),
  };
  return port;
}

let container: HTMLElement;

async function show(tab: FakeTab): Promise<PopupPort> {
  const port = fakePort(tab);
  await act(async () => {
    render(
      <Popup port={port} model={model} entities={entities} factsByEntity={factsByEntity} factById={factById} />,
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

  it('announces when a name is no longer on the page', async () => {
    const port = await show({ pageUrl: 'https://example.com/', counts: { hamas: 1 }, shown: false });
    await act(async () => button('Show on page').click());
    await settle();
    expect(port.showOnPage).toHaveBeenCalledWith('hamas');
    expect(status()).toBe('Hamas is no longer on the page.');
  });

  it('marks a fact’s passage in the article and opens the article view there', async () => {
    const port = await show({ pageUrl: 'https://example.com/', counts: { hamas: 1 } });
    const disclosure = button(/^Hamas/);
    await act(async () => disclosure.click());
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    const first = factsByEntity.get('hamas')![0]!;
    await act(async () => button('Show in article').click());
    const target = container.querySelector<HTMLElement>('mark.cc-target')!;
    expect(target.textContent).toBe(first.quote);
    expect(target.dataset.fact).toBe(first.id);
    expect(document.activeElement).toBe(target);
    button(/^Open in tab/).click();
    expect(port.openArticle).toHaveBeenCalledWith(first.id);
  });
});
