import { CardPage, sendNavigate, storeSetting } from './card-page';
import { expect, test } from './fixtures';

/** Keyboard navigation from where the reader is, never from a text field, and the first-mention preference. */
test.describe('reading with the keyboard', () => {
  test('"next" starts from the reading position: the first name at or below the top of the viewport', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/reading.html`);
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'hamas'); // the menu, at the top
    await cards.page.keyboard.press('Escape');
    // The reader scrolls to the second paragraph: "next" goes on from there, not from the last card.
    await cards.page.locator('#p2').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'benjamin-netanyahu');
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'hamas');
    expect(await cards.highlighted('context-cards-active')).toEqual(['Hamas']);
    await expect(cards.page.locator('#p2')).toBeInViewport();
    // "previous" from the reading position goes to the last name above it.
    await cards.page.keyboard.press('Escape');
    await cards.page.locator('#p3').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await sendNavigate(serviceWorker, cards.page, 'previous');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'hamas');
    await expect(cards.page.locator('#p2')).toBeInViewport();
  });

  test('does nothing while the focus is in a text field or an editable region', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/reading.html`);
    for (const field of ['#search', '#editor']) {
      await cards.page.locator(field).focus();
      await sendNavigate(serviceWorker, cards.page, 'next');
      await sendNavigate(serviceWorker, cards.page, 'previous');
      await cards.page.waitForTimeout(300); // a card would have opened by now
      await expect(cards.dialog).toHaveCount(0);
      await expect(cards.page.locator(field)).toBeFocused();
    }
    await cards.page.locator('#search').blur();
    await cards.page.locator('#editor').blur();
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toBeVisible();
  });

  test('says so in the card when it wraps from the last name to the first, and back', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/reading.html`);
    await cards.page.locator('#p3').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'amnesty-international');
    await expect(cards.dialog).not.toHaveAccessibleDescription(/Back to/);
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'hamas');
    await sendNavigate(serviceWorker, cards.page, 'next');
    // Past the last name: the first name of the page, and the card says so (and a screen reader hears it).
    await expect(cards.dialog).toHaveAttribute('data-entity', 'hamas');
    await expect(cards.dialog).toContainText('Back to the first name on this page.');
    await expect(cards.dialog).toHaveAccessibleDescription(/^Back to the first name on this page\./);
    await expect(cards.page.locator('nav')).toBeInViewport();
    await sendNavigate(serviceWorker, cards.page, 'previous');
    await expect(cards.dialog).toContainText('Back to the last name on this page.');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'hamas');
    await expect(cards.page.locator('#p3')).toBeInViewport();
  });
});

test.describe('"only the first mention of each name"', () => {
  test('highlights, hovers and navigates each name once, and follows the preference live', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/reading.html`);
    const every = await cards.highlighted();
    expect(every.filter((text) => text === 'Hamas').length).toBeGreaterThan(1);

    const prefs = { hoverDelayMs: 350, highlightStyle: 'both', theme: 'auto' };
    await storeSetting(serviceWorker, 'reading', { ...prefs, mentions: 'first' });
    // One range per name, wherever it is on the page: the first of each.
    await expect
      .poll(async () => (await cards.highlighted()).sort())
      .toEqual(['Antony Blinken', 'Benjamin Netanyahu', 'Hamas', 'Amnesty International', 'Israel'].sort());
    const firstHamas = await cards.page.evaluate(() => {
      const [range] = [...CSS.highlights.get('context-cards-mention')!].filter(
        (r) =>
          (r as AbstractRange).startContainer.textContent!.slice(
            (r as AbstractRange).startOffset,
            (r as AbstractRange).endOffset,
          ) === 'Hamas',
      ) as AbstractRange[];
      return range!.startContainer.parentElement!.closest('nav') !== null;
    });
    expect(firstHamas).toBe(true);

    // A later, unhighlighted mention opens nothing on hover.
    await cards.hover('Hamas replied');
    await cards.page.mouse.move(...(await offset(cards, 'Hamas replied')));
    await cards.page.waitForTimeout(800);
    await expect(cards.dialog).toHaveCount(0);

    // The keyboard goes from name to name, each once: from the second paragraph, Netanyahu, then Amnesty.
    await cards.page.locator('#p2').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'benjamin-netanyahu');
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'amnesty-international');

    // The popup's counts still see every mention; back to every mention, live.
    await storeSetting(serviceWorker, 'reading', { ...prefs, mentions: 'every' });
    // (Only those near the viewport are registered: here the second and third paragraphs'.)
    await expect
      .poll(async () => (await cards.highlighted()).sort())
      .toEqual(['Amnesty International', 'Benjamin Netanyahu', 'Hamas', 'Hamas']);
  });
});

/** The middle of the "Hamas" in "Hamas replied". */
async function offset(cards: CardPage, text: string): Promise<[number, number]> {
  const [rect] = await cards.textRects(text);
  return [rect!.x + 20, rect!.y + rect!.height / 2];
}
