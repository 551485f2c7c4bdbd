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

  // Chromium applies document-level ::highlight() rules to text in shadow trees, so the manifest CSS is
  // enough and no stylesheet is adopted into the page's shadow roots. This test fails if that changes.
  test('styles a mention inside a shadow root with the manifest CSS', async ({ context, origin }) => {
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
});
