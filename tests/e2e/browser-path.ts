import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium to drive: CHROMIUM_PATH if set, else Playwright's own build if installed
 * (`npx playwright install chromium`), else Debian's /usr/bin/chromium.
 */
export function resolveChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, playwrightChromium(), '/usr/bin/chromium'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      "No Chromium found: set CHROMIUM_PATH, run `npx playwright install chromium`, or install Debian's chromium (`apt-get install -y chromium`).",
    );
  }
  return found;
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
