/**
 * The staff console in headless Chromium against the production app: a member of staff whose
 * account was made through the store port signs in at /staff/console, changes the one-time
 * password, takes a waiting Welsh conversation, replies in Welsh and hands it back, while a
 * second page, the website chat at `/` (Web Chat on the server's own Direct Line), plays the
 * resident who asks, reads and answers.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startInProcess, type InProcessBot } from '../e2e/in-process';
import { StaffBrowser } from '../e2e/staff-browser';
import { describeInBrowser, launch } from './browser';

/** Where the screenshot of the console goes, when set (the note shows it). */
const SHOT = process.env.CONSOLE_SHOT;
const WAIT = { timeout: 90_000 };
const BOT_SAID = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';

/** Waits until the resident's chat shows a message from the bot (or staff, through it) matching `pattern`. */
async function residentSees(page: Page, pattern: RegExp): Promise<void> {
  await expect.poll(async () => (await page.locator(BOT_SAID).allInnerTexts()).join('\n'), { timeout: 90_000, interval: 500 }).toMatch(pattern);
}

async function residentTypes(page: Page, text: string): Promise<void> {
  const box = page.locator('.webchat__send-box-text-box__input');
  await box.click();
  await box.fill(text);
  await box.press('Enter');
}

describeInBrowser('the staff console in Chromium', () => {
  let bot: InProcessBot;
  let browser: Browser;
  beforeAll(async () => {
    [bot, browser] = await Promise.all([startInProcess({ HANDOVER_STAFF_FIRST_NAME: 'true', MESSAGE_RATE_LIMIT: '0' }), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  it('signs in, changes the one-time password, takes a Welsh conversation, replies in Welsh and hands it back, live', async () => {
    const residentContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const resident = await residentContext.newPage();
    await resident.goto(`${bot.url}/`);
    await residentSees(resident, /Croeso/);
    await residentTypes(resident, 'Cymraeg');
    await residentSees(resident, /Beth sydd wedi mynd o'i le/);
    await residentTypes(resident, 'siarad â pherson');
    await residentSees(resident, /Rydw i wedi gofyn i aelod o staff ymuno â'r sgwrs hon/);

    await StaffBrowser.add(bot.app.store, 'rhian', 'Rhian Evans', 'ABCDE-FGHJK-LMNPQ-RSTUV');
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The 401 of "who am I" before signing in, and the favicon's 404, are the browser's notes, not the page's errors.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    await page.goto(`${bot.url}/staff/console?lang=en`);

    await page.getByLabel('Name').fill('rhian');
    await page.getByLabel('Password', { exact: true }).fill('ABCDE-FGHJK-LMNPQ-RSTUV');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Current password', { exact: true }).fill('ABCDE-FGHJK-LMNPQ-RSTUV');
    await page.getByLabel('New password', { exact: true }).fill('kettle orchard lantern');
    await page.getByRole('button', { name: 'Save the new password' }).click();

    // The queue: waiting time, language, reason, channel.
    const item = page.locator('#queue-list li.state-waiting').first();
    await item.waitFor(WAIT);
    expect(await item.textContent()).toMatch(/Waiting · Welsh · Asked for a person · on webchat.*waiting \d+ min/);
    await expect.poll(() => page.locator('#live').textContent(), WAIT).toBe('Live updates on');
    await item.getByRole('button', { name: 'Open' }).click();
    await page.locator('#transcript li.resident', { hasText: 'siarad â pherson' }).waitFor(WAIT);

    await page.getByRole('button', { name: 'Take this conversation' }).click();
    await page.locator('#reply-form').waitFor({ state: 'visible', ...WAIT });
    expect(await page.locator('#reply-language').textContent()).toMatch(/writing in Welsh/);
    await residentSees(resident, /Mae Rhian o'r tîm wedi ymuno â'r sgwrs/);

    await page.getByLabel('Your reply to the resident').fill("Bore da, Rhian sydd yma. Sut galla i'ch helpu chi?");
    await page.getByRole('button', { name: 'Send' }).click();
    await residentSees(resident, /Rhian \(aelod o staff\): Bore da, Rhian sydd yma\. Sut galla i'ch helpu chi\?/);
    await page.locator('#transcript li.staff', { hasText: 'Bore da, Rhian sydd yma' }).waitFor(WAIT);

    // The resident answers; the console shows it without a reload (the event stream).
    await residentTypes(resident, "Mae'r boeler wedi torri ers pythefnos");
    await page.locator('#transcript li.resident', { hasText: "Mae'r boeler wedi torri ers pythefnos" }).waitFor(WAIT);
    if (SHOT) {
      mkdirSync(dirname(SHOT), { recursive: true });
      await page.screenshot({ path: SHOT, fullPage: true });
    }

    await page.getByLabel('Note for the record (not shown to the resident)').fill('Boiler broken two weeks; the bot can take the complaint');
    await page.getByRole('button', { name: 'Hand back to the assistant' }).click();
    await residentSees(resident, /Rydych chi'n siarad â'r cynorthwyydd awtomatig eto/);
    await page.locator('#queue-list li.state-finished').first().waitFor(WAIT);
    expect(await page.locator('#message').textContent()).toBe('Handed back to the assistant.');

    const events = await bot.app.store.handoffs.eventsAfter(0, 100);
    expect(events.filter((e) => e.actor === 'person:rhian').map((e) => e.kind)).toEqual(['accepted', 'staff_message', 'handed_back']);
    // While Rhian had it the bot said nothing to the resident's answer: after "joined", only her reply until the hand-back.
    const said = await resident.locator(BOT_SAID).allInnerTexts();
    const joined = said.findIndex((t) => /Mae Rhian o'r tîm wedi ymuno/.test(t));
    const back = said.findIndex((t) => /cynorthwyydd awtomatig eto/.test(t));
    expect(said.slice(joined + 1, back).map((t) => t.trim())).toEqual(["Rhian (aelod o staff): Bore da, Rhian sydd yma. Sut galla i'ch helpu chi?"]);
    expect(errors).toEqual([]);
    await context.close();
    await residentContext.close();
  });
});
