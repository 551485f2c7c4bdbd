/**
 * Coalesces mouse movement into at most one hit-test per animation frame (DESIGN.md decision 2): the
 * passive listeners only record the latest point, and the frame callback hands it on. A frame right after
 * a page DOM change is skipped, because hit-testing then would force a layout the page has just
 * invalidated; a page that changes its DOM on every frame still gets one test per MAX_WAIT_MS.
 */
import { guarded } from './report-failure';

export interface PointerPoint {
  x: number;
  y: number;
  /** event.timeStamp of the latest move (performance.now() clock). */
  time: number;
}

export interface PointerFramesOptions {
  signal: AbortSignal;
  /** performance.now() of the page's last DOM change. */
  lastDomChange(): number;
  /** Called once per frame with the latest point, or undefined once the pointer has left the page. */
  onFrame(point: PointerPoint | undefined): void;
  /** Whether scrolling should re-test the resting point (a card is open or about to open). */
  wantsScroll(): boolean;
}

const FRAME_MS = 16;
const MAX_WAIT_MS = 200;

export function watchPointerFrames({ signal, lastDomChange, onFrame, wantsScroll }: PointerFramesOptions): void {
  let point: PointerPoint | undefined;
  let frame = 0;
  let waitingSince = 0;

  const tick = guarded('Hover', (now: number) => {
    frame = 0;
    const quiet = performance.now() - lastDomChange() >= FRAME_MS;
    if (!quiet && now - waitingSince < MAX_WAIT_MS) {
      frame = requestAnimationFrame(tick);
      return;
    }
    onFrame(point);
  });
  const schedule = () => {
    if (frame !== 0 || signal.aborted) return;
    waitingSince = performance.now();
    frame = requestAnimationFrame(tick);
  };

  const listen = { capture: true, passive: true, signal };
  window.addEventListener(
    'pointermove',
    (event) => {
      // Only the reader's own pointer: a page's scripts cannot hover names to open their cards.
      if (!event.isTrusted || event.pointerType !== 'mouse') return; // touch and pen open cards by tapping
      point = { x: event.clientX, y: event.clientY, time: event.timeStamp };
      schedule();
    },
    listen,
  );
  window.addEventListener(
    'pointerout',
    (event) => {
      if (!event.isTrusted || event.pointerType !== 'mouse' || event.relatedTarget !== null) return;
      point = undefined; // left the page
      schedule();
    },
    listen,
  );
  // Scrolling moves the text under a resting pointer without any pointer event.
  window.addEventListener(
    'scroll',
    () => {
      if (point && wantsScroll()) schedule();
    },
    listen,
  );
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
}
