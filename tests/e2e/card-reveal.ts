/**
 * Test harness only: lets the tests read the card, whose shadow root is closed to the page. No selector
 * engine of Playwright's, no axe and no page script can enter a closed root; the browser's debugging
 * protocol (CDP), which pages never reach, can. When a test session asks (`revealCards`), this finds the
 * card host's closed root with `DOM.describeNode` (`pierce`), resolves it in the main frame's page world
 * and in Playwright's utility world (where locators run), and there makes `Element.prototype.shadowRoot`
 * return it for that host. `page.locator('context-cards-card [role="dialog"]')`, getByRole, focus checks
 * and axe then reach the card as if its root were open. The extension under test is the built one,
 * unchanged; a page in a session that did not ask sees `shadowRoot === null` (card-closed.spec.ts).
 * Playwright's utility world is found by its name (`__playwright_utility_world_…`, Playwright 1.65).
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

const HOST = 'context-cards-card';
const BINDING = '__contextCardsTestReveal';

interface ExecutionContextDescription {
  id: number;
  name: string;
  auxData?: { isDefault?: boolean; frameId?: string };
}

/** One CDP session per page, with the execution contexts of its frames kept current. */
class PageProtocol {
  private readonly contexts = new Map<number, ExecutionContextDescription>();

  private constructor(readonly session: CDPSession) {
    session.on('Runtime.executionContextCreated', ({ context }) => this.contexts.set(context.id, context));
    session.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
      this.contexts.delete(executionContextId),
    );
    session.on('Runtime.executionContextsCleared', () => this.contexts.clear());
  }

  static async attach(page: Page): Promise<PageProtocol> {
    const protocol = new PageProtocol(await page.context().newCDPSession(page));
    await protocol.session.send('Runtime.enable'); // reports the existing contexts before it returns
    return protocol;
  }

  /** The main frame's page world and Playwright's utility world (never the extension's own world). */
  async testWorlds(): Promise<number[]> {
    const { frameTree } = await this.session.send('Page.getFrameTree');
    return [...this.contexts.values()]
      .filter(({ auxData }) => auxData?.frameId === frameTree.frame.id)
      .filter(({ auxData, name }) => auxData?.isDefault || name.startsWith('__playwright_utility_world_'))
      .map(({ id }) => id);
  }
}

const protocols = new WeakMap<Page, Promise<PageProtocol>>();

function protocolOf(page: Page): Promise<PageProtocol> {
  let attached = protocols.get(page);
  if (!attached) protocols.set(page, (attached = PageProtocol.attach(page)));
  return attached;
}

/*
 * The page-side code below is kept in strings: the benchmark runs this module under tsx, whose compiled
 * functions call a naming helper that pages do not have.
 */

/**
 * Runs in a world with `this` the card's closed root: from now on, in this world, the host's `shadowRoot`
 * is that root (the getter is replaced once per world; later hosts join the same map).
 */
const EXPOSE_ROOT_IN_THIS_WORLD = `function () {
  const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
  let revealed = own.get.revealed;
  if (!revealed) {
    const native = own.get;
    const map = new WeakMap();
    const get = function () {
      return map.get(this) ?? native.call(this);
    };
    Object.defineProperty(get, 'revealed', { value: map });
    Object.defineProperty(Element.prototype, 'shadowRoot', { ...own, get });
    revealed = map;
  }
  revealed.set(this.host, this);
}`;

/**
 * In the page's world of every document: watches <html>'s children and, when a card host appears there,
 * asks the test (over the binding) to reveal it.
 */
const WATCH_FOR_HOSTS = `(() => {
  const call = globalThis[${JSON.stringify(BINDING)}];
  const seen = new WeakSet();
  const check = () => {
    const element = document.documentElement?.querySelector(':scope > ${HOST}');
    if (!element || seen.has(element)) return;
    seen.add(element);
    call().catch((error) => console.error('The test harness could not reveal the card:', error));
  };
  const watchRoot = () => {
    if (!document.documentElement) return false;
    new MutationObserver(check).observe(document.documentElement, { childList: true });
    check();
    return true;
  };
  if (!watchRoot()) {
    new MutationObserver((_, observer) => {
      if (watchRoot()) observer.disconnect();
    }).observe(document, { childList: true });
  }
})()`;

/**
 * Makes the card open on `page` (its host, once a card has opened) readable by the test's locators and
 * evaluations, now. Returns false when the page has no card host yet.
 */
export async function revealCard(page: Page): Promise<boolean> {
  const protocol = await protocolOf(page);
  const { session } = protocol;
  const { result } = await session.send('Runtime.evaluate', { expression: `document.querySelector('${HOST}')` });
  if (!result.objectId) return false;
  const { node } = await session.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
  await session.send('Runtime.releaseObject', { objectId: result.objectId });
  const root = node.shadowRoots?.[0];
  if (!root) throw new Error(`The card host <${HOST}> has no shadow root`);
  for (const executionContextId of await protocol.testWorlds()) {
    const { object } = await session.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, executionContextId });
    await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: EXPOSE_ROOT_IN_THIS_WORLD,
    });
    await session.send('Runtime.releaseObject', { objectId: object.objectId! });
  }
  return true;
}

/**
 * In every page of `context` from now on, reveals the card host to the tests as soon as the extension adds
 * it (a page-world observer of <html>'s children calls back to the test over a Playwright binding).
 */
export async function revealCardsIn(context: BrowserContext): Promise<void> {
  await context.exposeBinding(BINDING, ({ page }) => revealCard(page));
  // Attached ahead, so the card is revealed within a few protocol round trips of opening.
  context.on('page', (page) => void protocolOf(page).catch(() => undefined));
  await context.addInitScript(WATCH_FOR_HOSTS);
}
