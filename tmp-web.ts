import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
const launch = () => chromium.launch({ executablePath: execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const BOT_SAID = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';
(async () => {
  const browser = await launch();
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await page.goto('http://localhost:3981/');
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  let seen = 0;
  const dump = async () => { const all = await page.locator(BOT_SAID).allInnerTexts(); for (const t of all.slice(seen)) console.log('  BOT:', t.replace(/\n/g, ' | ').slice(0, 400)); seen = all.length; };
  async function type(text: string) { console.log('>>>', text); const box = page.locator('.webchat__send-box-text-box__input'); await box.click(); await box.fill(text); await box.press('Enter'); await wait(2500); await dump(); }
  await wait(4000); await dump();
  for (const m of process.argv.slice(2)) await type(m);
  await browser.close();
})();
