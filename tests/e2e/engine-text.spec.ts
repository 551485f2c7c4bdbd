import { expect, test } from './fixtures';
import { highlightedTexts, highlights, pageErrors, waitForScan } from './engine-page';

test.describe('the mention engine reading text', () => {
  test('highlights mentions split across inline elements, each range covering exactly the name', async ({
    context,
    origin,
  }) => {
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${origin}/engine/cross-element.html`);
    await waitForScan(page);
    expect(await highlightedTexts(page)).toEqual(
      [
        'Amnesty\u00a0International',
        'Antony Blinken',
        'Blinken', // after the <br>: "Antony" alone is not a mention
        'General Assembly',
        'Netanyahu', // not the possessive
        'State\n        Department',
        'UN Security Council',
        'United Nations', // a UN body's bare name needs the UN named beside it
      ].sort(),
    );
    const registry = await highlights(page);
    expect(registry.map(({ name }) => name).sort()).toEqual(['context-cards-active', 'context-cards-mention']);
    expect(registry.every(({ allStatic }) => allStatic)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('skips scripts, styles, form fields, editors, code, svg, hidden and aria-hidden regions and our UI', async ({
    context,
    origin,
  }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/engine/skipped.html`);
    await waitForScan(page);
    expect(await highlightedTexts(page)).toEqual(['Hamas', 'Knesset', 'UNRWA']);
  });
});

test.describe('the mention engine and hidden text', () => {
  test('highlights text hidden by CSS once the page shows it', async ({ context, origin }) => {
    const page = await context.newPage();
    await page.goto(`${origin}/engine/skipped.html`);
    await waitForScan(page);
    expect(await highlightedTexts(page)).toEqual(['Hamas', 'Knesset', 'UNRWA']);
    await page.evaluate(() => document.querySelector('.gone')!.classList.remove('gone'));
    await expect.poll(() => highlightedTexts(page)).toEqual(['Hamas', 'Hamas', 'Knesset', 'UNRWA']);
  });
});

test.describe('the highlight styles in forced-colors mode', () => {
  test('use system colours only', async ({ context, origin }) => {
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${origin}/engine/cross-element.html`);
    await waitForScan(page);
    const styles = await page.evaluate(() => {
      const probe = document.createElement('a');
      probe.href = '#';
      document.body.append(probe);
      const linkText = getComputedStyle(probe).color;
      probe.style.backgroundColor = 'Highlight';
      const highlight = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const style = (name: string) => {
        const computed = getComputedStyle(document.body, `::highlight(${name})`);
        return { background: computed.backgroundColor, underline: computed.textDecorationColor };
      };
      return { linkText, highlight, mention: style('context-cards-mention'), active: style('context-cards-active') };
    });
    // No tint (forced colours keep transparency as a system colour with alpha 0), a LinkText underline.
    expect(styles.mention.background).toMatch(/^rgba\(\d+, \d+, \d+, 0\)$/);
    expect(styles.mention.underline).toBe(styles.linkText);
    expect(styles.active.background).toBe(styles.highlight);
  });
});
