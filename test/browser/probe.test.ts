import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startBot, type RunningBot } from '../e2e/server';
import { describeInBrowser, launch, seriousViolations, watchForViolations } from './browser';
import { fakeDirectLine } from './fake-direct-line';

describeInBrowser('probe', () => {
  let bot: RunningBot;
  let browser: Browser;
  beforeAll(async () => {
    [bot, browser] = await Promise.all([startBot(), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });
  it('renders', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
    const violations = await watchForViolations(page);
    const fake = await fakeDirectLine(page);
    fake.botSays('Croeso! Welcome!');
    await page.goto(bot.url + '/');
    await page.locator('.webchat__basic-transcript').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(3000);
    await page.screenshot({ path: '/tmp/probe-cy.png' });
    console.log(await violations());
    console.log(await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => `${s.getAttribute('data-emotion')} nonce=${s.nonce} len=${s.textContent?.length} rules=${s.sheet?.cssRules.length}`)));
    console.log(await page.evaluate(() => [...document.querySelectorAll('[style]')].map((e) => e.outerHTML.slice(0, 150))));
    console.log(JSON.stringify(await seriousViolations(page), null, 1));
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForTimeout(2000);
    await page.screenshot({ path: '/tmp/probe-en.png' });
    console.log(fake.posted);
    console.log(await page.content().then((h) => h.length));
    expect(1).toBe(1);
  });
});
