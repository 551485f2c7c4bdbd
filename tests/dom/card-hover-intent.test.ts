// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '@/utils/dom/hover-intent';
import type { PageMention } from '@/utils/dom/mention-index';

function mention(entityId: string): PageMention {
  const text = document.createTextNode(`${entityId} text`);
  return {
    entityId,
    range: { startContainer: text, startOffset: 0, endContainer: text, endOffset: 4, collapsed: false } as StaticRange,
  };
}

describe('hover-intent', () => {
  let shown: PageMention | undefined;
  let byHover = true;
  const open = vi.fn((m: PageMention) => (shown = m));
  const close = vi.fn(() => (shown = undefined));
  let intent: HoverIntent;
  const a = mention('a');
  const b = mention('b');

  beforeEach(() => {
    vi.useFakeTimers();
    shown = undefined;
    byHover = true;
    open.mockClear();
    close.mockClear();
    intent = new HoverIntent({
      openDelay: () => 350,
      closeDelay: 300,
      shown: () => shown,
      closesOnLeave: () => byHover,
      open,
      close,
      // Fake time: vitest fakes setTimeout (the page timer's posted tasks are checked end to end).
      after: (ms, callback) => {
        const timer = setTimeout(callback, ms);
        return () => clearTimeout(timer);
      },
    });
  });

  afterEach(() => vi.useRealTimers());

  it('opens after the pointer rests on a mention for the delay, not before', () => {
    intent.update(a);
    vi.advanceTimersByTime(349);
    expect(open).not.toHaveBeenCalled();
    intent.update(a); // still there: the wait goes on, not restarts
    vi.advanceTimersByTime(1);
    expect(open).toHaveBeenCalledWith(a);
  });

  it('counts the frame latency toward the delay', () => {
    intent.update(a, 16);
    vi.advanceTimersByTime(334);
    expect(open).toHaveBeenCalledOnce();
  });

  it('opens nothing on a quick pass', () => {
    intent.update(a);
    vi.advanceTimersByTime(100);
    intent.update(undefined);
    intent.update(b);
    vi.advanceTimersByTime(100);
    intent.update(undefined);
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });

  it('closes a moment after the pointer leaves both the mention and the card', () => {
    intent.update(a);
    vi.advanceTimersByTime(350);
    intent.update(undefined);
    vi.advanceTimersByTime(299);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledOnce();
  });

  it('stays open while the pointer travels from the mention into the card', () => {
    intent.update(a);
    vi.advanceTimersByTime(350);
    intent.update(undefined); // the gap between mention and card
    vi.advanceTimersByTime(150);
    intent.update('card');
    vi.advanceTimersByTime(1000);
    intent.update(a);
    vi.advanceTimersByTime(1000);
    expect(close).not.toHaveBeenCalled();
  });

  it('replaces the card when the pointer rests on another mention', () => {
    intent.update(a);
    vi.advanceTimersByTime(350);
    intent.update(b);
    vi.advanceTimersByTime(350);
    expect(open).toHaveBeenLastCalledWith(b);
    expect(close).not.toHaveBeenCalled();
  });

  it('leaves a card opened from the keyboard or by a tap alone when the pointer moves away', () => {
    shown = a;
    byHover = false;
    intent.update(undefined);
    vi.advanceTimersByTime(1000);
    expect(close).not.toHaveBeenCalled();
  });

  it('forgets a pending open when cancelled', () => {
    intent.update(a);
    expect(intent.isPending).toBe(true);
    intent.cancel();
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });
});
