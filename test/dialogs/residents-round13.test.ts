import { describe, expect, it } from 'vitest';
import { all, chat } from '../bot/harness';
import { selfInDescription } from '../../dialogs/parse/self-in-description';
import { looksLikePlace } from '../../dialogs/parse/place';
import { roomInDescription } from '../../dialogs/parse/room-in-description';
import { capabilitiesOf } from '../../src/channels/capabilities';
import { fitToChannel, joinReplies, plainerForSegments } from '../../src/channels/fit';
import { mutatedForms } from '../../src/language/mutations';

/** Faults found trying the bot as residents would, over HTTP and on the page (thirteenth session). */

const GSM7 = /^[\n\r A-Za-z0-9@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà]*$/;

describe('a phone number beside a self-introduction is theirs; someone else\'s is not', () => {
  it.each([
    // Beside the introduction, with only punctuation between, in either language.
    { text: "Sian Evans dw i, 07700 900123, mae tamprwydd yn y llofft", self: { name: 'Sian Evans', phone: '07700 900123' } },
    { text: "I'm Sian Evans, 07700 900123, there's damp in my bedroom", self: { name: 'Sian Evans', phone: '07700 900123' } },
    { text: "Helo, Sian Evans sy 'ma, 07700 900123. Mae'r to yn gollwng", self: { name: 'Sian Evans', phone: '07700 900123' } },
    { text: "Gareth ydw i 07700900123 mae dwr yn dod drwy'r to", self: { name: 'Gareth', phone: '07700900123' } },
    // Said as theirs, the Welsh ways.
    { text: 'Sian Evans dw i, fy rhif i yw 07700 900123', self: { name: 'Sian Evans', phone: '07700 900123' } },
    { text: 'Sian Evans dw i, rhif ffôn fi yw 07700 900123', self: { name: 'Sian Evans', phone: '07700 900123' } },
    { text: 'Sian Evans dw i. Ffoniwch fi ar 07700 900123', self: { name: 'Sian Evans', phone: '07700 900123' } },
    // Someone else's, before or after the number.
    { text: "I'm Sian, my neighbour's number is 07700 900123", self: { name: 'Sian' } },
    { text: 'Sian dw i, rhif fy nghymydog yw 07700 900123', self: { name: 'Sian' } },
    { text: 'Sian dw i, 07700 900123 yw rhif y contractwr', self: { name: 'Sian' } },
    { text: "I'm Sian, 07700 900123 is the contractor's number", self: { name: 'Sian' } },
  ])('"$text"', ({ text, self }) => {
    expect(selfInDescription(text)).toEqual(self);
  });

  it('over SMS in Welsh: noted, and neither the name nor how to reach them is asked', async () => {
    const c = chat();
    const first = all(await c.say("Sian Evans dw i, 07700 900123. Mae'r tamprwydd yn y llofft wedi dod nôl ers mis Hydref a does neb wedi dod", { channelId: 'sms' }));
    expect(first).toMatch(/nodi eich enw, Sian Evans, a sut i gysylltu â chi: 07700 900123/);
    const seen: string[] = [];
    for (const a of ['naddo', "Mae'r plant yn sâl", 'na', '1', 'dim', '1', 'Cymraeg', 'unrhyw bryd']) {
      const r = all(await c.say(a, { channelId: 'sms' }));
      seen.push(r);
      if (/Dyma beth sydd gen i:/.test(r)) break;
    }
    for (const r of seen) expect(r).not.toMatch(/Beth yw eich enw\?|Sut gallwn ni gysylltu â chi\?/);
    expect(seen.at(-1)).toMatch(/Dyma beth sydd gen i:[\s\S]*07700 900123/);
  });
});

