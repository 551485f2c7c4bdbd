import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionIndex } from '@/utils/dom/mention-index';
import type { CardController } from './card-wiring';

/** Placeholder until the badge and popup messages land. */
export function wireMessaging(_ctx: ContentScriptContext, _index: MentionIndex, _cards: CardController): void {}
