import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionIndex } from '@/utils/dom/mention-index';

/** Placeholder until the badge and popup messages land. */
export function wireMessaging(_ctx: ContentScriptContext, _index: MentionIndex): void {}
