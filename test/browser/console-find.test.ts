/**
 * Finding a case at the console, by keyboard, as a contact-centre officer does on the phone: the
 * reference typed as the resident reads it out (lower case, spaces), the case shown with focus on
 * it, its open conversation one key press away; a wrong reference said next to the field. The
 * queue shows each waiting resident's last words as text (a resident's markup stays words), in
 * both languages, with no serious accessibility violation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startInProcess, type InProcessBot } from '../e2e/in-process';
import { file } from '../staff/helpers';
import { describeInBrowser, launch, seriousViolations } from './browser';
import { signInToConsole } from './console-sign-in';

const WAIT = { timeout: 60_000 };

describeInBrowser('finding a case at the staff console', () => {
  let bot: InProcessBot;
  let browser: Browser;
  beforeAll(async () => {
    [bot, browser] = await Promise.all([startInProcess({ STAFFED_HOURS: 'always' }), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  // A string, as the suite's TypeScript has no DOM types: the page runs it.
  const focusedId = (page: Page) => page.evaluate<string>(`(document.activeElement && document.activeElement.id) || ''`);

  it('finds a case by its reference as a resident reads it out, and opens its conversation, by keyboard', async () => {
    const reference = await file(bot.app, {
      language: 'cy',
      details: { description: 'Mae’r boeler wedi torri', location: 'Fflat 3, 12 Ffordd y Parc', contact: { anonymous: false, name: 'Siân Owen', phone: '07700 900456', letterLanguage: 'cy' } },
    });
    const anonymous = await file(bot.app, { details: { description: 'Broken lift', contact: { anonymous: true } } });
    const conversationKey = `test:find-${reference}`;
    await bot.app.store.transcripts.append([
      { conversationKey, at: new Date().toISOString(), direction: 'in', activityType: 'message', text: 'Helo', data: {} },
      { conversationKey, at: new Date().toISOString(), direction: 'in', activityType: 'message', text: 'Dal dim gwres <img src=x onerror="window.pwned=1">', data: {} },
    ]);
    const { handoff } = await bot.app.store.handoffs.open({
      conversationKey,
      conversationRef: { conversation: { id: conversationKey }, channelId: 'test', serviceUrl: 'http://localhost' },
      channelId: 'test',
      language: 'cy',
      reason: 'asked',
      at: new Date().toISOString(),
      caseReference: reference,
      context: { reason: 'asked', profileId: 'housing-ombudsman-code' },
      state: 'waiting',
      callback: null,
    });

    const { page, errors } = await signInToConsole(browser, bot, 'ffion', 'Ffion Hughes');

    // The queue: the resident's last words, as words, marked Welsh.
    const row = page.locator(`li[data-handoff="${handoff.id}"]`);
    await row.waitFor(WAIT);
    const said = row.locator('q');
    expect(await said.textContent()).toBe('Dal dim gwres <img src=x onerror="window.pwned=1">');
    expect(await said.getAttribute('lang')).toBe('cy');
    expect(await row.locator('img').count()).toBe(0);
    expect(await row.textContent()).toContain('Last message:');

    // A reference that is not one: said by the field, which keeps focus and is marked invalid.
    const box = page.getByRole('textbox', { name: 'Case reference' });
    await box.focus();
    await box.fill('CMP-2345-6789');
    await box.press('Enter');
    await page.getByText('No case has the reference CMP-2345-6789. Check it with the resident.').waitFor(WAIT);
    expect(await focusedId(page)).toBe('find-reference');
    expect(await box.getAttribute('aria-invalid')).toBe('true');

    // As read out on the phone: lower case, spaced, without "CMP".
    await box.fill(reference.slice(4).toLowerCase().replace('-', ' '));
    await box.press('Enter');
    const heading = page.getByRole('heading', { name: `Case ${reference}` });
    await heading.waitFor(WAIT);
    await expect.poll(() => focusedId(page), WAIT).toBe('find-result-heading');
    expect(await box.getAttribute('aria-invalid')).toBeNull();
    const found = (await page.locator('#find-case').textContent()) ?? '';
    for (const part of ['Complaint', 'Stage 1, open', 'Mae’r boeler wedi torri', 'Fflat 3, 12 Ffordd y Parc', 'Acknowledge by', 'working day', 'NameSiân Owen', 'Phone07700 900456', 'Received23 November 2026']) expect(found).toContain(part);
    expect(await seriousViolations(page)).toEqual([]);

    // Someone who stayed anonymous is said to have, not shown with blanks.
    await box.fill(anonymous);
    await box.press('Enter');
    await page.getByRole('heading', { name: `Case ${anonymous}` }).waitFor(WAIT);
    expect(await page.locator('#find-case').textContent()).toContain('Anonymous: the resident gave no name or contact details');
    await box.fill(reference);
    await box.press('Enter');
    await heading.waitFor(WAIT);

    // In Welsh, the same case in the console's new language.
    await page.getByRole('button', { name: /Cymraeg/ }).press('Enter');
    await page.getByRole('heading', { name: `Achos ${reference}` }).waitFor(WAIT);
    const cy = (await page.locator('#find-case').textContent()) ?? '';
    for (const part of ['Cwyn', 'Cam 1, ar agor', 'Cydnabod erbyn', 'diwrnod gwaith', 'Wedi dod i law23 Tachwedd 2026']) expect(cy).toContain(part);
    expect(await row.textContent()).toContain('Neges olaf:');
    expect(await seriousViolations(page)).toEqual([]);

    // Its conversation is waiting: one key press opens it, with focus on it.
    await page.getByRole('button', { name: 'Agor y sgwrs' }).press('Enter');
    await expect.poll(() => focusedId(page), WAIT).toBe('conversation-heading');
    expect(await page.evaluate<unknown>('window.pwned')).toBeUndefined();
    expect(errors).toEqual([]);
  }, 120_000);
});
