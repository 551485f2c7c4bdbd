/**
 * Hands a captured page's draft to the library page: the background keeps it in storage.session (memory
 * only) under a one-time key named in library.html's URL; the page takes it once and removes it.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Draft } from '@/utils/library/build-document';

const PREFIX = 'context-cards-draft-';

export const draftSchema = z.object({
  title: z.string().max(2000),
  text: z.string(),
  site: z.string().max(200).optional(),
  url: z.string().max(2048).optional(),
  published: z.string().max(40).optional(),
});

type SessionArea = typeof browser.storage.local;

/** storage.session where the browser has it (Chrome 102+, Firefox 115+), else storage.local. */
function area(): SessionArea {
  const storage = browser.storage as unknown as { session?: SessionArea; local: SessionArea };
  return storage.session ?? storage.local;
}

export async function keepCapturedDraft(draft: Draft): Promise<string> {
  const key = `${PREFIX}${crypto.randomUUID()}`;
  await area().set({ [key]: draftSchema.parse(draft) });
  return key.slice(PREFIX.length);
}

export async function takeCapturedDraft(id: string | null): Promise<Draft | undefined> {
  if (!id || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const key = `${PREFIX}${id}`;
  try {
    const stored = (await area().get(key))[key];
    await area().remove(key);
    const parsed = draftSchema.safeParse(stored);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
