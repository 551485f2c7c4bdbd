/**
 * Messages between the extension's parts, named by direction. Each is parsed with zod/mini where it is
 * received, so a malformed message is ignored rather than trusted.
 */
import * as z from 'zod/mini';

export const toBackgroundSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('context-cards:ping') })]);
export type ToBackground = z.infer<typeof toBackgroundSchema>;

export interface Pong {
  type: 'context-cards:pong';
  version: string;
}
