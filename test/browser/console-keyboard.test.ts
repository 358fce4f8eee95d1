/**
 * The staff console by keyboard: opening a conversation puts focus on it, going back puts focus
 * on the conversation left, and a live update of the list (another resident asking for a person)
 * leaves focus where it was instead of dropping it to the top of the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NewHandoff } from '../../src/store/ports';
import { startInProcess, type InProcessBot } from '../e2e/in-process';
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
});
