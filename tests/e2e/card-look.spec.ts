import { CardPage, sendNavigate, storeSetting } from './card-page';
import { expect, test } from './fixtures';

const animationName = (cards: CardPage) => cards.dialog.evaluate((element) => getComputedStyle(element).animationName);
const background = (cards: CardPage) => cards.dialog.evaluate((element) => getComputedStyle(element).backgroundColor);

test.describe('how the card looks', () => {
  test('fades in, readable: at least 14 px type and 320–400 px wide', async ({ context, origin, serviceWorker }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toBeVisible();
    expect(await animationName(cards)).toBe('fade-in');
    const sizes = await cards.dialog.evaluate((element) =>
      [element, ...element.querySelectorAll('*')]
        .filter((node) => [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent!.trim()))
        .map((node) => parseFloat(getComputedStyle(node).fontSize)),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
    const { width } = (await cards.dialog.boundingBox())!;
    expect(width).toBeGreaterThanOrEqual(320);
    expect(width).toBeLessThanOrEqual(400);
  });

  test.describe('with reduced motion', () => {
    test('appears without animation', async ({ context, origin, serviceWorker }) => {
      const cards = new CardPage(await context.newPage());
      await cards.page.emulateMedia({ reducedMotion: 'reduce' });
      await cards.goto(`${origin}/cards/hover.html`);
      await sendNavigate(serviceWorker, cards.page, 'next');
      await expect(cards.dialog).toBeVisible();
      expect(await animationName(cards)).toBe('none');
    });
  });

  test.describe('in a dark system theme', () => {
    test.use({ colorScheme: 'dark' });

    test('is dark, unless the reading preferences say light', async ({ context, origin, serviceWorker }) => {
      const cards = new CardPage(await context.newPage());
      await cards.goto(`${origin}/cards/hover.html`);
      await sendNavigate(serviceWorker, cards.page, 'next');
      await expect(cards.dialog).toBeVisible();
      expect(await background(cards)).toBe('rgb(31, 35, 41)');
      await storeSetting(serviceWorker, 'reading', { hoverDelayMs: 350, highlightStyle: 'both', theme: 'light' });
      await expect.poll(() => background(cards)).toBe('rgb(255, 255, 255)');
    });
  });

  test('follows a dark theme preference on a light system', async ({ context, origin, serviceWorker }) => {
    const cards = new CardPage(await context.newPage());
    await storeSetting(serviceWorker, 'reading', { hoverDelayMs: 350, highlightStyle: 'both', theme: 'dark' });
    await cards.goto(`${origin}/cards/hover.html`);
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toBeVisible();
    expect(await background(cards)).toBe('rgb(31, 35, 41)');
  });

  test('shows a focus ring on the focused control, in forced colours too', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toBeFocused();
    await cards.page.keyboard.press('Tab');
    const ring = () =>
      cards.page
        .locator('context-cards-card button[aria-label="Close"]')
        .evaluate((element) => getComputedStyle(element).outlineStyle + ' ' + getComputedStyle(element).outlineWidth);
    expect(await ring()).toBe('solid 2px');
    await cards.page.emulateMedia({ forcedColors: 'active' });
    expect(await ring()).toBe('solid 2px');
  });
});
