/**
 * Cards without hover: a tap (touch or pen) on a mention opens its card and a tap elsewhere closes it. When
 * the mention is inside a link, the first tap only opens the card (that one click's default is prevented)
 * and a second tap on the same mention follows the link. A mouse press outside the card closes it too.
 */
import type { MentionIndex, PageMention } from './mention-index';
import { mentionAtPoint, sameMention } from './hit-test';
import { guarded } from './report-failure';

export interface TapOptions {
  signal: AbortSignal;
  index: MentionIndex;
  /** Whether an event target is the card (its shadow host). */
  isCard(target: EventTarget | null): boolean;
  /** The mention whose card is open. */
  shown(): PageMention | undefined;
  open(mention: PageMention): void;
  close(): void;
}

const isTouchLike = (pointerType: string) => pointerType === 'touch' || pointerType === 'pen';

export function watchTaps({ signal, index, isCard, shown, open, close }: TapOptions): void {
  let lastPointerType = '';

  const onPointerDown = guarded('Closing the card', (event: PointerEvent) => {
    if (!event.isTrusted) return; // only the reader's own taps and presses
    lastPointerType = event.pointerType;
    // Touch closes on the tap's click instead, so that a finger starting to scroll keeps the card.
    if (isTouchLike(event.pointerType) || !shown() || isCard(event.target)) return;
    if (!sameMention(mentionAtPoint(index, event.clientX, event.clientY), shown())) close();
  });

  const onClick = guarded('Tapping a mention', (event: MouseEvent) => {
    if (!event.isTrusted) return;
    // Chromium and Firefox fire click as a PointerEvent; Safari does not, hence the pointerdown record.
    const pointerType = (event as Partial<PointerEvent>).pointerType || lastPointerType;
    if (!isTouchLike(pointerType) || isCard(event.target)) return;
    const mention = mentionAtPoint(index, event.clientX, event.clientY);
    if (!mention) {
      if (shown()) close();
      return;
    }
    if (sameMention(mention, shown())) return; // the second tap does what the page does
    open(mention);
    const link = event.target instanceof Element && event.target.closest('a[href], area[href]');
    if (link) event.preventDefault();
  });

  window.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true, signal });
  window.addEventListener('click', onClick, { capture: true, signal });
}
