// Renders assets/icon.svg to the PNG sizes the stores ask for, into public/icon/ (WXT picks them up).
// Run by hand after changing the SVG: `npx tsx scripts/render-icons.ts`.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { resolveChromium } from '../tests/e2e/browser-path';

const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: resolveChromium() });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
