import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Locator, type Page, type Worker } from '@playwright/test';
import { revealCard } from './card-reveal';
import { waitForFirstScan } from './corpus-pages';

export interface CardLayout {
  card: Box;
  name: Box | undefined;
  kind: Box | undefined;
  source: Box | undefined;
  close: Box | undefined;
  scrollTop: number;
  scrolls: boolean;
  overflowsSideways: boolean;
  direction: string;
  fontSizes: number[];
}

export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

interface AxeApi {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ html: string }> }> }>;
}

/** axe-core's browser build, run in pages to check them (evaluated: extension pages' CSP refuses inline scripts). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page on `context` (the whole document by default), and also reports every id used
 * twice in the document or in any open shadow root (axe's own duplicate-id rules are retired).
 */
export async function axeViolations(page: Page, context?: unknown): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (where) => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const result = await axe.run(where ?? document, { resultTypes: ['violations'] });
    const violations = result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.html),
    }));
    const roots: Array<Document | ShadowRoot> = [document];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    for (const root of roots) {
      const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
      const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
      if (twice.length > 0) violations.push({ id: 'duplicate-id', help: 'Ids must be unique', nodes: twice });
    }
    return violations;
  }, context);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The card as a test sees it: a shadow host whose closed shadow root holds the dialog, read through the
 * test harness (card-reveal.ts), which lets Playwright's engines and page evaluations into that root.
 */
