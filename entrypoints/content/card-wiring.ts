import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionIndex } from '@/utils/dom/mention-index';

/** What the rest of the content script (keyboard command, popup) can ask of the cards. */
export interface CardController {
  /** Moves to the next or previous mention (from the active one), scrolls it into view, opens its card with focus inside. */
  navigate(direction: 'next' | 'previous'): void;
  /** Scrolls to the first mention of an entity and marks it active; false when the page has none. */
  reveal(entityId: string): boolean;
}

/** Placeholder until the fact cards land. */
export function wireCards(_ctx: ContentScriptContext, _index: MentionIndex): CardController {
  return { navigate: () => {}, reveal: () => false };
}
