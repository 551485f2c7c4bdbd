/**
 * Hover intent, as in Wikipedia's page previews: a card opens once the pointer has rested on a mention
 * for the hover delay, and closes a moment after the pointer has left both the mention and the card, so
 * a quick pass across text opens nothing and the pointer can travel from a mention into its card.
 */
import type { PageMention } from './mention-index';
import { sameMention } from './hit-test';
import { after } from './page-timer';

/** What is under the pointer: a mention, the open card, or neither. */
export type PointerOver = PageMention | 'card' | undefined;

export interface HoverIntentOptions {
  /** The hover delay in ms (a setting, so read each time). */
  openDelay(): number;
  closeDelay: number;
  /** The mention whose card is open, however it was opened. */
  shown(): PageMention | undefined;
  /** Whether the open card closes when the pointer leaves it (it was opened by hovering). */
  closesOnLeave(): boolean;
  open(mention: PageMention): void;
  close(): void;
  /** How to wait (page-timer's `after`, which also fires on pages with JavaScript off; tests fake time). */
  after?: typeof after;
}

export class HoverIntent {
  private pending: { mention: PageMention; cancel: () => void } | undefined;
  private closing: (() => void) | undefined;

  private readonly wait: typeof after;

  constructor(private readonly options: HoverIntentOptions) {
    this.wait = options.after ?? after;
  }

  /** Whether a card is about to open. */
  /** The mention whose card is about to open, while the delay runs. */
  get pendingMention(): PageMention | undefined {
    return this.pending?.mention;
  }

  get isPending(): boolean {
    return this.pending !== undefined;
  }

  /**
   * What the pointer is over now; `waited` is how long it has already been there (the frame's latency),
   * counted toward the delay.
   */
  update(over: PointerOver, waited = 0): void {
    const shown = this.options.shown();
    if (over === 'card' || (over && sameMention(over, shown))) {
      this.cancel();
      return;
    }
    if (over) {
      // Another mention: it opens after the delay, replacing the open card without a gap.
      if (!sameMention(over, this.pending?.mention)) {
        this.cancelPending();
        const cancel = this.wait(this.options.openDelay() - waited, () => this.fire(over));
        this.pending = { mention: over, cancel };
      }
      return;
    }
    this.cancelPending();
    if (shown && this.options.closesOnLeave() && this.closing === undefined) {
      this.closing = this.wait(this.options.closeDelay, () => {
        this.closing = undefined;
        this.options.close();
      });
    }
  }

  /** Forgets pending opens and closes (a card opened or closed another way, or the pointer left). */
  cancel(): void {
    this.cancelPending();
    this.closing?.();
    this.closing = undefined;
  }

  private fire(mention: PageMention) {
    this.pending = undefined;
    this.closing?.();
    this.closing = undefined;
    this.options.open(mention);
  }

  private cancelPending() {
    this.pending?.cancel();
    this.pending = undefined;
  }
}
