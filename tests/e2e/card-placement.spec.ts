import { CardPage, overlaps, type Box } from './card-page';
import { expect, test } from './fixtures';

const EDGE = 8;

test.describe('where a card opens', () => {
  test.use({ viewport: { width: 900, height: 640 } });

  async function openAt(cards: CardPage, text: string): Promise<{ card: Box; mention: Box[] }> {
    await cards.hover(text);
    await expect(cards.dialog).toBeVisible();
    await cards.page.waitForTimeout(50); // placement settles within a frame
    return { card: (await cards.dialog.boundingBox())!, mention: await cards.textRects(text) };
  }

  function expectInViewport(card: Box) {
    expect(card.x).toBeGreaterThanOrEqual(EDGE - 1);
    expect(card.y).toBeGreaterThanOrEqual(EDGE - 1);
    expect(card.x + card.width).toBeLessThanOrEqual(900 - EDGE + 1);
    expect(card.y + card.height).toBeLessThanOrEqual(640 - EDGE + 1);
  }

  test('below a mention at the top of the viewport', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/placement.html`);
    const { card, mention } = await openAt(cards, 'Hamas');
    expect(card.y).toBeGreaterThanOrEqual(mention[0]!.y + mention[0]!.height);
    expectInViewport(card);
    expect(card.width).toBeGreaterThanOrEqual(320);
    expect(card.width).toBeLessThanOrEqual(400);
  });

  test('above a mention at the bottom, with its own scroll when it is taller than the room', async ({
    context,
    origin,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/placement.html`);
    const { card, mention } = await openAt(cards, 'Donald Trump');
    expect(card.y + card.height).toBeLessThanOrEqual(mention[0]!.y);
    expectInViewport(card);
    const overflow = await cards.dialog.evaluate((el) => getComputedStyle(el).overflowY);
    expect(overflow).toBe('auto');
    expect(await cards.availableHeight()).toMatch(/^\d+px$/);
  });

  test('shifted left of a mention at the right edge', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/placement.html`);
    const { card, mention } = await openAt(cards, 'Egypt');
    expectInViewport(card);
    for (const rect of mention) expect(overlaps(card, rect)).toBe(false);
  });

  test('clear of both lines of a mention broken across two lines', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/placement.html`);
    const lines = new Set((await cards.textRects('UN General Assembly')).map((rect) => Math.round(rect.y)));
    expect(lines.size).toBe(2);
    const { card, mention } = await openAt(cards, 'UN General Assembly');
    for (const rect of mention) expect(overlaps(card, rect)).toBe(false);
    expectInViewport(card);
  });

  test('follows its mention when the page scrolls', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.hover('Antony Blinken');
    await expect(cards.dialog).toBeVisible();
    const gap = async () => {
      const [mention] = await cards.textRects('Antony Blinken');
      const card = (await cards.dialog.boundingBox())!;
      return { mentionTop: mention!.y, gap: Math.round(card.y - (mention!.y + mention!.height)) };
    };
    const before = await gap();
    // Keep the pointer on the card so that it stays open while the page scrolls under it.
    const box = (await cards.dialog.boundingBox())!;
    await cards.page.mouse.move(box.x + 20, box.y + 150);
    await cards.page.evaluate(() => window.scrollBy(0, 60));
    await expect.poll(async () => (await gap()).mentionTop).toBeCloseTo(before.mentionTop - 60, 0);
    await expect.poll(async () => (await gap()).gap).toBe(before.gap);
    await expect(cards.dialog).toBeVisible();
  });
});
