import { middleOfText } from './page-text';
import type { Page } from '@playwright/test';
import { CardPage, sendNavigate } from './card-page';
import { expect, test } from './fixtures';
import { frames, highlightedTexts, waitForScan } from './engine-page';

test.describe('the mention engine in open shadow roots', () => {
  test('finds mentions in open shadow roots, nested ones and late renders, but not closed ones', async ({
    context,
    origin,
  }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/engine/shadow.html`);
    await waitForScan(page);
    await expect.poll(() => highlightedTexts(page)).toEqual(['Egypt', 'Hamas', 'Italy', 'Knesset', 'UNRWA']);
  });

  // The manifest CSS styles the document; each open shadow root the engine reads adopts the same rules
  // (Firefox does not apply document-level ::highlight() rules in shadow trees; tests/firefox/shadow.spec.ts).
  test('styles and paints a mention inside a shadow root', async ({ context, origin }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/engine/shadow.html`);
    await waitForScan(page);
    await expect.poll(() => highlightedTexts(page)).toContain('Knesset');
    const styles = await page.evaluate(() => {
      const inShadow = document.querySelector('#declarative')!.shadowRoot!.querySelector('#in-shadow')!;
      const light = document.querySelector('#light')!;
      const style = (element: Element) => {
        const computed = getComputedStyle(element, '::highlight(context-cards-mention)');
        return `${computed.backgroundColor} ${computed.textDecorationLine} ${computed.textDecorationStyle}`;
      };
      return { light: style(light), inShadow: style(inShadow) };
    });
    expect(styles.light).toBe('rgba(245, 158, 11, 0.14) underline dotted');
    expect(styles.inShadow).toBe(styles.light);

    // And it is really painted: the text looks different once the highlight is unregistered.
    const text = page.locator('#declarative p#in-shadow');
    const highlighted = await text.screenshot();
    await page.evaluate(() => CSS.highlights.delete('context-cards-mention'));
    await frames(page, 2);
    expect((await text.screenshot()).equals(highlighted)).toBe(false);
  });

  test('hovering a mention inside an open shadow root, or a nested one, opens its card', async ({
    context,
    origin,
  }) => {
    const cards = new CardPage(await context.newPage());
    await cards.page.goto(`${origin}/engine/shadow.html`);
    await waitForScan(cards.page);
    await expect.poll(() => highlightedTexts(cards.page)).toEqual(['Egypt', 'Hamas', 'Italy', 'Knesset', 'UNRWA']);
    for (const [text, entity] of [
      ['Knesset', 'knesset'],
      ['Egypt', 'egypt'],
    ] as const) {
      const { x, y } = await pointInShadow(cards.page, text);
      await cards.page.mouse.move(x, y);
      await expect(cards.dialog).toHaveAttribute('data-entity', entity);
      await cards.page.mouse.move(5, 5);
      await expect(cards.dialog).toHaveCount(0);
    }
  });

  test('the keyboard command moves into shadow roots in page order', async ({ context, serviceWorker, origin }) => {
    const cards = new CardPage(await context.newPage());
    await cards.page.goto(`${origin}/engine/shadow.html`);
    await waitForScan(cards.page);
    await expect.poll(() => highlightedTexts(cards.page)).toHaveLength(5);
    for (const entity of ['hamas', 'knesset', 'egypt', 'italy']) {
      await sendNavigate(serviceWorker, cards.page, 'next');
      await expect(cards.dialog).toHaveAttribute('data-entity', entity);
    }
  });
});

/** The middle of `text`'s first line, looking into the page's open shadow roots too. */
async function pointInShadow(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(middleOfText, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}
