import { describe, expect, it } from 'vitest';
import { toBackgroundSchema } from '@/utils/extension/messages';

describe('messages', () => {
  it('accepts a ping sent to the background', () => {
    expect(toBackgroundSchema.safeParse({ type: 'context-cards:ping' }).success).toBe(true);
  });

  it.each([[null], ['context-cards:ping'], [{ type: 'ping' }], [{}]])('ignores a malformed message %j', (raw) => {
    expect(toBackgroundSchema.safeParse(raw).success).toBe(false);
  });
});
