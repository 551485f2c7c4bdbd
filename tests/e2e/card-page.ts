import { expect, type Locator, type Page, type Worker } from '@playwright/test';
import { waitForFirstScan } from './corpus-pages';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The card as a page (and a test) sees it: a shadow host whose open shadow root holds the dialog. */
export class CardPage {
  /** Playwright's CSS engine pierces open shadow roots. */
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.locator('context-cards-card [role="dialog"]');
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await waitForFirstScan(this.page);
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
      const log = { move: 0, shown: [] as number[], hidden: [] as number[] };
      Object.assign(window, { cardTimings: log });
      addEventListener('pointermove', (event) => (log.move = event.timeStamp), true);
      let open = false;
      const tick = () => {
        const now = Boolean(document.querySelector('context-cards-card')?.shadowRoot?.querySelector('[role=dialog]'));
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
            const open = Boolean(
              document.querySelector('context-cards-card')?.shadowRoot?.querySelector('[role=dialog]'),
            );
            resolve({ open, elapsed });
          };
          look();
        }),
      ms,
    );
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
