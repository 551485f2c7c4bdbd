// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ScriptContext } from '@/utils/dom/script-context';

describe('script-context', () => {
  it('ends an older copy when a newer one starts in the frame, and calls back once', () => {
    const older = new ScriptContext('content-engine');
    const ended = vi.fn();
    older.onInvalidated(ended);
    const other = new ScriptContext('card-ui');
    expect(older.isValid).toBe(true);
    const newer = new ScriptContext('content-engine');
    expect(older.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
    newer.invalidate();
    other.invalidate();
  });

  it('forgets a callback when asked, and calls one added after the end at once', () => {
    const context = new ScriptContext('test');
    const forgotten = vi.fn();
    context.onInvalidated(forgotten)();
    context.invalidate();
    expect(forgotten).not.toHaveBeenCalled();
    const late = vi.fn();
    context.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('ends once the extension it came from is gone (reloaded or updated)', () => {
    const context = new ScriptContext('test');
    const ended = vi.fn();
    context.onInvalidated(ended);
    const scope = globalThis as { browser?: unknown; chrome?: unknown };
    const { browser, chrome } = scope;
    try {
      // What a content script of a reloaded extension sees: the API without its id.
      vi.stubGlobal('browser', { runtime: {} });
      vi.stubGlobal('chrome', { runtime: {} });
      expect(context.isValid).toBe(false);
      expect(ended).toHaveBeenCalledTimes(1);
    } finally {
      vi.stubGlobal('browser', browser);
      vi.stubGlobal('chrome', chrome);
    }
  });
});
