import { CardPage } from './card-page';
import { expect, test } from './fixtures';

test.describe("a card's actions", () => {
  test('"Show in article" opens the article at the fact\'s passage', async ({ context, origin, extensionId }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.hover('Antony Blinken');
    await expect(cards.dialog).toBeVisible();
    const quote = (await cards.dialog.locator('blockquote').first().textContent())!;
    const [article] = await Promise.all([
      context.waitForEvent('page'),
      cards.dialog.getByRole('button', { name: 'Show in article' }).first().click(),
    ]);
    await expect(article).toHaveURL(new RegExp(`^chrome-extension://${extensionId}/article\\.html#fact-[a-z0-9-]+$`));
    const passage = article.locator('mark.cc-target');
    await expect(passage).toBeFocused();
    await expect(passage).toBeInViewport();
    expect((await passage.textContent())!.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' '));
  });

  test('"Hide <name>" removes its highlights at once and closes the card', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    expect(await cards.highlighted()).toContain('Antony Blinken');
    await cards.hover('Antony Blinken');
    await cards.dialog.getByRole('button', { name: 'Hide Antony Blinken' }).click();
    await expect(cards.dialog).toHaveCount(0);
    await expect.poll(() => cards.highlighted()).not.toContain('Antony Blinken');
    expect(await cards.highlighted()).toContain('Benjamin Netanyahu');
    // Hovering the name now opens nothing.
    await cards.hover('Antony Blinken');
    await cards.page.waitForTimeout(600);
    await expect(cards.dialog).toHaveCount(0);
  });

  test('"Turn off on this site" removes every highlight at once and closes the card', async ({ context, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.goto(`${origin}/cards/hover.html`);
    await cards.hover('Benjamin Netanyahu');
    await cards.dialog.getByRole('button', { name: 'Turn off on this site' }).click();
    await expect(cards.dialog).toHaveCount(0);
    await expect.poll(() => cards.highlighted()).toEqual([]);
  });
});
