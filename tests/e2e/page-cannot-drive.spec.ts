import type { Page } from '@playwright/test';
import { CardPage } from './card-page';
import { expect, test } from './fixtures';

/**
 * Only the reader acts (issue 13): events a page's own scripts make — pointer, mouse, touch, keyboard and
 * click, dispatched from the page's world with its scripts on — open no card and press no card control,
 * while the reader's real input (Playwright's mouse and keyboard, through the browser's input pipeline)
 * still does.
 */

/** Every synthetic way a page could hover, tap or press over the first appearance of `text`. */
function forgeInputOver(page: Page, text: string): Promise<void> {
  return page.evaluate(async (needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent!.includes(needle)) node = walker.nextNode();
    const range = document.createRange();
    const at = node!.textContent!.indexOf(needle);
    range.setStart(node!, at);
    range.setEnd(node!, at + needle.length);
    const rect = range.getBoundingClientRect();
    const point = { clientX: rect.x + rect.width / 2, clientY: rect.y + rect.height / 2, bubbles: true };
    const target = document.elementFromPoint(point.clientX, point.clientY)!;
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    for (let i = 0; i < 30; i++) {
      target.dispatchEvent(new PointerEvent('pointermove', { ...point, pointerType: 'mouse' }));
      target.dispatchEvent(new MouseEvent('mousemove', point));
      target.dispatchEvent(new MouseEvent('mouseover', point));
      await frame();
    }
    for (const pointerType of ['touch', 'pen', 'mouse']) {
      target.dispatchEvent(new PointerEvent('pointerdown', { ...point, pointerType }));
      target.dispatchEvent(new PointerEvent('pointerup', { ...point, pointerType }));
      target.dispatchEvent(new PointerEvent('click', { ...point, pointerType }));
    }
    const touch = new Touch({ identifier: 1, target, clientX: point.clientX, clientY: point.clientY });
    target.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, touches: [touch], changedTouches: [touch] }));
    target.dispatchEvent(new TouchEvent('touchend', { bubbles: true, changedTouches: [touch] }));
    (target as HTMLElement).click();
    for (const key of ['J', 'K', 'Enter', ' ']) {
      document.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true, bubbles: true }));
    }
    for (let i = 0; i < 30; i++) await frame();
  }, text);
}

/** What a page's script can press in the open card: every control it can reach, and the host itself. */
function forgePressesInCard(page: Page): Promise<number> {
  return page.evaluate(() => {
    const host = document.querySelector('context-cards-card');
    let pressed = 0;
    const press = (target: Element) => {
      const rect = target.getBoundingClientRect();
      const point = { clientX: rect.x + rect.width / 2, clientY: rect.y + rect.height / 2, bubbles: true };
      target.dispatchEvent(new PointerEvent('pointerdown', { ...point, pointerType: 'mouse', composed: true }));
      target.dispatchEvent(new MouseEvent('mousedown', { ...point, composed: true }));
      target.dispatchEvent(new MouseEvent('mouseup', { ...point, composed: true }));
      target.dispatchEvent(new MouseEvent('click', { ...point, composed: true }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      if (target instanceof HTMLElement) target.click();
      pressed++;
    };
    for (const button of host?.shadowRoot?.querySelectorAll('button, a') ?? []) press(button);
    if (host) press(host);
    host?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return pressed;
  });
}

const mutedNames = (page: Page) =>
  page
    .context()
    .serviceWorkers()[0]!
    .evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
      };
      return (await chrome.storage.sync.get('context-cards-muted'))['context-cards-muted'] ?? [];
    });

test.describe('a page cannot drive the extension', () => {
  test('synthetic pointer, mouse, touch, keyboard and click events open no card; the real pointer does', async ({
    context,
    origin,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await forgeInputOver(cards.page, 'Antony Blinken');
    await cards.page.waitForTimeout(600); // past the hover delay
    await expect(cards.dialog).toHaveCount(0);

    await cards.hover('Antony Blinken');
    await expect(cards.page.getByRole('dialog', { name: 'Antony Blinken' })).toBeVisible();
  });

  test('a script pressing every control of an open card changes nothing; the reader’s click does', async ({
    context,
    origin,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.hover('Antony Blinken');
    await expect(cards.dialog).toBeVisible();
    const before = await cards.highlighted();
    const pages = context.pages().length;

    expect(await forgePressesInCard(cards.page)).toBeGreaterThan(0);
    await cards.page.waitForTimeout(500);
    await expect(cards.dialog).toBeVisible(); // neither "Close" nor Escape took effect
    expect(await mutedNames(cards.page)).toEqual([]); // "Hide Antony Blinken" did nothing
    expect(await cards.highlighted()).toEqual(before); // "Turn off on this site" did nothing
    expect(context.pages()).toHaveLength(pages); // "Show in article" opened nothing

    await cards.dialog.getByRole('button', { name: 'Hide Antony Blinken' }).click();
    await expect.poll(() => mutedNames(cards.page)).toEqual(['antony-blinken']);
  });
});
