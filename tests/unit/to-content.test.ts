import { describe, expect, it } from 'vitest';
import { toContentSchema } from '@/utils/extension/messages';
import { readToContent } from '@/utils/extension/to-content';

const MESSAGES: unknown[] = [
  { type: 'context-cards:navigate', direction: 'next' },
  { type: 'context-cards:navigate', direction: 'previous' },
  { type: 'context-cards:navigate', direction: 'up' },
  { type: 'context-cards:navigate' },
  { type: 'context-cards:show', entityId: 'hamas' },
  { type: 'context-cards:show', entityId: 7 },
  { type: 'context-cards:show' },
  { type: 'context-cards:page-info' },
  { type: 'context-cards:page-info', extra: 'dropped' },
  { type: 'context-cards:use-library', shown: true },
  { type: 'context-cards:use-library', shown: false },
  { type: 'context-cards:use-library', shown: 'yes' },
  { type: 'context-cards:use-library' },
  { type: 'context-cards:found', counts: {} },
  { type: 'toString' },
  { type: 'constructor' },
  { type: 42 },
  {},
  [],
  null,
  undefined,
  'context-cards:page-info',
];

describe('to-content', () => {
  it('reads every message exactly as toContentSchema does, and refuses what it refuses', () => {
    for (const message of MESSAGES) {
      const parsed = toContentSchema.safeParse(message);
      expect({ message, read: readToContent(message) }).toEqual({
        message,
        read: parsed.success ? parsed.data : undefined,
      });
    }
  });
});
