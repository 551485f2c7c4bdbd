import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { toBackgroundSchema, type Pong } from '@/utils/extension/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw) => {
    const parsed = toBackgroundSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const pong: Pong = { type: 'context-cards:pong', version: browser.runtime.getManifest().version };
    return Promise.resolve(pong);
  });
});
