import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, launch, startRefusingProxy, test } from './fixtures';
import { addDocument, texts } from './library-page';

const TITLE = 'Ramaswamy before the restart';

test('the library is intact after Firefox restarts', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'context-cards-firefox-'));
  const proxy = await startRefusingProxy();
  const port = (proxy.address() as AddressInfo).port;
  // The add-on is installed anew on each start (a temporary add-on, as in development): its storage stays.
  const prefs = { 'extensions.webextensions.keepStorageOnUninstall': true };
  try {
    const first = await launch(port, prefs, profile);
    const library = await first.openExtensionPage('library.html');
    await addDocument(
      library,
      TITLE,
      'Vivek Ramaswamy spoke in Columbus. “We will win,” Ramaswamy said.',
      'Vivek Ramaswamy',
    );
    await first.browser.close();

    const second = await launch(port, prefs, profile);
    const again = await second.openExtensionPage('library.html');
    await expect.poll(() => texts(again, 'li.document')).toHaveLength(2);
    expect((await texts(again, 'li.document'))[1]).toContain(TITLE);
    await second.browser.close();
  } finally {
    await new Promise((done) => proxy.close(done));
    await rm(profile, { recursive: true, force: true });
  }
});
