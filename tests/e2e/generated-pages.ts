/**
 * Pages generated at test time (never committed): served by a route under /engine/generated/.
 */
import type { BrowserContext } from '@playwright/test';

const NAMES = ['Hamas', 'Antony Blinken', 'the Knesset', 'UNRWA', 'Egypt', 'Amnesty International'];

/** `count` paragraphs, each naming one entity, about 40 px tall. */
export function longPage(count: number): string {
  const paragraphs = Array.from(
    { length: count },
    (_, i) => `<p id="p${i}">Paragraph ${i}: ${NAMES[i % NAMES.length]} was mentioned here.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long page</title>
<style>p { margin: 0; height: 40px }</style></head><body>${paragraphs.join('')}</body></html>`;
}

/**
 * The benchmark page of DESIGN.md: 20,000 paragraphs, about 3 MB of text, about 2,400 mentions (one in
 * every eighth paragraph), the rest plain prose with capitalised words that are not names.
 */
export function bigPage(): string {
  const filler =
    'Residents of the valley said on Tuesday that the new bridge, delayed for years by funding disputes, ' +
    'would open in Spring; the Council of Elders and local Traders welcomed it.';
  const paragraphs: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const name = i % 8 === 0 ? ` ${NAMES[(i / 8) % NAMES.length]} commented.` : '';
    paragraphs.push(`<p>${i}. ${filler}${name}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big page</title></head><body>
<main>${paragraphs.join('\n')}</main></body></html>`;
}

export async function serveGenerated(context: BrowserContext, origin: string, name: string, html: string) {
  await context.route(`${origin}/engine/generated/${name}`, (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  return `${origin}/engine/generated/${name}`;
}
