import { CardPage, storeSetting } from './card-page';
import { expect, test } from './fixtures';

/**
 * Slack for a loaded CI machine (frames, scheduling jitter, a preempted process). The lower bounds are what
 * the reader relies on (never before the delay); the upper ones only catch a card that waits far too long.
 */
const SLACK_MS = 400;

test.describe('a card opened by hovering', () => {
  test('opens after the hover delay, not before', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.recordTimings();
    await cards.hover('Antony Blinken');
    const early = await cards.isOpenAfterMove(200);
    if (early.elapsed < 340) expect(early.open).toBe(false); // a slow round trip looks too late to tell
    await expect(cards.dialog).toBeVisible();
    const { move, shown } = await cards.recorded('shown');
    const delay = shown[0]! - move;
    expect(delay).toBeGreaterThanOrEqual(340);
    expect(delay).toBeLessThanOrEqual(350 + SLACK_MS);
    await expect(cards.dialog).toHaveAttribute('data-entity', 'antony-blinken');
    await expect(cards.page.getByRole('dialog', { name: 'Antony Blinken' })).toBeVisible();
    // A card opened by the pointer does not take the focus from the page.
    expect(await cards.focusedInCard()).toBeUndefined();
  });

  test('stays open while the pointer moves into the card, closes about 300 ms after it leaves', async ({
    context,
    origin,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.recordTimings();
    await cards.hover('Antony Blinken');
    await expect(cards.dialog).toBeVisible();
    const box = (await cards.dialog.boundingBox())!;
    await cards.page.mouse.move(box.x + box.width / 2, box.y + 40, { steps: 12 });
    await cards.page.waitForTimeout(800);
    await expect(cards.dialog).toBeVisible();

    await cards.page.mouse.move(box.x + box.width + 100, box.y + 40); // beside the card, off any text
    await expect(cards.dialog).toHaveCount(0);
    const { move, hidden } = await cards.recorded('hidden');
    const delay = hidden[0]! - move;
    expect(delay).toBeGreaterThanOrEqual(290);
    expect(delay).toBeLessThanOrEqual(300 + SLACK_MS);
  });

  test('opens nothing when the pointer passes quickly across a mention', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.recordTimings();
    const [line] = await cards.textRects('Secretary of State Antony Blinken said');
    const y = line!.y + line!.height / 2;
    for (let x = line!.x; x <= line!.x + line!.width; x += 25) {
      await cards.page.mouse.move(x, y);
      await cards.page.waitForTimeout(8);
    }
    await cards.page.mouse.move(line!.x, y + 400);
    await cards.page.waitForTimeout(700);
    expect((await cards.timings()).shown).toEqual([]);
    await expect(cards.host()).toHaveCount(0); // no node added at all
  });

  test('shows one card at a time, moving to the mention the pointer rests on', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.hover('Antony Blinken');
    await expect(cards.dialog).toHaveAttribute('data-entity', 'antony-blinken');
    await cards.hover('Hamas'); // on the same line, so not under the open card
    await expect(cards.dialog).toHaveAttribute('data-entity', 'hamas');
    await expect(cards.dialog).toHaveCount(1);
    await expect(cards.host()).toHaveCount(1);
  });

  test('follows the hover delay setting live', async ({ context, origin, serviceWorker }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await storeSetting(serviceWorker, 'reading', { hoverDelayMs: 800, highlightStyle: 'both', theme: 'auto' });
    await cards.page.waitForTimeout(100);
    await cards.recordTimings();
    await cards.hover('Antony Blinken');
    await expect(cards.dialog).toBeVisible({ timeout: 3000 });
    const { move, shown } = await cards.recorded('shown');
    expect(shown[0]! - move).toBeGreaterThanOrEqual(790);
  });

  test('closes on Escape', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.hover('Antony Blinken');
    await expect(cards.dialog).toBeVisible();
    await cards.page.keyboard.press('Escape');
    await expect(cards.dialog).toHaveCount(0);
  });
});
