/**
 * Set in a frame's isolated world once the mention engine runs there (entrypoints/content-engine.ts): the
 * every-page script then leaves the page, and the popup's questions, to it.
 */
export const ENGINE_LOADED = Symbol.for('context-cards-engine');

export function engineLoaded(): boolean {
  return (globalThis as Record<symbol, unknown>)[ENGINE_LOADED] === true;
}
