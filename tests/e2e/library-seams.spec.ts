import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { resolveChromium } from './browser-path';
import { expect, extensionPath, keepLocal, test } from './fixtures';
import { BUNDLED_TITLE, LibraryPage, RALLY } from './library-page';

interface Group {
  document: { title: string };
  facts: { quote: string; attribution: string }[];
}

interface CardFacts {
  entity?: { id: string; name: string; kind: string; aliases: unknown[] };
  documents: Group[];
}

/** Asks the background what the content script and the card will ask it. */
function ask(library: LibraryPage, message: object): Promise<unknown> {
  return library.page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  );
}

test.describe('library seams for the content script and the card', () => {
  test('lists active entities and a card’s facts grouped by document, following the switches', async ({
    context,
    extensionId,
  }) => {
    const library = await LibraryPage.open(context, extensionId);
    await library.addDocument(RALLY.title, RALLY.text);

    const ids = async () =>
      ((await ask(library, { type: 'context-cards:active-entities' })) as { id: string }[]).map((e) => e.id);
    expect(await ids()).toEqual(expect.arrayContaining(['vivek-ramaswamy', 'donald-trump', 'hamas']));

    const trump = (await ask(library, { type: 'context-cards:card-facts', entityId: 'donald-trump' })) as CardFacts;
    expect(trump.entity).toMatchObject({ id: 'donald-trump', name: 'Donald Trump', kind: 'person' });
    const groups = trump.documents;
    expect(groups.map((group) => group.document.title)).toEqual([BUNDLED_TITLE, RALLY.title]);
    expect(groups[1]?.facts).toEqual([
      expect.objectContaining({ quote: 'Donald Trump was not at the rally in Columbus.', attribution: 'the document' }),
    ]);
    const vivek = (await ask(library, { type: 'context-cards:card-facts', entityId: 'vivek-ramaswamy' })) as CardFacts;
    expect(vivek.entity).toMatchObject({
      name: 'Vivek Ramaswamy',
      kind: 'person',
      aliases: ['Vivek Ramaswamy', 'Ramaswamy'],
    });
    expect(vivek.documents[0]?.facts.map((fact) => [fact.quote, fact.attribution])).toContainEqual([
      '“We will win Ohio,” Ramaswamy said.',
      'Vivek Ramaswamy',
    ]);

    await library.useSwitch(BUNDLED_TITLE).uncheck();
    await expect(library.useSwitch(BUNDLED_TITLE)).not.toBeChecked();
    await expect.poll(ids).not.toContain('hamas');
    expect(await ids()).toContain('donald-trump');
    const onlyRally = (await ask(library, { type: 'context-cards:card-facts', entityId: 'donald-trump' })) as CardFacts;
    expect(onlyRally.documents.map((group) => group.document.title)).toEqual([RALLY.title]);

    await library.removeButton(RALLY.title).click();
    await expect.poll(ids).toEqual([]);
  });
});

test('the library is intact after the browser restarts', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'context-cards-profile-'));
  const launch = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: resolveChromium(),
      headless: true,
      args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`],
    });
    await keepLocal(context);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return { context, id: new URL(worker.url()).host };
  };
  try {
    const first = await launch();
    const library = await LibraryPage.open(first.context, first.id);
    await library.addDocument(RALLY.title, RALLY.text);
    await library.useSwitch(BUNDLED_TITLE).uncheck();
    await expect(library.page.getByRole('status').filter({ hasText: 'is switched off' })).toBeVisible();
    await first.context.close();

    const second = await launch();
    const again = await LibraryPage.open(second.context, second.id);
    await expect(again.documentRows()).toHaveCount(2);
    await expect(again.useSwitch(RALLY.title)).toBeChecked();
    await expect(again.useSwitch(BUNDLED_TITLE)).not.toBeChecked();
    await second.context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
