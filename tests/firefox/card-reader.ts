/**
 * Reads the card through WebDriver BiDi, as DESIGN.md's contract says acceptance tests do, so it keeps
 * working once the card's shadow root is closed: `browsingContext.locateNodes` with `includeShadowTree:
 * 'all'` gives the host's shadow root as a shared reference, and `script.callFunction` reads the card from
 * it. puppeteer-core sends raw BiDi commands through its connection (`browser.connection`, and a frame's
 * browsing context id in `_id`: internals of puppeteer-core 24, pinned in package.json).
 */
import type { Browser, Page } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface RemoteNode {
  sharedId?: string;
  value?: { shadowRoot?: RemoteNode | null };
}

export interface CardButton {
  name: string;
  x: number;
  y: number;
}

export interface CardContents {
  /** The dialog's accessible name (from aria-labelledby). */
  name: string;
  entity: string;
  /** Each fact's verbatim quote (blockquote or q), in order, including those folded under "More". */
  quotes: string[];
  /** Its buttons by accessible name, with the middle of each on the page for the mouse. */
  buttons: CardButton[];
}

function connection(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** Reads the open card inside a shadow root (runs in the page, in a BiDi sandbox). */
function readFromShadowRoot(root: ShadowRoot): string | null {
  const dialog = root.querySelector('[role="dialog"]');
  if (!dialog) return null;
  const textOf = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const labelledBy = dialog.getAttribute('aria-labelledby');
  const name = labelledBy ? textOf(root.getElementById(labelledBy)) : (dialog.getAttribute('aria-label') ?? '');
  const buttons = [...dialog.querySelectorAll('button')].map((button) => {
    const box = button.getBoundingClientRect();
    return {
      name: button.getAttribute('aria-label') ?? textOf(button),
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    };
  });
  return JSON.stringify({
    name,
    entity: dialog.getAttribute('data-entity') ?? '',
    quotes: [...dialog.querySelectorAll('blockquote, q')].map(textOf),
    buttons,
  });
}

/** Scrolls a card's button into view inside the card (as a reader scrolls the card) and says where it is. */
function revealButton(root: ShadowRoot, name: string): string | null {
  const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const found = [...root.querySelectorAll('[role="dialog"] button')].find(
    (button) => (button.getAttribute('aria-label') ?? textOf(button)) === name,
  );
  if (!found) return null;
  found.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  const box = found.getBoundingClientRect();
  return JSON.stringify({ name, x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

/** The card open on the page, or undefined when there is none. */
export async function readCard(browser: Browser, page: Page): Promise<CardContents | undefined> {
  const json = await callOnCard(browser, page, readFromShadowRoot);
  return json === undefined ? undefined : (JSON.parse(json) as CardContents);
}

/** The card's button named `name`, scrolled into view, for the mouse. */
export async function cardButton(browser: Browser, page: Page, name: string): Promise<CardButton> {
  const json = await callOnCard(browser, page, revealButton, name);
  if (json === undefined) throw new Error(`The open card has no button "${name}"`);
  return JSON.parse(json) as CardButton;
}

/** Calls `fn(shadowRoot, ...args)` in the page on the card host's shadow root, open or closed. */
async function callOnCard<A extends string[]>(
  browser: Browser,
  page: Page,
  fn: (root: ShadowRoot, ...args: A) => string | null,
  ...args: A
): Promise<string | undefined> {
  const bidi = connection(browser);
  const context = contextOf(page);
  const located = (await bidi.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'css', value: 'context-cards-card' },
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  })) as { result: { nodes: RemoteNode[] } };
  const shadowRoot = located.result.nodes[0]?.value?.shadowRoot;
  if (!shadowRoot?.sharedId) return undefined;
  const called = (await bidi.send('script.callFunction', {
    functionDeclaration: String(fn),
    target: { context, sandbox: 'context-cards-tests' },
    arguments: [{ sharedId: shadowRoot.sharedId }, ...args.map((value) => ({ type: 'string', value }))],
    awaitPromise: false,
    resultOwnership: 'none',
  })) as { result: { type: string; result?: { type: string; value?: string } } };
  const json = called.result.result?.value;
  return typeof json === 'string' ? json : undefined;
}

/** Waits for a card to be open (and for its contents to satisfy `ready`), up to `timeout` ms. */
export async function waitForCard(
  browser: Browser,
  page: Page,
  ready: (card: CardContents) => boolean = () => true,
  timeout = 5_000,
): Promise<CardContents> {
  const end = Date.now() + timeout;
  let last: CardContents | undefined;
  while (Date.now() < end) {
    last = await readCard(browser, page);
    if (last && ready(last)) return last;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`No card opened within ${timeout} ms (last seen: ${JSON.stringify(last)})`);
}
