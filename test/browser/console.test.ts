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
import { describeInBrowser, launch, seriousViolations, waitForTexts } from './browser';
import { signInToConsole } from './console-sign-in';

/** Where the screenshot of the console goes, when set (the note shows it). */
const SHOT = process.env.CONSOLE_SHOT;
const WAIT = { timeout: 90_000 };
const BOT_SAID = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';

/** Waits until the resident's chat shows a message from the bot (or staff, through it) matching `pattern`. */
async function residentSees(page: Page, pattern: RegExp): Promise<void> {
  await waitForTexts(page, BOT_SAID, pattern);
}

/** Types an answer and waits until the bot has said something more. */
async function residentAnswers(page: Page, text: string): Promise<void> {
  const before = await page.locator(BOT_SAID).count();
  await residentTypes(page, text);
  await waitForTexts(page, BOT_SAID, /(?:)/, before);
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

    const { context, page, errors } = await signInToConsole(browser, bot, 'rhian', 'Rhian Evans', { by: 'mouse', viewport: { width: 1100, height: 900 } });

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

  it('records the missing contact details on hand-back and files the complaint now; the resident sees the reference', async () => {
    const residentContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const resident = await residentContext.newPage();
    await resident.goto(`${bot.url}/`);
    await residentSees(resident, /Croeso/);
    // An English intake up to the contact question, where the resident asks for a person instead.
    for (const m of ['English', 'The boiler keeps breaking and nobody has come to fix it', 'Flat 3, 12 Park Road', '3 weeks ago', 'no', 'No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones']) await residentAnswers(resident, m);
    await residentTypes(resident, 'can I talk to someone real');
    await residentSees(resident, /I've asked for a member of staff to join this conversation/);

    const { context, page, errors } = await signInToConsole(browser, bot, 'alys', 'Alys Jones', { by: 'mouse', viewport: { width: 1100, height: 900 } });

    const item = page.locator('#queue-list li.state-waiting', { hasText: 'English' }).first();
    await item.waitFor(WAIT);
    await item.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('button', { name: 'Take this conversation' }).click();
    await page.locator('#handback-form').waitFor({ state: 'visible', ...WAIT });

    // The bot's answers so far are filled in; filing waits for what is missing, and says what.
    expect(await page.getByLabel('What went wrong').inputValue()).toBe('The boiler keeps breaking and nobody has come to fix it');
    expect(await page.locator('#f-contact').getByLabel('Name', { exact: true }).inputValue()).toBe('Sam Jones');
    const fileNow = page.getByRole('radio', { name: /File the complaint now/ });
    expect(await fileNow.isDisabled()).toBe(true);
    expect(await page.locator('#file-missing').textContent()).toBe('To file now, fill in: A phone number, email or postal address, Language for letters.');
    expect(await seriousViolations(page)).toEqual([]);

    // A wrong email comes back from the server, by its field, and takes focus (keyboard only from here).
    await page.getByLabel('Email', { exact: true }).fill('sam at example');
    await page.getByRole('group', { name: 'Language for letters' }).getByLabel('English').check();
    await fileNow.check();
    await page.getByLabel('Note for the record (not shown to the resident)').focus();
    await page.keyboard.type('Contact details taken on the phone');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#handback-errors').waitFor({ state: 'visible', ...WAIT });
    expect(await page.locator('#err-contact').textContent()).toBe('Give an email address, for example name@example.com.');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('handback-errors');
    expect(await page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Email', { exact: true }).fill('sam@example.com');
    await page.getByRole('button', { name: 'Hand back to the assistant' }).press('Enter');
    await residentSees(resident, /automated assistant again[\s\S]*reference is CMP-/);
    expect(await page.locator('#message').textContent()).toMatch(/The assistant is filing the complaint/);

    const [filed] = await bot.app.store.cases.byUser((await bot.app.store.cases.listWithEvents()).at(-1)!.record.userKey);
    expect(filed.details.contact).toMatchObject({ name: 'Sam Jones', email: 'sam@example.com', letterLanguage: 'en' });
    const back = (await bot.app.store.handoffs.eventsAfter(0, 200)).filter((e) => e.kind === 'handed_back' && e.actor === 'person:alys');
    expect(back).toEqual([expect.objectContaining({ data: { note: 'Contact details taken on the phone', resume: { answers: { contact: { anonymous: false, name: 'Sam Jones', email: 'sam@example.com', letterLanguage: 'en' } }, file: true } } })]);
    expect(errors).toEqual([]);
    await context.close();
    await residentContext.close();
  });

  // Found trying a shift with three conversations taken: the queue marks a resident's emergency,
  // but the queue is hidden while the officer has another conversation open, replying to it.
  it('tells an officer in one conversation of an emergency in another they have taken, and takes them to it', async () => {
    const store = bot.app.store.handoffs;
    const at = new Date().toISOString();
    const open = async (key: string, language: 'cy' | 'en', takenBy: string) => {
      const { handoff } = await store.open({ conversationKey: `test:${key}`, conversationRef: {}, channelId: 'test', language, reason: 'asked', at, caseReference: null, context: {}, state: 'waiting', callback: null });
      await store.accept(handoff.id, takenBy, at);
      return handoff;
    };
    const { context, page, errors } = await signInToConsole(browser, bot, 'sian', 'Siân Morgan', { by: 'mouse', viewport: { width: 1100, height: 900 } });
    const replying = await open('alarm-a', 'en', 'person:sian');
    const hers = await open('alarm-b', 'cy', 'person:sian');
    const colleagues = await open('alarm-c', 'en', 'person:alys');
    await page.locator(`#queue-list li[data-handoff="${replying.id}"]`).getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('#reply-form').waitFor({ state: 'visible', ...WAIT });
    expect(await page.locator('#alerts-elsewhere').textContent()).toBe('');

    await store.appendEvent(colleagues.id, 'resident_message', 'resident', { text: 'I can smell gas', safety: ['gas'] }, at);
    await store.appendEvent(hers.id, 'resident_message', 'resident', { text: 'Mae arogl nwy yn y gegin', safety: ['gas'] }, at);
    const alert = page.locator('#alerts-elsewhere .safety-alert');
    await alert.waitFor(WAIT);
    // Hers only: a colleague's conversation is theirs to answer (their queue marks it).
    expect((await page.locator('#alerts-elsewhere').innerText()).trim()).toMatch(
      /^Emergency or safety concern in another conversation you have taken: the assistant has given the resident the emergency instructions\. Read this first: “?Mae arogl nwy yn y gegin”? Open that conversation$/,
    );
    expect(await alert.locator('q').getAttribute('lang')).toBe('cy');
    expect(await seriousViolations(page)).toEqual([]);

    await alert.getByRole('button', { name: 'Open that conversation' }).press('Enter');
    await page.locator('#transcript-heading').waitFor(WAIT);
    await expect.poll(() => page.locator('#alerts-elsewhere .safety-alert').count(), WAIT).toBe(0);
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('conversation-heading');
    // Its own alarm is marked where it belongs: in the queue, until she writes.
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await expect.poll(() => page.locator(`#queue-list li[data-handoff="${hers.id}"] .safety-alert`).count(), WAIT).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
