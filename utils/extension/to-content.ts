/**
 * The messages a frame's engine receives (`toContentSchema` in messages.ts), checked by hand: the injected
 * engine does not evaluate zod (issue 11: building the schemas cost every frame with a name ~3 ms).
 * tests/unit/to-content.test.ts checks that this accepts exactly what `toContentSchema` accepts.
 */
import type { ToContent } from './messages';

type Fields = Record<string, unknown>;

/** Fails to compile when toContentSchema gains a message this file does not read. */
const READ: Record<ToContent['type'], true> = {
  'context-cards:navigate': true,
  'context-cards:show': true,
  'context-cards:page-info': true,
  'context-cards:use-library': true,
};

/** The message, keeping only its known fields, or undefined when it is not one of ToContent. */
export function readToContent(raw: unknown): ToContent | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const message = raw as Fields;
  if (typeof message.type !== 'string' || !Object.hasOwn(READ, message.type)) return undefined;
  switch (message.type) {
    case 'context-cards:navigate':
      return message.direction === 'next' || message.direction === 'previous'
        ? { type: message.type, direction: message.direction }
        : undefined;
    case 'context-cards:show':
      return typeof message.entityId === 'string' ? { type: message.type, entityId: message.entityId } : undefined;
    case 'context-cards:page-info':
      return { type: message.type };
    case 'context-cards:use-library':
      return typeof message.shown === 'boolean' ? { type: message.type, shown: message.shown } : undefined;
    default:
      return undefined;
  }
}
