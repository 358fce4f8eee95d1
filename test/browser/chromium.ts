import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { describe } from 'vitest';

/** Headless Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
const PATH = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));

/** Skipped, loudly, where there is no Chromium; under CI (CI set) they run and fail instead. */
export const describeInChromium: typeof describe = (() => {
  if (PATH || process.env.CI) return describe;
  console.warn('\n*** BROWSER TESTS SKIPPED: Chromium not found (set CHROMIUM_PATH, or install Debian\'s chromium). ***\n');
  return describe.skip;
})() as typeof describe;

export function launchChromium(): Promise<Browser> {
  if (!PATH) throw new Error('Chromium not found: set CHROMIUM_PATH');
  // --no-sandbox: containers run as root, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: PATH, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'], timeout: 120_000 });
}
