import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { InProcessBot } from '../e2e/in-process';
import { StaffBrowser } from '../e2e/staff-browser';

/** The one-time password every console test's account starts with, and the password chosen in its place. */
export const ONE_TIME = 'ABCDE-FGHJK-LMNPQ-RSTUV';
export const CHOSEN = 'kettle orchard lantern';

export interface SignedIn {
  context: BrowserContext;
  page: Page;
  /** The page's script errors and console errors, for a test to expect none. */
  errors: string[];
}

/**
 * A new member of staff (made through the store port, with a one-time password) signs in at the
 * console in English, changes the password, and is at the queue: returns once the queue is shown,
 * so a test never starts on a page still signing in. By keyboard (Enter on each button), or by
 * clicking (`mouse`).
 */
export async function signInToConsole(
  browser: Browser,
  bot: InProcessBot,
  login: string,
  name: string,
  o: { by?: 'keyboard' | 'mouse'; viewport?: { width: number; height: number } } = {},
): Promise<SignedIn> {
  await StaffBrowser.add(bot.app.store, login, name, ONE_TIME);
  const context = await browser.newContext(o.viewport ? { viewport: o.viewport } : {});
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The 401 of "who am I" before signing in, a case lookup's 404 and the favicon's are the browser's notes, not the page's errors.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  const press = (button: string) => (o.by === 'mouse' ? page.getByRole('button', { name: button, exact: true }).click() : page.getByRole('button', { name: button, exact: true }).press('Enter'));
  await page.goto(`${bot.url}/staff/console?lang=en`);
  await page.getByLabel('Name').fill(login);
  await page.getByLabel('Password', { exact: true }).fill(ONE_TIME);
  await press('Sign in');
  await page.getByLabel('Current password', { exact: true }).fill(ONE_TIME);
  await page.getByLabel('New password', { exact: true }).fill(CHOSEN);
  await press('Save the new password');
  await page.locator('#queue:not([hidden])').waitFor({ timeout: 60_000 });
  return { context, page, errors };
}
