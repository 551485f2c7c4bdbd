import { describe, expect, it, vi } from 'vitest';
import { answerMessages, type ExtensionApi } from '@/utils/extension/extension-api';

type Listener = (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean;

function fakeApi() {
  const listeners = new Set<Listener>();
  const api = {
    runtime: {
      onMessage: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  } as unknown as ExtensionApi;
  return { api, listeners };
}

describe('extension-api answerMessages', () => {
  it('answers later through sendResponse, keeping the channel open (Chrome ignores a returned promise)', async () => {
    const { api, listeners } = fakeApi();
    answerMessages(api, (message) => (message === 'ask' ? Promise.resolve({ ok: true }) : undefined));
    const [listener] = [...listeners];
    const respond = vi.fn();
    expect(listener!('ask', {}, respond)).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(respond).toHaveBeenCalledWith({ ok: true });
  });

  it('leaves other messages to other listeners, answers a failure with nothing, and stops listening', async () => {
    const { api, listeners } = fakeApi();
    const stop = answerMessages(api, (message) => (message === 'fail' ? Promise.reject(new Error('no')) : undefined));
    const [listener] = [...listeners];
    const respond = vi.fn();
    expect(listener!('other', {}, respond)).toBe(false);
    expect(listener!('fail', {}, respond)).toBe(true);
    await new Promise((done) => setTimeout(done, 0));
    expect(respond).toHaveBeenCalledWith(undefined);
    stop();
    expect(listeners.size).toBe(0);
  });
});
