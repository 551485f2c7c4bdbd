import type { Page } from '@playwright/test';
import bundledFacts from '../../data/facts.json' with { type: 'json' };
import type { ChromeInPage } from './extension-api';
import { expect, test } from './fixtures';
import { corruptRecord, LibraryPage, RALLY, storedLibrary } from './library-page';

/** A document long enough that its last passage starts out of view. */
const MINUTES = {
  title: 'Council minutes',
  text: [
    ...Array.from({ length: 40 }, (_, i) => `Item ${i + 1} of the agenda was read out and noted without a vote.`),
    'Vivek Ramaswamy asked the council to reopen the budget before the winter.',
  ].join('\n\n'),
  quote: 'Vivek Ramaswamy asked the council to reopen the budget before the winter.',
};

/** A library file (the import format) with a document whose site, address and date are known. */
const REPORT = {
  title: 'Budget vote in Columbus',
  site: 'example.org',
  url: 'https://example.org/news/budget-vote',
  published: '2024-12-12',
  quote: '“We will not cut the parks,” Mayor Ann Ginther said.',
};
const reportFile = JSON.stringify({
  format: 'context-cards-library',
  version: 1,
  exported: '2026-11-29T12:00:00.000Z',
  documents: [
    {
      id: 'budget-vote-in-columbus',
      title: REPORT.title,
      text: `The council met on Thursday.\n\n${REPORT.quote} The vote was close.`,
      site: REPORT.site,
      url: REPORT.url,
      published: REPORT.published,
      added: '2026-11-29T12:00:00.000Z',
    },
  ],
  entities: [
    {
      id: 'ann-ginther',
      name: 'Ann Ginther',
      kind: 'person',
      aliases: ['Ann Ginther', 'Ginther'],
      description: 'Named in “Budget vote in Columbus”.',
    },
  ],
  facts: [
    {
      id: 'budget-vote-in-columbus-s2',
      document: 'budget-vote-in-columbus',
      entities: ['ann-ginther'],
      attribution: 'Ann Ginther',
      quote: REPORT.quote,
    },
  ],
});

/** The marked passage: the focused element, a <mark> holding the fact's quote. */
const markedPassage = (page: Page) => page.locator('mark.cc-target:focus');

test.describe('the article view of a library document', () => {
  test('opens at a fact’s passage: marked, in view, quoted verbatim', async ({ context, extensionId }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(MINUTES.title, MINUTES.text);
    const { documents, facts } = await storedLibrary(library.page);
    const fact = facts.find((one) => one.quote === MINUTES.quote)!;
    expect(fact.document).toBe(documents[MINUTES.title]);

    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`chrome-extension://${extensionId}/article.html?doc=${fact.document}#fact-${fact.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINUTES.title);
    await expect(page).toHaveTitle(`${MINUTES.title} — Context Cards`);
    await expect(markedPassage(page)).toHaveText(MINUTES.quote);
    await expect(markedPassage(page)).toHaveAttribute('data-fact', fact.id);
    await expect(markedPassage(page)).toBeInViewport({ ratio: 1 });
    await expect(page.locator('mark.cc-target')).toHaveCount(1);
    // Its names beside it, each fact named by its own words.
    const side = page.getByRole('navigation', { name: 'Names in this document' });
    await expect(side.getByRole('heading', { name: 'Vivek Ramaswamy' })).toBeVisible();
    await expect(side.getByRole('link', { name: MINUTES.quote })).toHaveAttribute('aria-current', 'location');
    await expect(page.getByText('quoted from this document as you added it')).toBeVisible();
  });

  test('names the document’s site and date, and its address as a link it never fetches', async ({
    context,
    extensionId,
  }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.chooseFile('Import library', 'report.json', reportFile, 'application/json');
    await expect(library.page.getByRole('status').filter({ hasText: 'Imported 1 documents' })).toBeVisible();

    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('chrome-extension://')) requested.push(request.url());
    });
    await page.goto(
      `chrome-extension://${extensionId}/article.html?doc=budget-vote-in-columbus#fact-budget-vote-in-columbus-s2`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(REPORT.title);
    await expect(page.getByText('example.org · 12 December 2024', { exact: true })).toBeVisible();
    const link = page.getByRole('link', { name: REPORT.url, exact: true });
    await expect(link).toHaveAttribute('href', REPORT.url);
    await expect(markedPassage(page)).toHaveText(REPORT.quote);
    await expect(page.locator('mark.cc-mention[data-entity="ann-ginther"]')).toHaveText(['Ann Ginther']);
    expect(requested).toEqual([]);
  });

  test('says so in an alert when the document is unknown or its record is damaged', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/article.html?doc=no-such-document#fact-x`);
    await expect(page.getByRole('alert')).toHaveText(/^Your library has no such document/);
    await expect(page.getByRole('link', { name: 'Open your library' })).toBeVisible();

    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    const id = (await storedLibrary(library.page)).documents[RALLY.title]!;
    await corruptRecord(library.page, 'texts', { id, text: 42 });
    await page.goto(`chrome-extension://${extensionId}/article.html?doc=${id}`);
    await expect(page.getByRole('alert')).toHaveText(/record in your library is damaged/);
    await expect(page.locator('mark')).toHaveCount(0);
  });

  test('a card’s "Show in article" opens the fact’s own document: the library one, or the bundled article', async ({
    context,
    extensionId,
  }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);
    const { facts } = await storedLibrary(library.page);
    const rally = facts.find((fact) => fact.quote === '“We will win Ohio,” Ramaswamy said.')!;
    const open = (factId: string) =>
      library.page.evaluate((id) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeInPage };
        void chrome.runtime.sendMessage({ type: 'context-cards:open-article', factId: id });
      }, factId);

    let opened = context.waitForEvent('page');
    await open(rally.id);
    const article = await opened;
    await expect(article).toHaveURL(
      `chrome-extension://${extensionId}/article.html?doc=${rally.document}#fact-${rally.id}`,
    );
    await expect(markedPassage(article)).toHaveText(rally.quote);

    const bundled = bundledFacts[0]!;
    opened = context.waitForEvent('page');
    await open(bundled.id);
    const plain = await opened;
    await expect(plain).toHaveURL(`chrome-extension://${extensionId}/article.html#fact-${bundled.id}`);
    await expect(markedPassage(plain)).toHaveText(bundled.quote);
  });
});
