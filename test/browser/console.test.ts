/**
 * The staff console in headless Chromium against the production app: a member of staff whose
 * account was made through the store port signs in at /staff/console, changes the one-time
 * password, takes a waiting Welsh conversation, replies in Welsh and hands it back, while a
 * resident on the website chat (a Direct Line client over HTTP) asks, reads and answers.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ChatClient } from '../e2e/directline-client';
import { seen } from '../e2e/handover-flow';
import { startInProcess, type InProcessBot } from '../e2e/in-process';
import { StaffBrowser } from '../e2e/staff-browser';
import { describeInChromium, launchChromium } from './chromium';

/** Where the screenshot of the console goes, when set (the note shows it). */
const SHOT = process.env.CONSOLE_SHOT;
const WAIT = { timeout: 60_000 };

describeInChromium('the staff console in Chromium', () => {
  let bot: InProcessBot;
  let browser: Browser;
  beforeAll(async () => {
    [bot, browser] = await Promise.all([startInProcess({ HANDOVER_STAFF_FIRST_NAME: 'true', MESSAGE_RATE_LIMIT: '0' }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  it('signs in, changes the one-time password, takes a Welsh conversation, replies in Welsh and hands it back, live', async () => {
    const resident = new ChatClient(bot.url);
    await resident.start();
    await resident.say('Cymraeg');
    expect(await resident.say('siarad â pherson')).toMatch(/Rydw i wedi gofyn i aelod o staff ymuno â'r sgwrs hon/);

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
    await seen(resident, (a) => /^Mae Rhian o'r tîm wedi ymuno â'r sgwrs/.test(a.text ?? ''));

    await page.getByLabel('Your reply to the resident').fill("Bore da, Rhian sydd yma. Sut galla i'ch helpu chi?");
    await page.getByRole('button', { name: 'Send' }).click();
    const reply = await seen(resident, (a) => a.text === "Rhian (aelod o staff): Bore da, Rhian sydd yma. Sut galla i'ch helpu chi?");
    expect(reply.channelData).toMatchObject({ fromPerson: true });
    await page.locator('#transcript li.staff', { hasText: 'Bore da, Rhian sydd yma' }).waitFor(WAIT);

    // The resident answers; the console shows it without a reload (the event stream).
    expect(await resident.say("Mae'r boeler wedi torri ers pythefnos")).toBe('');
    await page.locator('#transcript li.resident', { hasText: "Mae'r boeler wedi torri ers pythefnos" }).waitFor(WAIT);
    if (SHOT) {
      mkdirSync(dirname(SHOT), { recursive: true });
      await page.screenshot({ path: SHOT, fullPage: true });
    }

    await page.getByLabel('Note for the record (not shown to the resident)').fill('Boiler broken two weeks; the bot can take the complaint');
    await page.getByRole('button', { name: 'Hand back to the assistant' }).click();
    await seen(resident, (a) => /Rydych chi'n siarad â'r cynorthwyydd awtomatig eto/.test(a.text ?? ''));
    await page.locator('#queue-list li.state-finished').first().waitFor(WAIT);
    expect(await page.locator('#message').textContent()).toBe('Handed back to the assistant.');

    const events = await bot.app.store.handoffs.eventsAfter(0, 100);
    expect(events.filter((e) => e.actor === 'person:rhian').map((e) => e.kind)).toEqual(['accepted', 'staff_message', 'handed_back']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
