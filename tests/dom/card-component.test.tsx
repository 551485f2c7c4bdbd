// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Card, { type CardProps } from '@/components/Card';
import type { Fact } from '@/data/schema';
import { entityById, factsByEntity } from '@/data/index';

function fact(id: string, attribution = 'the article'): Fact {
  return {
    id,
    document: 'doc',
    entities: ['someone'],
    statement: `Statement ${id}.`,
    attribution,
    quote: `Quote <b>${id}</b>`,
  };
}

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
    facts: [fact('a'), fact('b', 'Amnesty International'), fact('c'), fact('d'), fact('e')],
    sources: ['US Votes Against UN Resolution'],
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

  it('shows the first three facts, each with its quote in a blockquote and its attribution', () => {
    show();
    expect(factItems()).toHaveLength(3);
    expect(container.querySelectorAll('blockquote')).toHaveLength(3);
    const texts = factItems().map((item) => item.textContent);
    expect(texts[0]).toContain('Statement a.');
    expect(texts[0]).toContain('According to the article');
    expect(texts[1]).toContain('According to Amnesty International');
  });

  it('reveals the rest with "More (N)" and moves the focus to the first revealed fact', async () => {
    show();
    const more = button('More (2)');
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    more!.click();
    await vi.waitFor(() => expect(factItems()).toHaveLength(5));
    expect(button('More (2)')).toBeUndefined();
    expect(factItems()[3]!.textContent).toContain('Statement d.');
    expect(document.activeElement).toBe(factItems()[3]);
  });

  it('has no "More" button when there are three facts or fewer', () => {
    show({ facts: [fact('a'), fact('b'), fact('c')] });
    expect(factItems()).toHaveLength(3);
    expect(buttons().some((b) => b.textContent?.startsWith('More'))).toBe(false);
  });

  it('names its source and says the facts are as reported', () => {
    show();
    const footer = container.querySelector('footer')!;
    expect(footer.textContent).toContain('From: US Votes Against UN Resolution');
    expect(footer.textContent).toContain('Facts as reported in this article, not current news.');
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

  it('renders every entity of the pack with its facts in pack order', () => {
    for (const [id, packEntity] of entityById) {
      const facts = factsByEntity.get(id) ?? [];
      show({ entity: packEntity, facts });
      expect(dialog().dataset.entity).toBe(id);
      expect(container.querySelectorAll('blockquote')).toHaveLength(Math.min(3, facts.length));
      expect(container.querySelector('blockquote')?.textContent).toBe(facts[0]?.quote);
    }
  });
});
