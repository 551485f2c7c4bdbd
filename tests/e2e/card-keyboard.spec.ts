import { CardPage, sendNavigate, sendToTab } from './card-page';
import { expect, test } from './fixtures';

test.describe('a card reached from the keyboard', () => {
  test('moves through the mentions in page order, scrolling and marking each, with focus in its card', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    const url = `${origin}/cards/hover.html`;
    await cards.goto(url);
    const order = ['antony-blinken', 'hamas', 'benjamin-netanyahu', 'amnesty-international', 'unrwa'];
    for (const entity of order) {
      await sendNavigate(serviceWorker, cards.page, 'next');
      await expect(cards.dialog).toHaveAttribute('data-entity', entity);
      await expect.poll(() => cards.focusedInCard()).toMatch(/^dialog:/);
    }
    // The last one was far down the page: it was scrolled into view and is the one marked active.
    const [far] = await cards.textRects('UNRWA');
    const viewport = cards.page.viewportSize()!;
    expect(far!.y).toBeGreaterThan(0);
    expect(far!.y + far!.height).toBeLessThan(viewport.height);
    expect(await cards.highlighted('context-cards-active')).toEqual(['UNRWA']);

    await sendNavigate(serviceWorker, cards.page, 'previous');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'amnesty-international');
    await sendNavigate(serviceWorker, cards.page, 'previous');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'benjamin-netanyahu');
    await expect(cards.dialog).toHaveCount(1);
  });

  test('announces the card: a dialog named by the entity and described by its description', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    const url = `${origin}/cards/hover.html`;
    await cards.goto(url);
    await sendNavigate(serviceWorker, cards.page, 'next');
    const dialog = cards.page.getByRole('dialog', { name: 'Antony Blinken' });
    await expect(dialog).toBeFocused();
    await expect(dialog).toHaveAccessibleDescription(/U\.S\. Secretary of State/);
    await expect(dialog.getByRole('heading', { name: 'Antony Blinken' })).toBeVisible();
  });

  test('cycles Tab through the card, and Escape returns the focus where it was', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    const url = `${origin}/cards/hover.html`;
    await cards.goto(url);
    await cards.page.locator('#before').focus();
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect.poll(() => cards.focusedInCard()).toMatch(/^dialog:/);

    const press = async (key: string) => {
      await cards.page.keyboard.press(key);
      return cards.focusedInCard();
    };
    expect(await press('Tab')).toBe('button:Close');
    expect(await press('Shift+Tab')).toBe('button:Turn off on this site');
    expect(await press('Tab')).toBe('button:Close');
    const seen = new Set<string | undefined>();
    for (let i = 0; i < 12; i++) seen.add(await press('Tab'));
    expect([...seen]).toEqual(
      expect.arrayContaining(['button:Show in article', 'button:Hide Antony Blinken', 'button:Close']),
    );
    expect([...seen].every((item) => item?.startsWith('button:'))).toBe(true); // never left the card

    await cards.page.keyboard.press('Escape');
    await expect(cards.dialog).toHaveCount(0);
    await expect(cards.page.locator('#before')).toBeFocused();
  });

  test('"Show on page" from the popup scrolls to an entity and marks it', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    const url = `${origin}/cards/hover.html`;
    await cards.goto(url);
    const ok = await sendToTab(serviceWorker, cards.page, { type: 'context-cards:show', entityId: 'unrwa' });
    expect(ok).toEqual({ ok: true });
    expect(await cards.highlighted('context-cards-active')).toEqual(['UNRWA']);
    const [far] = await cards.textRects('UNRWA');
    expect(far!.y).toBeGreaterThan(0);
    expect(far!.y).toBeLessThan(cards.page.viewportSize()!.height);
    // The next mention from there is the one after it.
    await sendNavigate(serviceWorker, cards.page, 'previous');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'amnesty-international');
  });
});
