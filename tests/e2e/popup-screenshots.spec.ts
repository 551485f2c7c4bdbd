import { expect, test } from './fixtures';
import { corpusAvailable } from './corpus-pages';
import { LibraryPage, RALLY } from './library-page';
import { openPopup, openTab } from './popup-page';

// Screenshots for people to look at (tests/output/ is ignored): the popup and the article view, light and dark.
const DIR = 'tests/output/screenshots';
const REAL_PAGE = '/corpus/adbar-trafilatura__timesofisrael.com.washington.html';

// Taken on a real saved page: only when ../shared/corpus is beside the clone.
for (const colorScheme of corpusAvailable ? (['light', 'dark'] as const) : []) {
  test.describe(`${colorScheme} screenshots`, () => {
    test.use({ colorScheme });

    test('of the popup on a real page', async ({ context, origin, serviceWorker, extensionId }) => {
      const { tabId } = await openTab(context, serviceWorker, origin + REAL_PAGE);
      const popup = await openPopup(context, extensionId, tabId);
      const row = popup.getByRole('button', { name: /^Benjamin Netanyahu/ });
      await expect(row).toBeVisible();
      await expect(popup.getByRole('term').first()).toBeVisible(); // the shortcuts have loaded
      await popup.screenshot({ path: `${DIR}/popup-${colorScheme}.png` });

      // Keyboard focus: the switch, then the first name's row.
      for (let i = 0; i < 2; i++) await popup.keyboard.press('Tab');
      await expect(popup.getByRole('button', { name: /^Israel/ })).toBeFocused();
      await popup.screenshot({ path: `${DIR}/popup-focus-${colorScheme}.png` });

      const disclosure = popup.getByRole('button', { name: 'Facts about Benjamin Netanyahu' });
      await disclosure.click();
      await disclosure.scrollIntoViewIfNeeded();
      await popup.locator('.pp-scroll').evaluate((scroller, top) => scroller.scrollBy(0, top), 60);
      await popup.screenshot({ path: `${DIR}/popup-facts-${colorScheme}.png` });
    });

    test('of the popup where it cannot run', async ({ context, serviceWorker, extensionId }) => {
      const { tabId } = await openTab(context, serviceWorker, 'chrome://version');
      const popup = await openPopup(context, extensionId, tabId);
      await expect(popup.getByRole('switch', { name: 'Enable on this site' })).toBeDisabled();
      await popup.screenshot({ path: `${DIR}/popup-unavailable-${colorScheme}.png` });
    });

    test('of the article view at a fact', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`chrome-extension://${extensionId}/article.html#fact-hamas-in-favor-of-deal`);
      await expect(page.locator('mark.cc-target')).toBeInViewport();
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${DIR}/article-view-${colorScheme}.png` });
      await page.setViewportSize({ width: 420, height: 860 });
      await page.goto(`chrome-extension://${extensionId}/article.html`);
      await page.screenshot({ path: `${DIR}/article-view-narrow-${colorScheme}.png` });
    });

    test('of the popup with a document the reader added, and its article view', async ({
      context,
      origin,
      serviceWorker,
      extensionId,
    }) => {
      const library = await LibraryPage.open(context, extensionId);
      await library.addDocument(RALLY.title, RALLY.text);
      const { tabId } = await openTab(context, serviceWorker, `${origin}/demo.html`);
      const popup = await openPopup(context, extensionId, tabId);
      const documents = popup.getByRole('region', { name: 'Your documents' });
      await expect(documents.getByRole('button', { name: `Open ${RALLY.title}` })).toBeVisible();
      await documents.scrollIntoViewIfNeeded();
      await popup.screenshot({ path: `${DIR}/popup-documents-${colorScheme}.png` });

      const disclosure = popup.getByRole('button', { name: 'Facts about Donald Trump' });
      await disclosure.click();
      const trump = popup.getByRole('listitem').filter({ has: disclosure });
      const heading = trump.getByRole('heading', { name: RALLY.title });
      await heading.scrollIntoViewIfNeeded();
      await popup.screenshot({ path: `${DIR}/popup-sources-${colorScheme}.png` });

      const opened = context.waitForEvent('page');
      await trump.getByRole('button', { name: 'Show in article' }).last().click();
      const article = await opened;
      await article.setViewportSize({ width: 1280, height: 800 });
      await expect(article.locator('mark.cc-target')).toBeInViewport();
      await article.screenshot({ path: `${DIR}/article-view-library-${colorScheme}.png` });
    });
  });
}
