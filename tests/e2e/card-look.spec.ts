import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CardPage, sendNavigate, storeSetting } from './card-page';
import { expect, launchWithExtension, test } from './fixtures';

const fontSize = (cards: CardPage, selector: string) =>
  cards.part(selector).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

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
      cards.dialog
        .getByRole('button', { name: 'Close' })
        .evaluate((element) => getComputedStyle(element).outlineStyle + ' ' + getComputedStyle(element).outlineWidth);
    expect(await ring()).toBe('solid 2px');
    await cards.page.emulateMedia({ forcedColors: 'active' });
    expect(await ring()).toBe('solid 2px');
  });
});

test.describe('the reader’s font size', () => {
  test('sizes the card, whatever the page does to its own root font size', async ({
    context,
    origin,
    serviceWorker,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.page.evaluate(() => (document.documentElement.style.fontSize = '10px'));
    await sendNavigate(serviceWorker, cards.page, 'next');
    await expect(cards.dialog).toBeVisible();
    expect(await fontSize(cards, 'h2')).toBe(18);
    expect(await fontSize(cards, 'blockquote')).toBe(15);
  });

  test('grows the card with the browser’s default font size', async ({ origin }) => {
    // A profile whose default font size is 20 px (chrome://settings/fonts) instead of 16.
    const profile = mkdtempSync(join(tmpdir(), 'cc-font-'));
    mkdirSync(join(profile, 'Default'));
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ webkit: { webprefs: { default_font_size: 20 } } }),
    );
    const context = await launchWithExtension({ viewport: { width: 1280, height: 800 } }, profile);
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const cards = new CardPage(await context.newPage());
      await cards.goto(`${origin}/cards/hover.html`);
      await sendNavigate(worker, cards.page, 'next');
      await expect(cards.dialog).toBeVisible();
      expect(await fontSize(cards, 'h2')).toBe(22.5); // 18 × 20/16
      expect(await fontSize(cards, 'blockquote')).toBe(18.75);
      const { width } = (await cards.dialog.boundingBox())!;
      expect(width).toBeCloseTo(397.5 * 1.25, 0);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
