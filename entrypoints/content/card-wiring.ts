import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionIndex } from '@/utils/dom/mention-index';

/** Placeholder until the fact cards land. */
export function wireCards(_ctx: ContentScriptContext, _index: MentionIndex): void {}
