import type { Page } from '@playwright/test';
import facts from '../../data/facts.json' with { type: 'json' };
import { expect, test } from './fixtures';

const quoteOf = (id: string) => facts.find((fact) => fact.id === id)!.quote;

/** The marked passage: the focused element, a <mark> holding the fact's quote. */
function markedPassage(page: Page) {
  return page.locator('mark.cc-target:focus');
}

test.describe('the article view', () => {
  test('shows the document with its title as the page heading and the note on its facts', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/article.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'US Votes Against UN Resolution Calling for Gaza Ceasefire and Hostage Release',
    );
    await expect(page.getByText('as reported in this article', { exact: false })).toBeVisible();
    await expect(page.locator('mark.cc-mention[data-entity="unrwa"]').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Names in this article' })).toBeVisible();
    await expect(page.locator('mark.cc-target')).toHaveCount(0);
  });

  // The first fact, one late in the text, one sharing its start with another, and the last.
  for (const id of [
    'us-voted-against-general-assembly-ceasefire',
    'hamas-softened-stance-on-border',
    'amnesty-described',
    'amnesty-genocide-finding',
    'netanyahu-last-minute-demands',
  ]) {
    test(`#fact-${id} scrolls to that passage and marks it`, async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`chrome-extension://${extensionId}/article.html#fact-${id}`);
      const passage = markedPassage(page);
      await expect(passage).toHaveText(quoteOf(id));
      await expect(passage).toHaveAttribute('data-fact', id);
      await expect(passage).toBeInViewport({ ratio: 1 });
      await expect(page.locator('mark.cc-target')).toHaveCount(1);
    });
  }

  test('keeps the passage in view while the window is still being sized, until the reader moves', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`chrome-extension://${extensionId}/article.html#fact-netanyahu-last-minute-demands`);
    const passage = markedPassage(page);
    await expect(passage).toBeInViewport({ ratio: 1 });
    // A narrow window rewraps every paragraph above the passage: it moves far down the page.
    await page.setViewportSize({ width: 420, height: 600 });
    await expect(passage).toBeInViewport({ ratio: 1 });
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(passage).toBeInViewport({ ratio: 1 });
    // Once the reader scrolls (up, away from it), the view is theirs: a resize leaves it where they put it.
    await page.mouse.move(640, 360);
    await page.mouse.wheel(0, -4000);
    await expect(passage).not.toBeInViewport();
    await page.setViewportSize({ width: 1000, height: 700 });
    // Two frames: a resize and its ResizeObserver report are handled before the next frame is drawn.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const box = await passage.boundingBox();
    expect(box!.y, 'the passage stays below the view, where the reader left it').toBeGreaterThan(700);
  });

  test('follows the hash: a fact link in the sidebar, then Back', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`chrome-extension://${extensionId}/article.html#fact-blinken-officials-pursuing-deal`);
    await expect(markedPassage(page)).toHaveText(quoteOf('blinken-officials-pursuing-deal'));

    const sidebar = page.getByRole('navigation', { name: 'Names in this article' });
    const state = sidebar
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'State Department' }) });
    const link = state.getByRole('link').first();
    await link.click();
    await expect(page).toHaveURL(/#fact-state-department-blamed-hamas$/);
    await expect(markedPassage(page)).toHaveText(quoteOf('state-department-blamed-hamas'));
    await expect(markedPassage(page)).toBeInViewport();
    await expect(link).toHaveAttribute('aria-current', 'location');

    await page.goBack();
    await expect(markedPassage(page)).toHaveText(quoteOf('blinken-officials-pursuing-deal'));
    await expect(markedPassage(page)).toBeInViewport();
  });

  test('a passage’s numbered mark addresses its fact', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/article.html`);
    await page.getByRole('link', { name: /^Fact 1: / }).click();
    await expect(page).toHaveURL(/#fact-blinken-officials-pursuing-deal$/);
    await expect(markedPassage(page)).toHaveText(quoteOf('blinken-officials-pursuing-deal'));
  });

  test('says so when the address names no fact of this article', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/article.html#fact-nothing-like-this`);
    await expect(page.getByRole('status')).toHaveText('That link points to a fact this article does not have.');
    await expect(page.locator('mark.cc-target')).toHaveCount(0);
  });
});