export class CardPage {
  /** Playwright's CSS engine pierces open shadow roots, and the harness makes the card's one look open. */
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.locator('context-cards-card [role="dialog"]');
  }

  async goto(url: string): Promise<void> {
    // Should the page never be read, say what the extension reported there (its failures are logged once).
    const reported: string[] = [];
    this.page.on('console', (message) => {
      if (message.text().includes('[Context Cards]')) reported.push(message.text());
    });
    await this.page.goto(url);
    await waitForFirstScan(this.page).catch(async (error: unknown) => {
      const marks = await this.page.evaluate(() => performance.getEntries().map((entry) => entry.name));
      throw new Error(
        `No scan pass on ${url}. The extension reported: ${JSON.stringify(reported)}; the page's timeline: ` +
          JSON.stringify(marks.filter((name) => name.startsWith('context-cards'))),
        { cause: error },
      );
    });
    await this.page.waitForFunction(() => (CSS.highlights.get('context-cards-mention')?.size ?? 0) > 0);
  }

  /** The client rects of the `occurrence`-th appearance of `text` within one text node of the page. */
  textRects(text: string, occurrence = 0): Promise<Box[]> {
    return this.page.evaluate(
      ([needle, nth]) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          let at = node.textContent!.indexOf(needle);
          while (at !== -1) {
            if (seen++ === nth) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + needle.length);
              return [...range.getClientRects()]
                .filter((rect) => rect.width > 0)
                .map(({ x, y, width, height }) => ({ x, y, width, height }));
            }
            at = node.textContent!.indexOf(needle, at + 1);
          }
        }
        throw new Error(`"${needle}" is not on the page`);
      },
      [text, occurrence] as const,
    );
  }

  /** Where the pointer rests on `text`: the middle of its first line. */
  async pointOf(text: string): Promise<{ x: number; y: number }> {
    const [first] = await this.textRects(text);
    return { x: first!.x + first!.width / 2, y: first!.y + first!.height / 2 };
  }

  async hover(text: string): Promise<void> {
    const { x, y } = await this.pointOf(text);
    await this.page.mouse.move(x, y);
  }

  /**
   * Records, in the page, the time of the latest pointer move and the frames in which the card appeared
   * and disappeared, so timings are measured on the page's own clock.
   */
  async recordTimings(): Promise<void> {
    await this.page.evaluate(() => {
      /*
       * Whether a dialog is in the card's (closed) root, which the test harness reveals a few protocol round
       * trips after the host first appears (card-reveal.ts). The host appears only as the first card opens,
       * so until the harness has revealed it, the host's presence is that card being shown.
       */
      const cardShown = () => {
        const host = document.querySelector('context-cards-card');
        if (!host) return false;
        return host.shadowRoot ? Boolean(host.shadowRoot.querySelector('[role=dialog]')) : true;
      };
      Object.assign(window, { cardShown });
      const log = { move: 0, shown: [] as number[], hidden: [] as number[] };
      Object.assign(window, { cardTimings: log });
      addEventListener('pointermove', (event) => (log.move = event.timeStamp), true);
      let open = false;
      const tick = () => {
        const now = cardShown();
        if (now !== open) (now ? log.shown : log.hidden).push(performance.now());
        open = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }

  timings(): Promise<{ move: number; shown: number[]; hidden: number[] }> {
    return this.page.evaluate(
      () => (window as unknown as { cardTimings: { move: number; shown: number[]; hidden: number[] } }).cardTimings,
    );
  }

  /** Whether the card is open `ms` after the latest pointer move, on the page's clock (and when it looked). */
  isOpenAfterMove(ms: number): Promise<{ open: boolean; elapsed: number }> {
    return this.page.evaluate(
      (wait) =>
        new Promise((resolve) => {
          const { move } = (window as unknown as { cardTimings: { move: number } }).cardTimings;
          const look = () => {
            const elapsed = performance.now() - move;
            if (elapsed < wait) return void setTimeout(look, Math.max(1, wait - elapsed));
            const open = (window as unknown as { cardShown(): boolean }).cardShown();
            resolve({ open, elapsed });
          };
          look();
        }),
      ms,
    );
  }

  /**
   * Reveals the open card to the test now (once the host exists), for pages whose scripts are off, where the
   * harness's page-world watcher does not run.
   */
  async reveal(): Promise<void> {
    await expect.poll(() => revealCard(this.page)).toBe(true);
  }

  /** Lets the card's opening fade finish (computed opacity is mid-way during it). */
  async settled(): Promise<void> {
    await this.dialog.evaluate((element) =>
      Promise.all(element.getAnimations().map((animation) => animation.finished)),
    );
  }

  /** Waits for the recorder to have seen the card appear (or disappear) `count` times. */
  async recorded(what: 'shown' | 'hidden', count = 1): Promise<{ move: number; shown: number[]; hidden: number[] }> {
    await expect.poll(async () => (await this.timings())[what].length).toBeGreaterThanOrEqual(count);
    return this.timings();
  }

  /** The element focused inside the card's shadow root, described by its role or tag and its name. */
  focusedInCard(): Promise<string | undefined> {
    return this.page.evaluate(() => {
      const active = document.querySelector('context-cards-card')?.shadowRoot?.activeElement;
      if (!active) return undefined;
      return `${active.getAttribute('role') ?? active.tagName.toLowerCase()}:${active.getAttribute('aria-label') ?? active.textContent?.slice(0, 40)}`;
    });
  }

  /** The card's host element (no node of the page is ours but this one). */
  host(): Locator {
    return this.page.locator('context-cards-card');
  }

  /** The mode of the shadow root the card lives in, as the harness reveals it (pages see no root at all). */
  shadowMode(): Promise<string | undefined> {
    return this.page.evaluate(() => document.querySelector('context-cards-card')?.shadowRoot?.mode);
  }

  /** An element inside the card, by CSS selector (for what has no role, such as the card's parts). */
  part(selector: string): Locator {
    return this.page.locator(`context-cards-card ${selector}`);
  }

  /**
   * Where the card's parts are, relative to the card's top-left corner, with the card's own size, its
   * inner scroll and whether anything overflows it sideways.
   */
  layout(): Promise<CardLayout> {
    return this.dialog.evaluate((card) => {
      const box = card.getBoundingClientRect();
      const at = (selector: string) => {
        const element = card.querySelector(selector);
        if (!element) return undefined;
        const rect = element.getBoundingClientRect();
        return { x: rect.x - box.x, y: rect.y - box.y, width: rect.width, height: rect.height };
      };
      const descendants = [...card.querySelectorAll('*')].map((element) => element.getBoundingClientRect());
      return {
        card: { x: box.x, y: box.y, width: box.width, height: box.height },
        name: at('h2'),
        kind: at('.kind'),
        source: at('.provenance'),
        close: at('button[aria-label="Close"]'),
        scrollTop: card.scrollTop,
        scrolls: card.scrollHeight > card.clientHeight + 1,
        overflowsSideways:
          card.scrollWidth > card.clientWidth + 1 ||
          descendants.some((rect) => rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1)),
        direction: getComputedStyle(card).direction,
        fontSizes: [card, ...card.querySelectorAll('*')]
          .filter((node) => [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent!.trim()))
          .map((node) => parseFloat(getComputedStyle(node).fontSize)),
      };
    });
  }

  /** Scrolls the card's own content to its end (after "More"). */
  scrollCardToEnd(): Promise<void> {
    return this.dialog.evaluate((card) => card.scrollTo(0, card.scrollHeight));
  }

  /** The height limit card-placement.ts gives the card (the room next to its mention). */
  availableHeight(): Promise<string> {
    return this.dialog.evaluate((card) => card.style.getPropertyValue('--available'));
  }

  /** Runs axe-core on the card's shadow root (axe-core is injected into the page for it). */
  async axe(): Promise<AxeViolation[]> {
    return axeViolations(this.page, { fromShadowDom: ['context-cards-card', '[role="dialog"]'] });
  }

  /** The texts of the ranges registered under a highlight name, as the page sees them. */
  highlighted(name = 'context-cards-mention'): Promise<string[]> {
    return this.page.evaluate(
      (highlightName) =>
        [...(CSS.highlights.get(highlightName) ?? [])].map((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          return live.toString();
        }),
      name,
    );
  }
}

/** The slice of the `chrome` API the tests call in the service worker. */
interface ChromeInWorker {
  tabs: {
    query(filter: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  storage: { sync: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * Sends a message to the content script of the page's tab (brought to the front: the extension has no
 * `tabs` permission, so the active tab is how it finds one), as the background does for the command.
 */
export async function sendToTab(worker: Worker, page: Page, message: object): Promise<unknown> {
  await page.bringToFront();
  return worker.evaluate(async (payload) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, payload, { frameId: 0 });
  }, message);
}

/** The keyboard command's message (Alt+Shift+J, or Shift with it for previous). */
export async function sendNavigate(worker: Worker, page: Page, direction: 'next' | 'previous'): Promise<void> {
  await sendToTab(worker, page, { type: 'context-cards:navigate', direction });
}

/** Stores a setting the way the options page does. */
export async function storeSetting(worker: Worker, name: string, value: unknown): Promise<void> {
  await worker.evaluate(
    ([key, stored]) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
      return chrome.storage.sync.set({ [key]: stored });
    },
    [`context-cards-${name}`, value] as const,
  );
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
