import { describe, expect, it } from 'vitest';
import { all, chat } from '../bot/harness';
import { openingWords } from '../../dialogs/intake/render';

/** Three faults the first trial of round 13 left (thirteenth session, second trial). */

const count = (text: string, word: RegExp) => text.match(word)?.length ?? 0;

describe('a message kept at "Cymraeg or English?" gets one thank you when a language is chosen', () => {
  it.each([
    { channelId: 'sms', hello: 'hi', kept: 'whats happening with CMP-PD23-PNPT', choose: '2', thanks: /Thank you/g, asked: /postcode or the surname/, chosen: /carry on in English/ },
    { channelId: 'webchat', hello: 'hi', kept: 'whats happening with CMP-PD23-PNPT', choose: 'English', thanks: /Thank you/g, asked: /postcode or the surname/, chosen: /carry on in English/ },
    { channelId: 'sms', hello: 'helo', kept: 'CMP-PD23-PNPT plis', choose: '1', thanks: /Diolch/g, asked: /cod post neu'r cyfenw/, chosen: /barhau yn Gymraeg/ },
    { channelId: 'webchat', hello: 'helo', kept: 'CMP-PD23-PNPT plis', choose: 'Cymraeg', thanks: /Diolch/g, asked: /cod post neu'r cyfenw/, chosen: /barhau yn Gymraeg/ },
  ])('$channelId: "$kept", then "$choose"', async ({ channelId, hello, kept, choose, thanks, asked, chosen }) => {
    const c = chat();
    await c.say(hello, { channelId });
    expect(all(await c.say(kept, { channelId }))).toMatch(/I have your message/);
    const reply = all(await c.say(choose, { channelId }));
    expect(reply).toMatch(chosen);
    expect(reply).toMatch(asked);
    expect(count(reply, thanks)).toBe(1);
  });

  it("the website's language switch after a kept message: one thank you too", async () => {
    const c = chat();
    await c.say('hi');
    await c.say('whats happening with CMP-PD23-PNPT');
    const reply = all(await c.say('', { type: 'event', name: 'language', value: 'en' }));
    expect(reply).toMatch(/carry on in English[\s\S]*postcode or the surname/);
    expect(count(reply, /Thank you/g)).toBe(1);
  });

  it('a language chosen with nothing kept is still thanked for', async () => {
    const c = chat();
    await c.say('hi');
    expect(all(await c.say('2'))).toMatch(/^Thank you\. I'll carry on in English\.[\s\S]*What has gone wrong\?/);
  });
});

describe('SMS: a long first message is said back short; the page says it whole; nothing is lost', () => {
  const LONG = "Hi, I'm Sian Evans, 07700 900123. The damp in my bedroom has been back since October, there is black mould all over the wall and my son's asthma is getting worse. Nobody has come out even though I rang three times in November and again last week, and this is not good enough for a family with a young child";
  const LONG_CY = "Mae'r lleithder yn y llofft wedi dod nôl ers mis Hydref, mae llwydni du ar hyd y wal ac mae asthma fy mab yn gwaethygu. Dw i wedi ffonio dair gwaith a does neb wedi dod i'w weld, a dyw hyn ddim yn ddigon da i deulu gyda phlentyn bach sy'n sâl drwy'r amser";

  it.each([
    { lang: 'en', text: LONG, start: 'The damp in my bedroom has been back since...', kept: /I've kept all of it as what went wrong: you'll see it at the end/ },
    { lang: 'cy', text: LONG_CY, start: "Mae'r lleithder yn y llofft wedi dod nôl ers mis…", kept: /Rydw i wedi cadw'r neges gyfan i ddisgrifio beth aeth o'i le: fe welwch chi hi ar y diwedd/ },
  ])('$lang: the opening words on SMS, the whole message on the page', async ({ text, start, kept }) => {
    const sms = all(await chat().say(text, { channelId: 'sms' }));
    expect(sms).toContain(start);
    expect(sms).toMatch(kept);
    expect(sms).not.toContain(text);
    const pageReplies = await chat().say(text, { channelId: 'webchat' });
    const page = all(pageReplies);
    expect(page).toContain(text);
    expect(page).not.toMatch(kept);
    // Said back whole, the message (some 200 to 300 characters) was in the one text a second time.
    const saidBack = sms.split('\n\n').find((p) => /^(You told me|Dywedoch chi)/.test(p));
    expect(saidBack!.length).toBeLessThan(190);
    const saidWhole = pageReplies.find((p) => /^(You told me|Dywedoch chi)/.test(p));
    expect(saidBack!.length).toBeLessThan(saidWhole!.length - 150);
  });

  it('a short first message is said back whole on SMS too', async () => {
    const text = 'The boiler has been broken for two weeks and nobody came';
    expect(all(await chat().say(text, { channelId: 'sms' }))).toContain(`You told me: "${text}".`);
  });

  it('the summary on SMS holds the whole message, so nothing the resident said is lost', async () => {
    const c = chat();
    await c.say(LONG, { channelId: 'sms' });
    const answers: Array<[RegExp, string]> = [
      [/Are you the resident/, '1'],
      [/reported this to us before/, 'yes, I rang them in November'],
      [/affected you/, 'My son cannot sleep'],
      [/court claim been issued/, 'no'],
      [/put things right/, '1'],
      [/easier/, 'none'],
      [/Which language should we write/, 'English'],
      [/good time to call/, 'any time'],
    ];
    let reply = '';
    for (let i = 0; i < 12 && !/Here's what I've got:/.test(reply); i++) {
      // The question asked last in the reply is the one to answer.
      const at = (q: RegExp) => Math.max(-1, ...[...reply.matchAll(new RegExp(q.source, `${q.flags}g`))].map((m) => m.index));
      const next = answers.map(([q, a]) => [at(q), a] as const).filter(([i]) => i >= 0).sort((x, y) => y[0] - x[0])[0]?.[1] ?? 'no';
      reply = all(await c.say(next, { channelId: 'sms' }));
    }
    expect(reply).toMatch(/Here's what I've got:/);
    expect(reply).toContain(LONG);
  });

  it.each([
    ['short enough', 50, 'short enough'],
    ["Hi, I'm Sian Evans, 07700 900123. The damp in my bedroom", 50, "Hi, I'm Sian Evans, 07700 900123. The damp in my"],
    ['The boiler, the boiler, the boiler and the heating', 20, 'The boiler, the'],
    ['Averyveryverylongwordwithoutanyspaceatall and more', 20, 'Averyveryverylongwor'],
  ])('opening words of "%s" within %i: "%s"', (text, max, start) => {
    expect(openingWords(text, max)).toBe(start);
  });
});

describe('"start again" straight after an enquiry gave up goes back to the enquiry', () => {
  it.each([
    { start: ['hi', '2'], ask: 'where is my complaint up to', again: 'start again', said: /OK, let's start again\.[\s\S]*please send its reference/, not: /What has gone wrong/ },
    { start: ['helo', '1'], ask: 'ble mae fy nghwyn i arni', again: 'dechra eto', said: /Iawn, gadewch i ni ddechrau eto\.[\s\S]*anfonwch ei chyfeirnod/, not: /Beth sydd wedi mynd o'i le/ },
    { start: ['helo', '1'], ask: 'ble mae fy nghwyn i arni', again: 'dechrau eto', said: /Iawn, gadewch i ni ddechrau eto\.[\s\S]*anfonwch ei chyfeirnod/, not: /Beth sydd wedi mynd o'i le/ },
  ])('"$again"', async ({ start, ask, again, said, not }) => {
    const c = chat();
    for (const s of [...start, ask, 'abc', 'xyz']) await c.say(s);
    // The third reference that cannot be read ends the enquiry with a person offered.
    expect(all(await c.say('qqq'))).toMatch(/speak to a person|siarad â pherson/);
    const reply = all(await c.say(again));
    expect(reply).toMatch(said);
    expect(reply).not.toMatch(not);
  });

  it('later on, with something else said between, "start again" is a new start as before', async () => {
    const c = chat();
    for (const s of ['hi', '2', 'where is my complaint up to', 'abc', 'xyz', 'qqq', 'ok']) await c.say(s);
    expect(all(await c.say('start again'))).toMatch(/What has gone wrong/);
  });
});
