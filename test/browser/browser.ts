import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { describe, expect } from 'vitest';

// Run in the page, not in Node: this project's TypeScript has no DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const window: any, document: any, MutationObserver: any;

/**
 * Headless Chromium for the browser tests: CHROMIUM_PATH, or chromium / chromium-browser /
 * google-chrome on PATH (Debian's `chromium` package puts it at /usr/bin/chromium).
 */
export function chromiumPath(): string | undefined {
  const set = process.env.CHROMIUM_PATH;
  if (set) return existsSync(set) ? set : undefined;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const found = chromiumPath();
const WHY = 'Chromium not found: set CHROMIUM_PATH, or install Debian\'s `chromium` package (.ci/run does)';

/**
 * describe for tests that need a browser: skipped, loudly, where Chromium cannot be found on a
 * developer's machine; under CI (CI set) they run and fail instead, so CI never skips them.
 */
export const describeInBrowser = (() => {
  // A browser test runs a whole conversation (58-80 s alone on the two-core machine); under a
  // loaded machine the suite's 120 s per test was too little, so these get six minutes.
  const timeout = 360_000;
  if (found || process.env.CI) return (name: string, fn: () => void) => describe(name, { timeout }, fn);
  console.warn(`\n${'!'.repeat(78)}\n  BROWSER TESTS SKIPPED: ${WHY}.\n${'!'.repeat(78)}\n`);
  return (name: string, fn: () => void) => describe.skip(name, { timeout }, fn);
})();

export async function launch(): Promise<Browser> {
  if (!found) throw new Error(WHY);
  // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: found, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'], timeout: 120_000 });
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core's serious and critical violations on the page as it stands (WCAG 2.0-2.2 A and AA
 * rules). axe is evaluated through the DevTools protocol, which the page's CSP does not govern,
 * so the page under test keeps its real policy.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Records the page's CSP violations (and uncaught errors) from the moment it loads. */
export async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e: { violatedDirective: string; blockedURI: string }) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

/**
 * Waits until more than `seen` elements match `selector` and the texts after the first `seen`
 * match `pattern`; returns how many there are then. Watches the page's DOM for changes rather
 * than polling (a 300-500 ms poll waited out half an interval on each of a conversation's forty
 * replies). Fails after `timeout` with the texts on screen.
 */
export async function waitForTexts(page: Page, selector: string, pattern: RegExp, seen = 0, timeout = 90_000): Promise<number> {
  const result: { ok: boolean; texts: string[] } = await page.evaluate(
    (a: { selector: string; source: string; flags: string; seen: number; timeout: number }) =>
      new Promise((resolve) => {
        const re = new RegExp(a.source, a.flags.replace(/[gy]/g, ''));
        const read = (): string[] => Array.from(document.querySelectorAll(a.selector), (e: { innerText: string }) => e.innerText);
        const observer = new MutationObserver(() => check());
        const timer = setTimeout(() => finish(false, read()), a.timeout);
        function finish(ok: boolean, texts: string[]) {
          observer.disconnect();
          clearTimeout(timer);
          resolve({ ok, texts });
        }
        function check() {
          const texts = read();
          if (texts.length > a.seen && re.test(texts.slice(a.seen).join('\n'))) finish(true, texts);
        }
        observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        check();
      }),
    { selector, source: pattern.source, flags: pattern.flags, seen, timeout },
  );
  if (!result.ok) expect(result.texts.slice(seen).join('\n'), `no ${selector} matching ${pattern} after the first ${seen} within ${timeout} ms`).toMatch(pattern);
  if (!result.ok) throw new Error(`only ${result.texts.length} ${selector} (wanted more than ${seen})`);
  return result.texts.length;
}
