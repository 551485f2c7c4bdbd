// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Card, { type CardProps } from '@/components/Card';
import type { Fact } from '@/data/schema';
import { documentById, entityById, factsByEntity } from '@/data/index';
import { groupBySource, shownFactCount, type CardSource } from '@/utils/card-content';

function fact(id: string, attribution = 'the article', document = 'doc'): Fact {
  return {
    id,
    document,
    entities: ['someone'],
    statement: `Statement ${id}.`,
    attribution,
    quote: `Quote <b>${id}</b>`,
  };
}

const doc = { id: 'doc', title: 'US Votes Against UN Resolution' };
const one = (facts: Fact[]): Array<CardSource<Fact>> => [{ document: doc, facts }];

const entity = {
  id: 'someone',
  name: 'Some <i>One</i>',
  kind: 'person' as const,
  description: 'A person the article quotes.',
};

let container: HTMLElement;

function show(overrides: Partial<CardProps> = {}) {
  const props: CardProps = {
    entity,
    sources: one([fact('a'), fact('b', 'Amnesty International'), fact('c'), fact('d'), fact('e')]),
    onShowInArticle: vi.fn(),
    onHide: vi.fn(),
    onTurnOffSite: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  render(<Card {...props} />, container);
  return props;
}

const dialog = () => container.querySelector<HTMLElement>('[role="dialog"]')!;
const buttons = () => [...container.querySelectorAll('button')];
const button = (name: string) => buttons().find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
const factItems = () => [...container.querySelectorAll('li.fact')];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('Card', () => {
  it('is a dialog named by the entity and described by its description', () => {
    show();
    const root = dialog();
    expect(root.dataset.entity).toBe('someone');
    const name = container.querySelector(`#${root.getAttribute('aria-labelledby')}`);
    const description = container.querySelector(`#${root.getAttribute('aria-describedby')}`);
    expect(name?.tagName).toBe('H2');
    expect(name?.textContent).toBe('Some <i>One</i>');
    expect(description?.textContent).toBe('A person the article quotes.');
    expect(container.textContent).toContain('Person');
  });

  it('renders text as text, never as markup', () => {
    show();
    expect(container.querySelector('i, b')).toBeNull();
    expect(container.querySelector('blockquote')?.textContent).toBe('Quote <b>a</b>');
  });

  it('shows the first facts (three short ones), each once: its verbatim quote, attributed only when someone else speaks', () => {
    show();
    expect(factItems()).toHaveLength(3);
    expect(container.querySelectorAll('blockquote')).toHaveLength(3);
    const texts = factItems().map((item) => item.textContent);
    expect(texts[0]).not.toContain('Statement a.');
    expect(texts[0]).not.toContain('According to');
    expect(texts[1]).toContain('According to Amnesty International');
  });

  it('reveals the rest with "More (N)" and moves the focus to the first revealed fact', async () => {
    show();
    const more = button('More (2)');
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    more!.click();
    await vi.waitFor(() => expect(factItems()).toHaveLength(5));
    expect(button('More (2)')).toBeUndefined();
    expect(factItems()[3]!.querySelector('blockquote')!.textContent).toBe('Quote <b>d</b>');
    expect(document.activeElement).toBe(factItems()[3]);
  });

  it('has no "More" button when every fact is shown', () => {
    show({ sources: one([fact('a'), fact('b'), fact('c')]) });
    expect(factItems()).toHaveLength(3);
    expect(buttons().some((b) => b.textContent?.startsWith('More'))).toBe(false);
  });

  it('names its source near the top, before the facts, and says it is not current news', () => {
    show();
    const provenance = container.querySelector('.provenance')!;
    expect(provenance.textContent).toContain('From US Votes Against UN Resolution');
    expect(provenance.textContent).toContain('As reported there, not current news.');
    const order = provenance.compareDocumentPosition(container.querySelector('.facts')!);
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('cite')?.getAttribute('title')).toBe(doc.title);
  });

  it('groups facts by document, each group named with its site and date', () => {
    show({
      sources: [
        { document: doc, facts: [fact('a')] },
        {
          document: { id: 'other', title: 'Another report', site: 'example.org', published: '2024-12-12' },
          facts: [fact('x', 'the article', 'other'), fact('y', 'the article', 'other')],
        },
      ],
    });
    expect(container.querySelector('.provenance')!.textContent).toContain('From 2 documents in your library');
    expect(container.querySelector('.provenance')!.textContent).toContain('not current news');
    const groups = [...container.querySelectorAll('section.group')];
    expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual([doc.title, 'Another report']);
    expect(groups[1]!.querySelector('.source')!.textContent).toBe('From Another report');
    expect(groups[1]!.querySelector('.details')!.textContent).toBe('example.org · 12 December 2024');
    // Three shown across the groups, counted together: one, then two.
    expect(factItems()).toHaveLength(3);
    expect(groups[1]!.querySelectorAll('li.fact')).toHaveLength(2);
  });

  it('names every document at first sight: facts are taken in turns, the focus goes to the first revealed', async () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => fact(id));
    show({
      sources: [
        { document: doc, facts: many },
        { document: { id: 'mine', title: 'My notes' }, facts: [fact('m', 'the article', 'mine')] },
      ],
    });
    const groups = [...container.querySelectorAll('section.group')];
    expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual([doc.title, 'My notes']);
    expect(groups[1]!.textContent).toContain('Quote <b>m</b>');
    const shownFirst = factItems().length;
    expect(button(`More (${7 - shownFirst})`)).toBeDefined();
    button(`More (${7 - shownFirst})`)!.click();
    await vi.waitFor(() => expect(factItems()).toHaveLength(7));
    // In reading order, the first fact "More" revealed is the bundled group's next one.
    const next = factItems()[shownFirst - 1]!;
    expect(next.querySelector('blockquote')!.textContent).toBe(`Quote <b>${'abcdef'[shownFirst - 1]}</b>`);
    expect(document.activeElement).toBe(next);
  });

  it('counts every document that speaks, when the card carries only some of them', () => {
    const mine = (n: number) => ({
      document: { id: `doc-${n}`, title: `Document ${n}` },
      facts: [fact(`f${n}`, 'the article', `doc-${n}`)],
    });
    show({ sources: [mine(1), mine(2), mine(3)], documentCount: 501 });
    expect(container.querySelector('.provenance')!.textContent).toContain('From 501 documents in your library');
  });

  it('says plainly when no document states a fact about the entity', () => {
    show({ sources: [] });
    expect(factItems()).toHaveLength(0);
    expect(container.textContent).toContain('No document states a fact about Some <i>One</i> yet.');
    expect(container.querySelector('.provenance')).toBeNull(); // no document to name
    expect(button('Close')).toBeDefined();
  });

  it('folds a very long quote to a few lines, all of it in the DOM, with a button for the rest', async () => {
    const long = { ...fact('long'), quote: 'word '.repeat(400).trim() };
    show({ sources: one([long]) });
    const quote = container.querySelector('blockquote')!;
    expect(quote.textContent).toBe(long.quote);
    expect(quote.classList.contains('folded')).toBe(true);
    const whole = button('Whole quote')!;
    expect(whole.getAttribute('aria-controls')).toBe(quote.id);
    whole.click();
    await vi.waitFor(() => expect(container.querySelector('blockquote')!.classList.contains('folded')).toBe(false));
    expect(button('Whole quote')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows and announces a notice when given one', () => {
    show({ notice: 'Back to the first name on this page.' });
    const ids = dialog().getAttribute('aria-describedby')!.split(' ');
    expect(container.querySelector(`#${ids[0]}`)?.textContent).toBe('Back to the first name on this page.');
  });

  it('calls back with the fact for "Show in article"', () => {
    const props = show();
    const showButtons = buttons().filter((b) => b.textContent === 'Show in article');
    expect(showButtons).toHaveLength(3);
    showButtons[1]!.click();
    expect(props.onShowInArticle).toHaveBeenCalledWith('b');
  });

  it('calls back for "Hide <name>", "Turn off on this site" and Close', () => {
    const props = show();
    button('Hide Some <i>One</i>')!.click();
    button('Turn off on this site')!.click();
    button('Close')!.click();
    expect(props.onHide).toHaveBeenCalledOnce();
    expect(props.onTurnOffSite).toHaveBeenCalledOnce();
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('closes on Escape', () => {
    const props = show();
    dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('cycles Tab through its buttons', () => {
    show();
    const all = buttons();
    all.at(-1)!.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    all.at(-1)!.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(all[0]);
    const back = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true });
    all[0]!.dispatchEvent(back);
    expect(document.activeElement).toBe(all.at(-1));
  });

  it('renders every entity of the pack with its facts in pack order, no id twice', () => {
    for (const [id, packEntity] of entityById) {
      const facts = factsByEntity.get(id) ?? [];
      show({ entity: packEntity, sources: groupBySource(facts, (docId) => documentById.get(docId)) });
      expect(dialog().dataset.entity).toBe(id);
      expect(container.querySelectorAll('blockquote')).toHaveLength(
        shownFactCount(
          facts.map((f) => f.quote),
          packEntity.description.length,
        ),
      );
      expect(container.querySelector('blockquote')?.textContent).toBe(facts[0]?.quote);
      expect(container.textContent).not.toContain('According to the article');
      const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
