import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionIndex } from '@/utils/dom/mention-index';

/** Placeholder until the mention engine lands: an index with no mentions. */
export async function wireEngine(_ctx: ContentScriptContext): Promise<MentionIndex> {
  return {
    all: () => [],
    at: () => undefined,
    counts: () => ({}),
    subscribe: () => () => {},
    lastDomChange: () => 0,
    setActive: () => {},
  };
}
