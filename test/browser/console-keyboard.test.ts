/**
 * The staff console by keyboard: opening a conversation puts focus on it, going back puts focus
 * on the conversation left, and a live update of the list (another resident asking for a person)
 * leaves focus where it was instead of dropping it to the top of the page. A long conversation's
 * events and messages: the latest page, earlier ones by "Show earlier" ("Show earlier messages"),
 * kept through live updates.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NewHandoff } from '../../src/store/ports';
import { startInProcess, type InProcessBot } from '../e2e/in-process';
import { EVENTS_SHOWN, MESSAGES_SHOWN } from '../../src/handoff/api';
import { describeInBrowser, launch } from './browser';
import { signInToConsole } from './console-sign-in';

const WAIT = { timeout: 60_000 };

describeInBrowser('the staff console by keyboard', () => {
  let bot: InProcessBot;
  let browser: Browser;
  beforeAll(async () => {
    [bot, browser] = await Promise.all([startInProcess({ STAFFED_HOURS: 'always' }), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  const waiting = (n: number, language: 'cy' | 'en'): NewHandoff => ({
    conversationKey: `test:keyboard-${n}`,
    conversationRef: { conversation: { id: `keyboard-${n}` }, channelId: 'test', serviceUrl: 'http://localhost' },
    channelId: 'test',
    language,
    reason: 'asked',
    at: new Date().toISOString(),
    caseReference: null,
    context: { reason: 'asked', profileId: 'housing-ombudsman-code' },
    state: 'waiting',
    callback: null,
  });

  // A string, as the suite's TypeScript has no DOM types: the page runs it.
  const focused = (page: Page) =>
    page.evaluate<{ id: string; row: string }>(`(() => {
      const e = document.activeElement;
      const li = e && e.closest('li');
      return { id: (e && e.id) || '', row: (li && li.dataset.handoff) || '' };
    })()`);

  it('keeps focus on what staff were doing as they open, leave and watch conversations', async () => {
    const first = await bot.app.store.handoffs.open(waiting(1, 'cy'));
    const { page } = await signInToConsole(browser, bot, 'gwen', 'Gwen Davies');

    const open = page.getByRole('button', { name: 'Open' });
    await open.first().waitFor(WAIT);
    await open.first().press('Enter');
    await page.getByRole('heading', { name: 'Conversation', exact: true }).waitFor(WAIT);
    await expect.poll(() => focused(page), WAIT).toEqual({ id: 'conversation-heading', row: '' });

    await page.getByRole('button', { name: 'Back to the list' }).press('Enter');
    await expect.poll(() => focused(page), WAIT).toEqual({ id: '', row: String(first.handoff.id) });

    // Another resident asks for a person: the list is rebuilt live, with focus where it was.
    await bot.app.store.handoffs.open(waiting(2, 'en'));
    await expect.poll(() => open.count(), WAIT).toBe(2);
    expect(await focused(page)).toEqual({ id: '', row: String(first.handoff.id) });
  }, 120_000);

  it('shows a long conversation’s latest events, and earlier ones a page at a time by keyboard, kept through live updates', async () => {
    const { handoff } = await bot.app.store.handoffs.open(waiting(3, 'cy'));
    const at = new Date().toISOString();
    for (let n = 1; n <= EVENTS_SHOWN + 5; n++) await bot.app.store.handoffs.appendEvent(handoff.id, 'resident_message', 'resident', { text: `neges ${n}` }, at);
    const { page, errors } = await signInToConsole(browser, bot, 'owain', 'Owain Price');
    await page.locator(`li[data-handoff="${handoff.id}"] button`).press('Enter');
    const steps = page.locator('#steps li');
    await expect.poll(() => steps.count(), WAIT).toBe(EVENTS_SHOWN);
    expect(await steps.last().textContent()).toMatch(/^\d{1,2} \w+ \d{4} \d{2}:\d{2}: Message from the resident, by the resident$/);
    const earlier = page.getByRole('button', { name: 'Show earlier', exact: true });
    await earlier.press('Enter');
    await expect.poll(() => steps.count(), WAIT).toBe(EVENTS_SHOWN + 6);
    expect(await steps.first().textContent()).toMatch(/: Asked for a person, by the assistant$/);
    // All shown: the button goes, and focus goes to the list's heading, not the top of the page.
    expect(await earlier.isHidden()).toBe(true);
    await expect.poll(() => focused(page), WAIT).toEqual({ id: 'steps-heading', row: '' });
    // A live update (the resident writes) re-reads the latest page only: the earlier ones stay.
    await bot.app.store.handoffs.appendEvent(handoff.id, 'resident_message', 'resident', { text: 'helo eto' }, at);
    await expect.poll(() => steps.count(), WAIT).toBe(EVENTS_SHOWN + 7);
    expect(await steps.first().textContent()).toMatch(/Asked for a person/);
    expect(errors).toEqual([]);
  }, 120_000);

  it('shows a long conversation’s latest messages, and earlier ones by keyboard, kept through live updates', async () => {
    const { handoff } = await bot.app.store.handoffs.open(waiting(4, 'cy'));
    const at = new Date().toISOString();
    const said = (text: string) => ({ conversationKey: 'test:keyboard-4', at, direction: 'in' as const, activityType: 'message', text, data: {} });
    await bot.app.store.transcripts.append(Array.from({ length: MESSAGES_SHOWN + 5 }, (_, i) => said(`neges ${i + 1}`)));
    const { page, errors } = await signInToConsole(browser, bot, 'ceri', 'Ceri Lloyd');
    await page.locator(`li[data-handoff="${handoff.id}"] button`).press('Enter');
    const lines = page.locator('#transcript li');
    await expect.poll(() => lines.count(), WAIT).toBe(MESSAGES_SHOWN);
    expect(await lines.first().textContent()).toBe('Resident' + 'neges 6');
    const earlier = page.getByRole('button', { name: 'Show earlier messages', exact: true });
    await earlier.press('Enter');
    await expect.poll(() => lines.count(), WAIT).toBe(MESSAGES_SHOWN + 5);
    expect(await lines.first().textContent()).toBe('Resident' + 'neges 1');
    expect(await earlier.isHidden()).toBe(true);
    await expect.poll(() => focused(page), WAIT).toEqual({ id: 'transcript-heading', row: '' });
    // A live update re-reads the latest page only: the earlier messages stay, the new one is last.
    await bot.app.store.transcripts.append([said('helo eto')]);
    await bot.app.store.handoffs.appendEvent(handoff.id, 'resident_message', 'resident', { text: 'helo eto' }, at);
    await expect.poll(() => lines.count(), WAIT).toBe(MESSAGES_SHOWN + 6);
    expect(await lines.first().textContent()).toBe('Resident' + 'neges 1');
    expect(await lines.last().textContent()).toBe('Resident' + 'helo eto');
    expect(errors).toEqual([]);
  }, 120_000);
});
