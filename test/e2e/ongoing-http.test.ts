import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN, TOKENS } from '../staff/helpers';
import { type InProcessBot, startInProcess } from './in-process';
import { httpConversation } from './server';

/**
 * Issue #19, over HTTP through the production app: a resident whose damp started in October 2024
 * and is still there is not told the complaint is out of time; the case keeps the start date and
 * that it is still going on, and staff read it in words with the time limit's reason.
 */
const OUT_OF_TIME = /normally be made within|will not consider matters|y dylid gwneud cwyn fel arfer o fewn|na fydd yn ystyried materion/;

describe('a problem still going on, through a whole intake (over HTTP)', () => {
  let bot: InProcessBot;
  beforeAll(async () => {
    bot = await startInProcess({ STAFF_API_TOKENS: TOKENS });
  }, 120_000);
  afterAll(async () => {
    await bot?.stop();
  });

  it.each([
    {
      lang: 'English',
      answers: [
        'I want to complain: there is black mould on the bedroom wall and nobody has done anything',
        'Flat 3, 12 Park Road',
        "since October 2024 and it's still going on",
        'no',
        'My son has asthma',
        'no',
        '1',
        'none',
        "I'm the resident",
        'Sam Jones',
        'sam@example.com',
        'English',
      ],
      noted: /Thank you — I've noted this started in October 2024 and is still happening\./,
      summary: /When: since October 2024, ongoing/,
      filed: /reference is (CMP-\w{4}-\w{4})/,
      when: { en: 'since October 2024, ongoing', cy: 'ers mis Hydref 2024, yn parhau' },
    },
    {
      lang: 'Cymraeg',
      answers: [
        "Dw i isio gwneud cwyn: mae llwydni du ar wal y llofft a does neb wedi gwneud dim",
        'Fflat 3, 12 Heol y Parc',
        "ers mis Hydref 2024 ac mae'n dal i ddigwydd",
        'naddo',
        'Mae gan fy mab asthma',
        'nac oes',
        '1',
        'dim',
        'fi yw’r preswylydd',
        'Siân Owen',
        'sian@example.com',
        'Cymraeg',
      ],
      noted: /Diolch — rydw i wedi nodi bod hyn wedi dechrau ym mis Hydref 2024 a'i fod yn dal i ddigwydd\./,
      summary: /Pryd: ers mis Hydref 2024, yn parhau/,
      filed: /(?:cyfeirnod|Cyfeirnod)[^A-Z]*(CMP-\w{4}-\w{4})/,
      when: { en: 'since October 2024, ongoing', cy: 'ers mis Hydref 2024, yn parhau' },
    },
  ])('$lang: never warned as out of time; the case records the start and that it is ongoing', async (row) => {
    const c = httpConversation(bot.url, undefined, `resident-ongoing-${row.lang}`);
    await c.say('hi');
    await c.say(row.lang);
    const said: string[] = [];
    let last = '';
    for (const a of row.answers) {
      last = (await c.say(a)).join('\n');
      said.push(last);
    }
    const whole = said.join('\n');
    expect(whole).toMatch(row.noted);
    expect(whole).not.toMatch(OUT_OF_TIME);
    expect(last).toMatch(row.summary);
    const filed = (await c.say(row.lang === 'English' ? 'yes' : 'ydy')).join('\n');
    const reference = row.filed.exec(filed)?.[1];
    expect(reference, filed).toBeDefined();

    const stored = (await bot.app.store.cases.byReference(reference!))!;
    expect(stored.details.when).toMatchObject({ date: '2024-10-01', precision: 'month', ongoing: true });
    expect(stored.kind).toBe('complaint');
    expect(stored.triage).not.toMatchObject({ reason: 'time_limit' });

    const view = (await (await fetch(`${bot.url}/staff/cases/${reference}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { when: unknown; timeLimit: unknown };
    expect(view.when).toEqual(row.when);
    expect(view.timeLimit).toMatchObject({ within: true, basis: 'ongoing' });
    const csv = await (await fetch(`${bot.url}/staff/cases/export.csv`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(csv.split('\r\n').find((l) => l.startsWith(reference!))).toMatch(/,"since October 2024, ongoing","ers mis Hydref 2024, yn parhau",2024-10-01,true,\S+Z filed bot$/);
  }, 180_000);
});
