/**
 * An officer works the queue of reviews residents asked for (exclusions disputed straight after
 * they were recorded) at the console, by keyboard: the oldest first with how long it has waited
 * and the resident's words, the case opened from it, the answer recorded (what is missing said by
 * its field first), and the review gone from the queue. English and Welsh, with axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startInProcess, type InProcessBot } from '../e2e/in-process';
import { file } from '../staff/helpers';
import { describeInBrowser, launch, seriousViolations } from './browser';
import { signInToConsole } from './console-sign-in';

const WAIT = { timeout: 60_000 };

describeInBrowser('reviews asked for, at the staff console', () => {
  let bot: InProcessBot;
  let browser: Browser;
  beforeAll(async () => {
    [bot, browser] = await Promise.all([startInProcess({ STAFFED_HOURS: 'always' }), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  const focusedId = (page: Page) => page.evaluate<string>(`(document.activeElement && document.activeElement.id) || ''`);

  it('lists the reviews oldest first, opens one and records its answer, by keyboard', async () => {
    const ask = (reference: string, words: string) =>
      bot.app.store.cases.recordEvent(reference, 'resident', (r) => ({ event: { type: 'review_requested', data: { words } }, stage: r.stage, state: r.state, listing: { next: null, basis: '-' }, result: null }));
    // Asked on Thursday 26 November; the officer looks on Wednesday 2 December.
    bot.clock.set('2026-11-26T15:00:00.000Z');
    const older = await file(bot.app, {
      kind: 'excluded',
      language: 'cy',
      details: { description: 'Mae gen i achos llys yn erbyn y landlord am y lleithder' },
      triage: { kind: 'excluded', reason: 'legal_proceedings', topic: 'court_claim_filed', clause: 'Code 2.2 (legal proceedings: claim filed at court)', urgent: false, safeguarding: false, language: 'cy', dissatisfied: true, signals: [] },
      deadlines: null,
    });
    await ask(older, "Dw i ddim yn cytuno, mae'n gŵyn");
    bot.clock.set('2026-11-27T09:00:00.000Z');
    const newer = await file(bot.app, {
      kind: 'excluded',
      details: { description: 'Parking on the estate' },
      triage: { kind: 'excluded', reason: 'legal_proceedings', topic: 'court_claim_filed', clause: 'Code 2.2 (legal proceedings: claim filed at court)', urgent: false, safeguarding: false, language: 'en', dissatisfied: true, signals: [] },
      deadlines: null,
    });
    await ask(newer, 'I think that is wrong');
    bot.clock.set('2026-12-01T16:00:00.000Z');
    const latest = await file(bot.app, { kind: 'excluded', details: { description: 'The council’s bins' }, deadlines: null });
    await ask(latest, 'I disagree');
    bot.clock.set('2026-12-02T12:00:00.000Z');
    const { page, errors } = await signInToConsole(browser, bot, 'ffion', 'Ffion Hughes');

    const items = page.locator('#reviews-list li');
    await expect.poll(() => items.count(), WAIT).toBe(3);
    expect(await items.first().textContent()).toBe(`${older} · asked 26 November 2026 · waiting 6 days (4 working days)Open the caseWhat they said: Dw i ddim yn cytuno, mae'n gŵyn`);
    expect(await items.first().locator('q').getAttribute('lang')).toBe('cy');
    expect(await items.nth(1).textContent()).toContain(`${newer} · asked 27 November 2026 · waiting 5 days (3 working days)`);
    expect(await items.nth(2).textContent()).toContain(`${latest} · asked 1 December 2026 · waiting 1 day (1 working day)`);
    expect(await seriousViolations(page)).toEqual([]);

    await items.first().getByRole('button', { name: 'Open the case' }).press('Enter');
    await page.getByRole('heading', { name: `Case ${older}` }).waitFor(WAIT);
    expect(await focusedId(page)).toBe('find-result-heading');
    const form = page.locator('#review-form');
    await form.waitFor({ state: 'visible', ...WAIT });
    expect(await page.locator('#review-asked').textContent()).toBe("Asked on 26 November 2026: Dw i ddim yn cytuno, mae'n gŵyn");
    expect(await page.getByLabel('Date the resident was told').inputValue()).toBe('2026-12-02');
    // Why the assistant did not take it: what the officer is asked to look at again.
    expect(await page.locator('#find-case').textContent()).toContain('Why it was not taken as a complaintLegal proceedings have started (Code 2.2 (legal proceedings: claim filed at court))');
    // Only complaints have stages: an exclusion takes a note and nothing else.
    expect(await page.getByLabel('What happened').locator('option').allTextContents()).toEqual(['Choose what happened', 'Note']);

    // Nothing chosen: said by each field, in a summary that takes focus.
    const button = page.getByRole('button', { name: 'Record the answer' });
    await button.press('Enter');
    await page.locator('#review-errors').waitFor({ state: 'visible', ...WAIT });
    expect(await focusedId(page)).toBe('review-errors');
    expect(await page.locator('#err-review-decision').textContent()).toBe('Choose the decision.');
    expect(await page.locator('#err-review-reason').textContent()).toBe('Why, as the resident was told: fill this in.');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('The exclusion stands').check();
    await page.getByLabel('Why, as the resident was told').fill('Noise between neighbours is for the antisocial behaviour team');
    await button.press('Enter');
    await expect.poll(() => page.locator('#record-done').textContent(), WAIT).toBe(`Recorded on ${older}: review answered.`);
    expect(await focusedId(page)).toBe('record-done');
    expect(await form.isHidden()).toBe(true);
    await expect.poll(() => page.locator('#find-history').textContent(), WAIT).toContain('2 December 2026: Review answered, by Ffion Hughes');
    await expect.poll(() => items.count(), WAIT).toBe(2);
    expect(await items.first().textContent()).toContain(newer);
    const events = await bot.app.store.cases.events((await bot.app.store.cases.byReference(older))!.id);
    expect(events.at(-1)).toMatchObject({ type: 'review_answered', actor: 'person:ffion', data: { date: '2026-12-02', decision: 'exclusion_stands' } });

    // In Welsh: the queue and the form.
    await page.getByRole('button', { name: /Cymraeg/ }).press('Enter');
    await page.getByRole('heading', { name: 'Adolygiadau y gofynnwyd amdanynt' }).waitFor(WAIT);
    await expect.poll(() => items.first().textContent(), WAIT).toContain(`${newer} · gofynnwyd 27 Tachwedd 2026 · wedi aros 5 diwrnod (3 diwrnod gwaith)`);
    await items.first().getByRole('button', { name: 'Agor yr achos' }).press('Enter');
    await page.getByRole('heading', { name: 'Ateb y cais am adolygiad' }).waitFor(WAIT);
    // Why it was not taken, by the clause's reference in Welsh: no profile gives the clause's Welsh words, so it says the wording is English.
    const why = await page.locator('#find-case').textContent();
    expect(why).toContain('(Cod Ymdrin â Chwynion yr Ombwdsmon Tai, paragraff 2.2; mae geiriad y polisi yn Saesneg yn unig)');
    expect(why).not.toContain('claim filed at court');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});
