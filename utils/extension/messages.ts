/**
 * Messages between the extension's parts, named by direction. Each is parsed with zod/mini where it is
 * received, so a malformed message is ignored rather than trusted.
 */
import * as z from 'zod/mini';
import type { EntityCounts } from '@/utils/entity-counts';

export type { EntityCounts };

const entityCounts: z.ZodMiniType<EntityCounts> = z.record(z.string(), z.number().check(z.int(), z.gte(0)));

/** A captured page: the library page checks it again (length, duplicates) before anything is saved. */
const capturedDraft = z.object({
  title: z.string().check(z.maxLength(2000)),
  text: z.string().check(z.maxLength(8 * 1024 * 1024)),
  site: z.optional(z.string().check(z.maxLength(200))),
  url: z.optional(z.string().check(z.maxLength(2048))),
  published: z.optional(z.string().check(z.maxLength(40))),
});

/** Content script or extension page → background. */
export const toBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('context-cards:ping') }),
  /** A frame's distinct entities and their mention counts (empty when none or switched off). */
  z.object({ type: z.literal('context-cards:found'), counts: entityCounts }),
  /**
   * Open the article view, at a fact's passage when given: the bundled article, or the library document
   * the fact (or `documentId`) belongs to (`article.html?doc=<id>#fact-<id>`).
   */
  z.object({
    type: z.literal('context-cards:open-article'),
    factId: z.optional(z.string()),
    documentId: z.optional(z.string()),
  }),
  /** A card's "Hide <name>": mute the entity everywhere. */
  z.object({ type: z.literal('context-cards:mute-entity'), entityId: z.string().check(z.minLength(1)) }),
  /** A card's "Turn off on this site": the page's URL (the top page's, from a frame). */
  z.object({ type: z.literal('context-cards:turn-off-site'), url: z.string().check(z.minLength(1)) }),
  /** The popup asks for a tab's mention counts, all frames together. */
  z.object({ type: z.literal('context-cards:tab-counts'), tabId: z.number().check(z.int()) }),
  /** The popup's "Add this page to the library": capture the tab's article. */
  z.object({ type: z.literal('context-cards:capture-page'), tabId: z.number().check(z.int()) }),
  /** The capture script (entrypoints/capture.ts): the tab's article as a draft for the library page. */
  z.object({ type: z.literal('context-cards:captured'), draft: capturedDraft }),
  /** The library's switched-on entities, for the matcher (utils/extension/library-store.ts). */
  z.object({ type: z.literal('context-cards:active-entities') }),
  /**
   * A card's entity and its facts grouped by switched-on document: { entity, documents } (library-store.ts);
   * the reader's own documents only where the reader showed them on that tab (library-shown.ts).
   */
  z.object({ type: z.literal('context-cards:card-facts'), entityId: z.string().check(z.minLength(1)) }),
  /**
   * The popup's "Show names from my documents": on the reader's click only, this tab's page (every frame)
   * also highlights the names of the documents the reader added, until the tab leaves the site.
   */
  z.object({ type: z.literal('context-cards:show-library'), tabId: z.number().check(z.int()), shown: z.boolean() }),
  /**
   * Whether the reader's documents are shown on a tab: { shown: boolean }. The popup names the tab; a frame
   * asks for its own (no tabId).
   */
  z.object({ type: z.literal('context-cards:library-shown'), tabId: z.optional(z.number().check(z.int())) }),
  /** A frame asks for one of the extension's scripts to be run in it (only those listed in INJECTABLE). */
  z.object({ type: z.literal('context-cards:inject'), part: z.enum(['card-ui', 'engine']) }),
]);
export type ToBackground = z.infer<typeof toBackgroundSchema>;

/** The scripts a frame may ask for, by part: nothing else of the extension is ever run on request. */
export const INJECTABLE: Record<Extract<ToBackground, { type: 'context-cards:inject' }>['part'], string> = {
  'card-ui': '/card-ui.js',
  // The mention engine, asked for by the every-page script once its prefilter saw a name (first-look.ts).
  engine: '/content-engine.js',
};

/** Background or popup → a tab's top-frame content script. */
export const toContentSchema = z.discriminatedUnion('type', [
  /** Keyboard command: move to the next or previous mention and open its card. */
  z.object({ type: z.literal('context-cards:navigate'), direction: z.enum(['next', 'previous']) }),
  /** Popup: scroll to the first mention of an entity and mark it active. */
  z.object({ type: z.literal('context-cards:show'), entityId: z.string() }),
  /** Popup: what this page is (for the site switch). */
  z.object({ type: z.literal('context-cards:page-info') }),
  /** Background, to every frame: look for the names of the reader's own documents too, or stop. */
  z.object({ type: z.literal('context-cards:use-library'), shown: z.boolean() }),
]);
export type ToContent = z.infer<typeof toContentSchema>;

export interface Pong {
  type: 'context-cards:pong';
  version: string;
}

export interface PageInfo {
  url: string;
  enabled: boolean;
}
