import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../e2e/server';
import { describeInBrowser, launch, seriousViolations, waitForTexts, watchForViolations } from './browser';

// A resident, in Chromium, on the page `npm start` serves, through the server's own Direct Line:
// typing and clicking as a person would, until the reference is on screen.
const SHOTS = process.env.WEBCHAT_SHOTS_DIR;
const BOT_SAID = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';

describeInBrowser('a whole complaint in the browser', () => {
  let bot: RunningBot;
  let browser: Browser;
  beforeAll(async () => {
    [bot, browser] = await Promise.all([startBot({ WEBCHAT_LANDLORD_NAME: 'Tai Enghraifft' }), launch()]);
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  /** Waits for a bot message after the first `seen` to match, and returns how many there are now. */
  const botSays = (page: Page, pattern: RegExp, seen: number): Promise<number> => waitForTexts(page, BOT_SAID, pattern, seen);

  async function type(page: Page, text: string): Promise<void> {
    const box = page.locator('.webchat__send-box-text-box__input');
    await box.click();
    await box.fill(text);
    await box.press('Enter');
  }

  const click = (page: Page, label: string) => page.locator('.webchat__suggested-action', { hasText: label }).first().click();

  async function open(): Promise<{ page: Page; problems: () => Promise<string[]> }> {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const problems = await watchForViolations(page);
    await page.goto(`${bot.url}/`);
    return { page, problems };
  }

  it('in Welsh, with a reload part way through', async () => {
    const { page, problems } = await open();
    let n = await botSays(page, /Croeso/, 0);
    expect(await seriousViolations(page)).toEqual([]);
    await click(page, 'Cymraeg');
    n = await botSays(page, /Beth sydd wedi mynd o'i le/, n);
    await type(page, "Ma'r boeler wedi torri eto a does neb wedi dod i'w drwsio");
    n = await botSays(page, /Ble mae'r broblem/, n);
    await type(page, 'Fflat 2, 5 Heol y Castell');
    n = await botSays(page, /Pryd ddigwyddodd hyn/, n);
    expect(await seriousViolations(page)).toEqual([]);

    // A reload carries on the same conversation, at the same question.
    await page.reload();
    n = await botSays(page, /Pryd ddigwyddodd hyn/, 0);
    await type(page, 'wythnos diwethaf');
    n = await botSays(page, /rhoi gwybod i ni am hyn o'r blaen/, n);
    for (const [answer, next] of [
      ['naddo', /effeithio arnoch chi/],
      ['Dim dŵr poeth i fy mhlant', /hawliad llys/],
      ['nac oes', /unioni pethau/],
      ['trwsio', /haws i chi/],
      ['dim', /Ai chi yw'r preswylydd/],
      ['fi', /Beth yw eich enw/],
      ['Siân Owen', /Sut gallwn ni gysylltu/],
      ['sian@enghraifft.cymru', /Ym mha iaith/],
      ['Cymraeg', /Dyma beth sydd gen i/],
    ] as const) {
      await type(page, answer);
      n = await botSays(page, next, n);
    }
    await click(page, 'Ydw');
    await botSays(page, /Eich cyfeirnod yw CMP-\w{4}-\w{4}/, n);
    await expect.poll(() => page.locator(BOT_SAID, { hasText: /CMP-\w{4}-\w{4}/ }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/complaint-cy-phone.png` });
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  it('in English, switching the page first', async () => {
    const { page, problems } = await open();
    let n = await botSays(page, /Croeso/, 0);
    await page.locator('[data-lang="en"]').click();
    // The page's switch tells the bot the language as well. Where the bot is asking "Cymraeg /
    // English?", that answers it and its buttons go, so "English" is clicked only while it is
    // still offered (clicking it after the switch would wait for a button that may be gone).
    const english = page.locator('.webchat__suggested-action', { hasText: 'English' }).first();
    await expect
      .poll(
        async () => {
          const texts = await page.locator(BOT_SAID).allInnerTexts();
          if (/What has gone wrong/.test(texts.slice(n).join('\n'))) return true;
          if (await english.isVisible()) await english.click({ timeout: 5_000 }).catch(() => undefined);
          return false;
        },
        { timeout: 90_000, interval: 500 },
      )
      .toBe(true);
    n = await botSays(page, /What has gone wrong/, n);
    for (const [answer, next] of [
      // No room named: one named answers 'where?' (since the twelfth session), and this walk answers it.
      ['Damp keeps coming back on the walls', /Where/],
      ['14 Mill Lane', /When did it happen/],
      ['last week', /reported this to us before/],
      ['no', /affected/],
      ['mould on the walls', /court/],
      ['no', /put things right/],
      ['repair', /easier for you/],
      ['none', /resident/],
      ['me', /name/],
      ['anonymous', /Here's what I've got/],
    ] as const) {
      await type(page, answer);
      n = await botSays(page, next, n);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await click(page, 'Yes');
    await botSays(page, /Your reference is CMP-\w{4}-\w{4}/, n);
    expect(await seriousViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/complaint-en-phone.png` });
    expect(await problems()).toEqual([]);
    await page.context().close();
  });
});
