import type { Fact } from '@/data/schema';
import { CardPage, sendNavigate, type CardLayout } from './card-page';
import { showCardWith, type CardData } from './card-harness';
import { expect, test } from './fixtures';

/**
 * The card at a glance and within its limits at 1280 × 800: at most about 400 px tall, the name, kind and
 * source in its top 160 px, nothing sticking out sideways; for the pack's entities on a page, and for input
 * the pack cannot hold (rendered by the real component and CSS on a test page, card-harness.ts).
 */
test.use({ viewport: { width: 1280, height: 800 } });

const MAX_HEIGHT = 400;
const TOP = 160;

/** `source: false` for a card with no facts: no document to name. */
function expectAtAGlance(layout: CardLayout, { source = true } = {}) {
  expect(layout.card.height).toBeLessThanOrEqual(MAX_HEIGHT);
  expect(layout.card.width).toBeLessThanOrEqual(400);
  if (!source) expect(layout.source).toBeUndefined();
  for (const part of source ? [layout.name, layout.kind, layout.source] : [layout.name, layout.kind]) {
    expect(part).toBeDefined();
    expect(part!.y + part!.height).toBeLessThanOrEqual(TOP);
  }
  expect(layout.overflowsSideways).toBe(false);
}

function fact(id: string, quote: string, attribution = 'the article'): Fact {
  return { id, document: 'doc', entities: ['someone'], statement: 'A statement.', attribution, quote };
}

const entity = { id: 'someone', name: 'Someone', kind: 'person' as const, description: 'A person a document names.' };
const doc = { id: 'doc', title: 'A document' };

test.describe('the card at a glance', () => {
  test('opens small for every name on the page: name, kind and source on top, no inner scroll', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    for (const entityId of ['antony-blinken', 'hamas', 'benjamin-netanyahu', 'amnesty-international', 'unrwa']) {
      await sendNavigate(serviceWorker, cards.page, 'next');
      await expect(cards.dialog).toHaveAttribute('data-entity', entityId);
      const layout = await cards.layout();
      expectAtAGlance(layout);
      expect(layout.scrolls, `${entityId} scrolls at first sight`).toBe(false);
      expect(Math.min(...layout.fontSizes)).toBeGreaterThanOrEqual(14);
    }
  });

  test('keeps the name and the close button in reach while the card scrolls', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await sendNavigate(serviceWorker, cards.page, 'next');
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'hamas');
    await cards.dialog.getByRole('button', { name: /^More/ }).click();
    const layout = await cards.layout();
    expect(layout.scrolls).toBe(true);
    expect(layout.card.height).toBeLessThanOrEqual(MAX_HEIGHT);
    await cards.scrollCardToEnd();
    const scrolled = await cards.layout();
    expect(scrolled.scrollTop).toBeGreaterThan(100);
    // The header stays at the card's top: the name and the close button are still inside the card's box.
    expect(scrolled.name!.y).toBeGreaterThanOrEqual(0);
    expect(scrolled.close!.y).toBeGreaterThanOrEqual(0);
    await expect(cards.dialog.getByRole('button', { name: 'Close' })).toBeInViewport();
    await cards.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(cards.dialog).toHaveCount(0);
  });

  test('stays within its limits on a right-to-left page', async ({ context, origin, serviceWorker }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/rtl.html`);
    for (const entityId of ['hamas', 'benjamin-netanyahu', 'amnesty-international']) {
      await sendNavigate(serviceWorker, cards.page, 'next');
      await expect(cards.dialog).toHaveAttribute('data-entity', entityId);
      const layout = await cards.layout();
      expectAtAGlance(layout);
      // The card's English reads left to right, inside the window, whatever the page's direction.
      expect(layout.direction).toBe('ltr');
      expect(layout.card.x).toBeGreaterThanOrEqual(0);
      expect(layout.card.x + layout.card.width).toBeLessThanOrEqual(1280);
    }
  });
});

test.describe('input the pack cannot hold', () => {
  async function render(cards: CardPage, origin: string, data: CardData) {
    await cards.page.goto(`${origin}/plain.html`);
    await showCardWith(cards.page, data);
    await expect(cards.dialog).toBeVisible();
    return cards.layout();
  }

  test('very long quotes fold, never widen the card, and open in full on demand', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    const long = 'The resolution, which also called for the release of all hostages, passed. '.repeat(30);
    const unbroken = 'x'.repeat(600);
    const layout = await render(cards, origin, {
      entity,
      sources: [{ document: doc, facts: [fact('a', long), fact('b', unbroken, 'Someone Else'), fact('c', long)] }],
    });
    expectAtAGlance(layout);
    const whole = cards.dialog.getByRole('button', { name: 'Whole quote' });
    await expect(whole).toHaveCount(1); // one long quote shown first; the others behind "More"
    await whole.click();
    await expect(whole).toHaveAttribute('aria-expanded', 'true');
    await cards.dialog.getByRole('button', { name: /^More/ }).click();
    const open = await cards.layout();
    expect(open.card.height).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(open.scrolls).toBe(true);
    expect(open.overflowsSideways).toBe(false);
    await expect(cards.dialog.locator('blockquote').nth(1)).toHaveText(unbroken);
  });

  test('an entity with no facts says so, small', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    const layout = await render(cards, origin, { entity, sources: [] });
    expectAtAGlance(layout, { source: false });
    expect(layout.scrolls).toBe(false);
    await expect(cards.dialog).toContainText('No document states a fact about Someone yet.');
  });

  test('a 300-character title takes two lines, the name and kind stay on top', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    const title = `${'A very long document title that keeps going and going, '.repeat(6)}end`.slice(0, 300);
    expect(title).toHaveLength(300);
    const layout = await render(cards, origin, {
      entity,
      sources: [
        {
          document: { id: 'doc', title, site: 'example.org', published: '2020-03-01' },
          facts: [fact('a', 'A short quote.')],
        },
      ],
    });
    expectAtAGlance(layout);
    await expect(cards.dialog.locator('.provenance')).toContainText('example.org · 1 March 2020 · As reported there');
    // The whole title is still there for assistive technology and as a tooltip.
    await expect(cards.dialog.locator('cite')).toHaveAttribute('title', title);
  });

  test('several documents: each group is named, the note stays on top', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    const layout = await render(cards, origin, {
      entity,
      sources: [
        { document: doc, facts: [fact('a', 'First quote.')] },
        {
          document: { id: 'b', title: 'A second document', site: 'example.org', published: '2024-12-12' },
          facts: [fact('b', 'Second quote.')],
        },
      ],
    });
    expectAtAGlance(layout);
    const second = cards.dialog.getByRole('region', { name: 'A second document' });
    await expect(second).toContainText('From A second document');
    await expect(second).toContainText('example.org · 12 December 2024');
  });
});
