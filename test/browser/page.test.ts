import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveInProcess, type ServedInProcess } from '../e2e/in-process';
import { failedStart } from '../e2e/server';
import { describeInBrowser, launch, seriousViolations, watchForViolations } from './browser';
import { fakeDirectLine, type FakeDirectLine } from './fake-direct-line';

// Run in the page, not in Node: this project's TypeScript has no DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, getComputedStyle: any, sessionStorage: any;

// The page on its own, against the production server, with Direct Line stood in for inside the
// browser: what the page does whatever is behind it (strings, switch, CSP, accessibility, reload).
const SHOTS = process.env.WEBCHAT_SHOTS_DIR;
/** A message as the transcript shows it (the same text is also in Web Chat's screen-reader live region). */
const bubble = (page: Page, text: string) => page.locator('.webchat__bubble__content', { hasText: text }).first();
const PHONE = { width: 360, height: 740 };

describeInBrowser('the chat page in Chromium', () => {
  let bot: ServedInProcess;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    [bot, browser] = await Promise.all([serveInProcess({ WEBCHAT_LANDLORD_NAME: 'Tai Enghraifft' }), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  async function open(viewport = PHONE): Promise<{ page: Page; fake: FakeDirectLine; problems: () => Promise<string[]> }> {
    context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = await watchForViolations(page);
    const fake = await fakeDirectLine(page, (text) => `Diolch / Thanks: ${text}`);
    fake.botSays('Croeso. Welcome.');
    await page.goto(`${bot.url}/`);
    await page.locator('.webchat__basic-transcript').first().waitFor({ timeout: 60_000 });
    await bubble(page, 'Croeso. Welcome.').waitFor({ timeout: 60_000 });
    return { page, fake, problems };
  }

  const say = async (page: Page, text: string) => {
    const box = page.locator('.webchat__send-box-text-box__input');
    await box.fill(text);
    await box.press('Enter');
    await bubble(page, `Diolch / Thanks: ${text}`).waitFor({ timeout: 60_000 });
  };

  it('is Welsh first and switches page, Web Chat and the bot to English and back, under its CSP, with no serious axe violations', async () => {
    const { page, fake, problems } = await open();
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.title()).toBe('Tai Enghraifft: gwneud cwyn');
    await expect.poll(() => page.locator('.webchat__send-box-text-box__input').getAttribute('placeholder'), { timeout: 30_000 }).toBe('Ysgrifennwch eich neges');
    expect(await page.getByRole('button', { name: 'Anfon' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await say(page, 'Mae dŵr yn dod drwy’r to');
    await say(page, 'Yn y gegin');
    expect(await page.locator('.webchat__basic-transcript__activity[lang="cy"]').count()).toBeGreaterThanOrEqual(3);
    expect(await seriousViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/chat-cy-phone.png` });

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('.webchat__send-box-text-box__input').getAttribute('placeholder'), { timeout: 30_000 }).toBe('Type your message');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Tai Enghraifft: make a complaint');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => fake.posted.filter((a) => a.type === 'event').map((a) => [a.name, a.value, a.locale]), { timeout: 30_000 }).toEqual([['language', 'en', 'en-GB']]);
    await say(page, 'The ceiling is leaking');
    expect(await page.locator('.webchat__basic-transcript__activity[lang="en"]').count()).toBeGreaterThanOrEqual(2);
    expect(await seriousViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/chat-en-phone.png` });

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expect.poll(() => fake.posted.filter((a) => a.type === 'event').map((a) => a.value), { timeout: 30_000 }).toEqual(['en', 'cy']);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it('works by keyboard alone: the skip link first, then straight to the send box', async () => {
    const { page, fake } = await open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('webchat__send-box-text-box__input');
    await page.keyboard.type('Dim gwres');
    await page.keyboard.press('Enter');
    await bubble(page, 'Diolch / Thanks: Dim gwres').waitFor({ timeout: 60_000 });
    // Back to the switch by Tab and Shift+Tab, and press it with the space bar.
    await page.locator('[data-lang="en"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => fake.posted.some((a) => a.type === 'event' && a.value === 'en'), { timeout: 30_000 }).toBe(true);
    await context.close();
  });

  it('loses nothing at 320 px wide (400% zoom of a 1280 px window)', async () => {
    const { page } = await open({ width: 320, height: 256 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const name of ['Cymraeg', 'English']) {
      const b = await page.getByRole('button', { name }).boundingBox();
      expect(b!.x + b!.width, name).toBeLessThanOrEqual(320);
    }
    await page.locator('.webchat__send-box-text-box__input').scrollIntoViewIfNeeded();
    expect(await page.locator('.webchat__send-box-text-box__input').isVisible()).toBe(true);
    await say(page, 'Mae’r boeler wedi torri');
    await context.close();
  });

  // Found trying the page: "English" tapped in the chat changed the bot's language, while the page
  // stayed Welsh ("Ysgrifennwch eich neges", Welsh times): it now follows the bot's reply's locale.
  it('follows a language chosen in the conversation, without telling the bot again', async () => {
    const { page, fake } = await open();
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    fake.botSays("Thank you. I'll carry on in English.", { locale: 'en-GB' });
    await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: 30_000 }).toBe('en');
    await expect.poll(() => page.locator('.webchat__send-box-text-box__input').getAttribute('placeholder'), { timeout: 30_000 }).toBe('Type your message');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(fake.posted.filter((a) => a.type === 'event')).toEqual([]);
    fake.botSays('Diolch. Fe wna i barhau yn Gymraeg.', { locale: 'cy-GB' });
    await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: 30_000 }).toBe('cy');
    await context.close();
  });

  it('carries on the same conversation after a reload, in the language chosen', async () => {
    const { page, fake } = await open();
    await say(page, 'Cyn ail-lwytho');
    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    await bubble(page, 'Diolch / Thanks: Cyn ail-lwytho').waitFor({ timeout: 60_000 });
    expect(fake.tokensMinted).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('complaints-chat.connection')!));
    expect(stored).toMatchObject({ token: 'token-1', conversationId: 'fake-conversation' });
    await say(page, 'After the reload');
    await context.close();
  });
});

describe('branding refused at start-up', () => {
  it.each([
    [{ WEBCHAT_TEXT_COLOUR: '#aaaaaa' }, /Cannot start: WEBCHAT_TEXT_COLOUR: #aaaaaa on WEBCHAT_BACKGROUND_COLOUR #ffffff has a contrast of 2\.32:1/],
    [{ WEBCHAT_ACCENT_COLOUR: '#ffcc00' }, /Cannot start: WEBCHAT_ACCENT_TEXT_COLOUR: #ffffff on WEBCHAT_ACCENT_COLOUR #ffcc00/],
  ])('%j stops the bot with a message naming the setting', async (env, message) => {
    const r = await failedStart(env);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(message);
  });
});

if (SHOTS) mkdirSync(SHOTS, { recursive: true });
