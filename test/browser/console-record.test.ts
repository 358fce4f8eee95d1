/**
 * Recording what happened on a complaint at the console, by keyboard, as an officer does after
 * sending the acknowledgement letter: the case found by its reference, the event chosen, what it
 * needs asked for (today's date and the officer's own name already filled in), the case read back
 * with its new next date and history. What the page can tell is said by each field before
 * sending; what only the case record can tell (the lifecycle's refusal) is said by its code in
 * the console's language. Both languages, with axe; people in the history by their display names.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startInProcess, type InProcessBot } from '../e2e/in-process';
import { file } from '../staff/helpers';
import { describeInBrowser, launch, seriousViolations } from './browser';
import { signInToConsole } from './console-sign-in';

const WAIT = { timeout: 60_000 };

describeInBrowser('recording on a case at the staff console', () => {
  let bot: InProcessBot;
  let browser: Browser;
  beforeAll(async () => {
    [bot, browser] = await Promise.all([startInProcess({ STAFFED_HOURS: 'always' }), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  // Strings, as the suite's TypeScript has no DOM types: the page runs them.
  const focusedId = (page: Page) => page.evaluate<string>(`(document.activeElement && document.activeElement.id) || ''`);
  // The server's day (the test's fixed clock), not the browser's: the page takes it from the case.
  const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(bot.clock.now());

  it('acknowledges a complaint, says what is missing or refused by each field, and records a note in Welsh, by keyboard', async () => {
    // Received on the 23rd (the helper's date); the officer records on the 25th what was done on the 24th.
    bot.clock.set('2026-11-25T12:00:00.000Z');
    const reference = await file(bot.app, { details: { description: 'The boiler keeps breaking', contact: { anonymous: true } } });
    const { page, errors } = await signInToConsole(browser, bot, 'ffion', 'Ffion Hughes');

    const box = page.getByRole('textbox', { name: 'Case reference' });
    await box.fill(reference);
    await box.press('Enter');
    await page.getByRole('heading', { name: `Case ${reference}` }).waitFor(WAIT);
    const history = page.locator('#find-history');
    expect(await history.textContent()).toBe('25 November 2026: Case recorded, by the assistant');
    expect(await page.locator('#find-case').textContent()).toContain('Acknowledge by');

    // Nothing chosen: said by the choice, in a summary that takes focus.
    const what = page.getByLabel('What happened');
    const record = page.getByRole('button', { name: 'Record', exact: true });
    await record.press('Enter');
    await page.locator('#record-errors').waitFor({ state: 'visible', ...WAIT });
    expect(await focusedId(page)).toBe('record-errors');
    expect(await page.locator('#err-record-type').textContent()).toBe('Choose what happened.');
    expect(await what.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);

    // The acknowledgement: today's date and the officer's name are there already.
    await what.focus();
    await what.selectOption('acknowledged');
    const date = page.getByLabel('Date acknowledged');
    expect(await date.inputValue()).toBe(londonToday());
    expect(londonToday()).toBe('2026-11-25');
    expect(await page.getByLabel('Officer named in the acknowledgement (optional)').inputValue()).toBe('Ffion Hughes');
    expect(await page.locator('#record-errors').isHidden()).toBe(true);
    // A date after today is caught before sending.
    await date.fill('2069-01-02');
    await record.press('Enter');
    await expect.poll(() => page.locator('#err-r-date').textContent(), WAIT).toBe('Date acknowledged: this date is after today. Record what has happened, on the day it happened.');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await date.fill('2026-11-24');
    await record.press('Enter');
    const done = page.locator('#record-done');
    await expect.poll(() => done.textContent(), WAIT).toBe(`Recorded on ${reference}: Complaint acknowledged.`);
    expect(await focusedId(page)).toBe('record-done');
    // By the name colleagues know her by; the event keeps her sign-in name (below).
    await expect.poll(() => history.textContent(), WAIT).toContain('24 November 2026: Complaint acknowledged, by Ffion Hughes');
    expect(await page.locator('#find-case').textContent()).toContain('Answer by');
    const events = await bot.app.store.cases.events((await bot.app.store.cases.byReference(reference))!.id);
    expect(events.at(-1)).toMatchObject({ type: 'acknowledged', actor: 'person:ffion', data: { date: '2026-11-24', officer: 'Ffion Hughes' } });

    // A request for stage 2 before stage 1 is answered: only the case record can tell, and says so
    // by its code, which the console words in its own language.
    await what.selectOption('escalation_received');
    await record.press('Enter');
    await page.locator('#record-errors').waitFor({ state: 'visible', ...WAIT });
    expect(await page.locator('#record-errors li').textContent()).toBe("Stage 1 hasn't been answered yet, so there's nothing to escalate.");
    expect(await page.locator('#record-errors li').getAttribute('lang')).toBeNull();
    expect(await focusedId(page)).toBe('record-errors');

    // An extension without its reason: said by the reason's field, which the summary's link focuses.
    await what.selectOption('extended');
    await page.getByLabel('Extend by').fill('5');
    await record.press('Enter');
    await expect.poll(() => page.locator('#err-r-reason').textContent(), WAIT).toBe('Why more time is needed: fill this in.');
    await page.locator('#record-errors a', { hasText: 'Why more time is needed' }).press('Enter');
    expect(await focusedId(page)).toBe('r-reason');
    expect(await seriousViolations(page)).toEqual([]);

    // In Welsh: the form and the history in the console's new language; a note recorded.
    await page.getByRole('button', { name: /Cymraeg/ }).press('Enter');
    await page.getByRole('heading', { name: 'Cofnodi ar yr achos hwn' }).waitFor(WAIT);
    await expect.poll(() => history.textContent(), WAIT).toContain("Cwyn wedi'i chydnabod, gan Ffion Hughes");
    // A refusal in Welsh, by the field at fault, with the date in Welsh.
    const beth0 = page.getByLabel('Beth ddigwyddodd');
    await beth0.selectOption('acknowledged');
    await page.getByRole('button', { name: 'Cofnodi', exact: true }).press('Enter');
    await page.locator('#record-errors').waitFor({ state: 'visible', ...WAIT });
    expect(await page.locator('#record-errors li').textContent()).toBe('Cafodd Cam 1 ei gydnabod yn barod ar 24 Tachwedd 2026.');
    expect(await focusedId(page)).toBe('record-errors');
    // A refusal that names the policy's clause: its reference in Welsh and that the policy's
    // wording is English, not the English clause inside the Welsh sentence.
    await beth0.selectOption('extended');
    await page.getByLabel('Ymestyn o').fill('11');
    await page.getByLabel('Pam mae angen mwy o amser').fill('Mae angen adroddiad gan y syrfëwr');
    await page.getByRole('button', { name: 'Cofnodi', exact: true }).press('Enter');
    await expect.poll(() => page.locator('#record-errors li').textContent(), WAIT).toMatch(/^Gyda hyn, byddai'r estyniadau i Gam 1 yn mynd hyd at /);
    const pastMax = await page.locator('#record-errors li').textContent();
    expect(pastMax).toContain("Cod Ymdrin â Chwynion yr Ombwdsmon Tai, paragraffau 6.4–6.5; mae geiriad y polisi yn Saesneg yn unig).");
    expect(pastMax).not.toMatch(/Code 6/);
    const beth = page.getByLabel('Beth ddigwyddodd');
    await beth.selectOption('note');
    await page.getByLabel('Nodyn ar gyfer cofnod yr achos').fill("Wedi ffonio'r preswylydd; mae'r peiriannydd yn dod ddydd Iau");
    await page.getByRole('button', { name: 'Cofnodi', exact: true }).press('Enter');
    await expect.poll(() => done.textContent(), WAIT).toBe(`Wedi'i gofnodi ar ${reference}: Nodyn.`);
    await expect.poll(() => history.textContent(), WAIT).toContain('Nodyn, gan Ffion Hughes');
    expect(await seriousViolations(page)).toEqual([]);
    const after = await bot.app.store.cases.events((await bot.app.store.cases.byReference(reference))!.id);
    expect(after.map((e) => `${e.type} ${e.actor}`)).toEqual(['filed bot', 'acknowledged person:ffion', 'note person:ffion']);
    expect(errors).toEqual([]);
  }, 180_000);
});