describe('SMS: a turn\'s replies go as few whole messages as fit, in order', () => {
  const sms = capabilitiesOf('sms');
  const LONG_FIRST = "Hi, I'm Sian Evans, 07700 900123. The damp in my bedroom has been back since October, there is black mould all over the wall and my son's asthma is getting worse. I want it fixed";

  it('a long first message gets one text on SMS, holding every reply the page gets as several, in the same order', async () => {
    const page = chat();
    const parts = await page.say(LONG_FIRST);
    expect(parts.length).toBeGreaterThan(3);
    const c = chat();
    const texts = await c.say(LONG_FIRST, { channelId: 'sms' });
    expect(texts).toHaveLength(1);
    const [one] = texts;
    expect(one!.length).toBeLessThanOrEqual(sms.maxText!);
    // Nothing lost and nothing reordered: each of the page's replies, in turn (made plain for GSM-7);
    // the message said back is its opening words on SMS (residents-round13b.test.ts), the whole kept.
    let from = 0;
    for (const p of parts) {
      const sms = /^You told me:/.test(p) ? 'You told me: "The damp in my bedroom has been back since..." I\'ve kept all of it as what went wrong' : p;
      const at = one!.indexOf(plainerForSegments(sms), from);
      expect(at, p).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    // English stays in GSM-7: the dash in "Thank you — I've noted" would make all of it UCS-2.
    expect(one).toMatch(GSM7);
  });

  it('a re-delivered message on SMS gets the same one text, without the bot running again', async () => {
    const c = chat();
    const first = await c.say(LONG_FIRST, { channelId: 'sms', id: 'sms-1' });
    const again = await c.say(LONG_FIRST, { channelId: 'sms', id: 'sms-1' });
    expect(again).toEqual(first);
  });

  it('the page and Messenger still get each reply as its own message', async () => {
    for (const channelId of ['webchat', 'facebook']) {
      const c = chat();
      expect((await c.say(LONG_FIRST, { channelId })).length).toBeGreaterThan(3);
    }
  });

  const m = (text: string, extra: object = {}) => ({ type: 'message', text, ...extra });
  it('joins while within the limit, and starts a new message when the next would pass it', () => {
    const a = 'a'.repeat(900);
    const b = 'b'.repeat(697); // 900 + 2 + 697 = 1,599: one more character and a blank line would pass 1,600
    const joined = joinReplies([m(a), m(b), m('c')], sms);
    expect(joined.map((x) => x.text)).toEqual([`${a}\n\n${b}`, 'c']);
    expect(joinReplies([m('one'), m('two'), m('three')], sms).map((x) => x.text)).toEqual(['one\n\ntwo\n\nthree']);
  });

  it('never joins past buttons, attachments or anything that is not a message, so order and buttons are kept', () => {
    const buttons = { suggestedActions: { actions: [{ type: 'imBack', title: 'Yes', value: 'yes' }], to: [] } };
    const out = joinReplies([m('one'), m('two', buttons), m('three'), { type: 'typing' }, m('four'), m('five', { attachments: [{ contentType: 'image/png' }] })], sms);
    expect(out.map((x) => x.type === 'message' ? x.text : x.type)).toEqual(['one\n\ntwo', 'three', 'typing', 'four', 'five']);
    expect(out[0]!.suggestedActions).toEqual(buttons.suggestedActions);
  });

  it('typography is made plain only where that makes the message GSM-7; Welsh keeps its own', () => {
    expect(plainerForSegments('Thank you — I’ve noted “this”…')).toBe('Thank you - I\'ve noted "this"...');
    expect(plainerForSegments('Diolch — rydw i wedi nodi ble mae’r broblem: dŵr')).toBe('Diolch — rydw i wedi nodi ble mae’r broblem: dŵr');
    expect(fitToChannel(m('Thank you — noted'), sms)[0]!.text).toBe('Thank you - noted');
    expect(fitToChannel(m('Thank you — noted'), capabilitiesOf('webchat'))[0]!.text).toBe('Thank you — noted');
  });
});

describe('one room vocabulary for "where?" and for a room named in the description', () => {
  it.each(['bathrwm', 'y bathrwm', 'fy mathrwm', 'the airing cupboard', 'y toiled'])('"%s" at "where?" is a place', (text) => {
    expect(looksLikePlace(text)).toBe(true);
  });

  it.each([
    ['mae llwydni ar y grisiau', 'y grisiau'],
    ['damp in the cellar', 'the cellar'],
    // A mutated room is as written, not "mended" to its radical.
    ['mae lleithder yn ei pharlwr hi', 'ei pharlwr hi'],
    ['mae dŵr yn ei thoiled hi', 'ei thoiled hi'],
    // An everyday word one slip from a room word is read as written.
    ['the kitchen floods when it rains', null],
  ])('"%s": %s', (text, room) => {
    expect(roomInDescription(text)).toBe(room);
  });

  it('mutated forms: soft, nasal and aspirate, a phrase by its first word', () => {
    expect(mutatedForms('cegin')).toEqual(['cegin', 'gegin', 'nghegin', 'chegin']);
    expect(mutatedForms('llofft')).toEqual(['llofft', 'lofft']);
    expect(mutatedForms('tŷ bach')).toEqual(['tŷ bach', 'dŷ bach', 'nhŷ bach', 'thŷ bach']);
    expect(mutatedForms('atig')).toEqual(['atig']);
  });
});

describe('journeys of round 13: nothing the resident said is lost or asked twice', () => {
  it.each([
    { channelId: 'sms', text: 'whats happening with CMP-PD23-PNPT' },
    { channelId: 'webchat', text: 'whats happening with CMP-PD23-PNPT' },
  ])('$channelId: a status question at "Cymraeg or English?" too short to tell its language is kept and answered once one is chosen', async ({ channelId, text }) => {
    const c = chat();
    await c.say('hi', { channelId });
    const asked = all(await c.say(text, { channelId }));
    expect(asked).toMatch(/I have your message\. Please type "English" or "Cymraeg", and I'll read it then\./);
    expect(asked).toMatch(/mae eich neges gen i/);
    expect(all(await c.say('2', { channelId }))).toMatch(/postcode or the surname given on the complaint/);
  });

  it('a few words that are no question at "Cymraeg or English?" are not kept', async () => {
    const c = chat();
    await c.say('hi');
    expect(all(await c.say('hmm ok'))).toMatch(/^Teipiwch "Cymraeg" neu "English", os gwelwch yn dda\.\n\nPlease type "English" or "Cymraeg"\.$/);
    expect(all(await c.say('English'))).toMatch(/What has gone wrong\?/);
  });

  it('"naci", the north\'s "nage", is a no', async () => {
    const { readYesNo } = await import('../../dialogs/parse/yes-no');
    expect(readYesNo('naci')).toBe('no');
    expect(readYesNo('naci, dim hawliad')).toBe('no');
  });

  it.each([
    { lang: 'en', start: ['hi', 'English'], text: 'the light on our stairs needs fixing', ack: /Thank you\. Your request CMP-\w{4}-\w{4} is recorded/ },
    { lang: 'cy', start: ['helo', 'Cymraeg'], text: "Mae angen trwsio'r golau ar y grisiau", ack: /Diolch\. Mae eich cais CMP-\w{4}-\w{4}/ },
  ] as const)('$lang: a thumbs up after a request is recorded is thanks, not a call for help', async ({ start, text, ack }) => {
    const c = chat();
    for (const s of start) await c.say(s);
    expect(all(await c.say(text))).toMatch(/CMP-/);
    const reply = all(await c.say('👍'));
    expect(reply).toMatch(ack);
    expect(reply).not.toMatch(/I'm here to take your complaint|Rydw i yma i gymryd eich cwyn/);
  });

  it.each([
    { lang: 'en', start: ['hi', 'English'], when: '3 weeks ago', again: /I've noted when it started\. What has gone wrong\?/, what: 'The boiler is broken and nobody has come to fix it' },
    { lang: 'cy', start: ['helo', 'Cymraeg'], when: 'ers tair wythnos', again: /nodi pryd dechreuodd hyn\. Beth sydd wedi mynd o'i le\?/, what: "Mae'r gwres wedi torri a does neb wedi dod" },
  ] as const)('$lang: only a time at "what has gone wrong?" is kept as when, and what went wrong asked again; "when?" is not asked', async ({ start, when, again, what }) => {
    const c = chat();
    for (const s of start) await c.say(s);
    expect(all(await c.say(when))).toMatch(again);
    const next = all(await c.say(what));
    expect(next).not.toMatch(/When did it happen|Pryd ddigwyddodd/);
    expect(next).toMatch(/Where is the problem\?|Ble mae'r broblem\?/);
  });

  it('voice-to-text without punctuation: "nobody come out i rang three times" was reported, so "have you reported it?" is not asked', async () => {
    const { reportedInDescription } = await import('../../dialogs/parse/report-details');
    expect(reportedInDescription('my boiler is broke since last tuesday no hot water at all i have 2 kids under five and nobody come out i rang three times', '2026-12-07', 'en')).not.toBeNull();
    expect(reportedInDescription("mae'r boeler wedi torri a neb wedi dod ffoniais i ddwywaith", '2026-12-07', 'cy')).not.toBeNull();
    // A negation of the report itself still is one.
    expect(reportedInDescription('the boiler is broken and I never reported it', '2026-12-07', 'en')).toBeNull();
    expect(reportedInDescription('i have not reported it yet', '2026-12-07', 'en')).toBeNull();
  });
});

describe('someone who has said not to ring them is not asked when to call', () => {
  it.each([
    { lang: 'en', start: ['hi', 'English'], adjust: 'im deaf so please text dont call', answers: ['1', 'Ann Hughes', '07700 900555', 'English'], summary: /Here's what I've got:/, call: /good time to call/ },
    { lang: 'cy', start: ['helo', 'Cymraeg'], adjust: "dw i'n fyddar, peidiwch â ffonio, tecstiwch", answers: ['1', 'Ann Hughes', '07700 900555', 'Cymraeg'], summary: /Dyma beth sydd gen i:/, call: /amser gorau i'ch ffonio/ },
  ] as const)('$lang: "$adjust"', async ({ start, adjust, answers, summary, call }) => {
    const c = chat();
    for (const s of start) await c.say(s);
    const description = start[0] === 'hi' ? 'The boiler is broken and nobody has come to fix it' : "Mae'r boeler wedi torri a does neb wedi dod i'w drwsio";
    const steps = start[0] === 'hi' ? ['the kitchen', 'last week', 'no', 'We are cold', 'no', '1'] : ['y gegin', 'wythnos diwethaf', 'naddo', "Rydyn ni'n oer", 'na', '1'];
    await c.say(description);
    for (const s of steps) await c.say(s);
    const seen = [all(await c.say(adjust))];
    for (const a of answers) seen.push(all(await c.say(a)));
    for (const r of seen) expect(r).not.toMatch(call);
    expect(seen.at(-1)).toMatch(summary);
  });

  it.each([
    ['please do not phone me', true],
    ['no calls please', true],
    ["mae hi'n drwm ei chlyw", true],
    ['no calls before 10', false],
    ["don't call me in the mornings", false],
    ['large print please', false],
  ])('"%s" asks not to be called: %s', async (text, no) => {
    const { asksNotToBeCalled } = await import('../../dialogs/intake/questions');
    expect(asksNotToBeCalled(text)).toBe(no);
  });
});

describe('when it started, in a clause beside when it was reported', () => {
  it.each([
    ['The bathroom extractor fan has not worked for 2 months, I reported it in October and they never came', 'for 2 months'],
    ['I reported it in October and the fan has been broken since September', 'since September'],
    ["Dw i wedi ffonio ym mis Hydref, mae'r gwres wedi torri ers mis Medi", 'ers mis Medi'],
    // Only when it was reported: no start.
    ['Nobody came, I rang them last week', null],
  ])('"%s": %s', async (text, when) => {
    const { whenInDescription } = await import('../../dialogs/parse/when-answer');
    expect(whenInDescription(text, '2026-12-07', 'en')).toBe(when);
  });

  it('over SMS, "when?" is not asked after such a description', async () => {
    const c = chat();
    await c.say('hi', { channelId: 'sms' });
    await c.say('2', { channelId: 'sms' });
    const told = all(await c.say('The bathroom extractor fan has not worked for 2 months, I reported it in October and they never came', { channelId: 'sms' }));
    expect(told).toMatch(/noted this started about 2 months ago|noted this started .*2026/);
    const next = all(await c.say('the bathroom', { channelId: 'sms' }));
    expect(next).not.toMatch(/When did it happen/);
  });
});
