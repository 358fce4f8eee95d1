/**
 * Every trigger of a handover (issue #18 §1), in both languages, through the real bot on the
 * test adapter: the resident is told in their language that a person is being asked for, roughly
 * how long, and that nothing is lost (or, when nobody can come, told so and offered a call back);
 * the queue holds the conversation with its reason; a handoff.initiate event goes with it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Activity } from 'botbuilder';
import { conversationKey } from '../../src/bot/transcript-logger';
import { HUB_TRANSCRIPT_MESSAGES } from '../../src/handoff/handover';
import { all, chat, type Chat } from '../bot/harness';

const ASKED = { en: /I've asked for a member of staff to join this conversation\. It may take about \d+ minutes\. Nothing you've told me is lost/, cy: /Rydw i wedi gofyn i aelod o staff ymuno â'r sgwrs hon\. Gallai gymryd tua \d+ munud\. Does dim byd rydych chi wedi'i ddweud wrtha i wedi'i golli/ };
const reasons = async (c: Chat) => (await c.core.store.handoffs.list()).map((h) => `${h.reason}:${h.language}:${h.state}`);
const initiated = (c: Chat) => c.lastActivities.filter((a) => a.type === 'event' && a.name === 'handoff.initiate');

async function inLanguage(lang: 'en' | 'cy', settings: Record<string, string> = {}, at?: string): Promise<Chat> {
  const c = chat(settings, at);
  await c.say(lang === 'en' ? 'hello' : 'helo');
  await c.say(lang === 'en' ? 'English' : 'Cymraeg');
  return c;
}

describe('handover triggers', () => {
  it.each([
    ['en', 'speak to a person'],
    ['en', 'can I talk to someone real'],
    ['cy', 'siarad â pherson'],
    ['cy', 'dw i isio siarad efo rhywun'],
  ] as const)('asked (%s): "%s"', async (lang, text) => {
    const c = await inLanguage(lang);
    const reply = all(await c.say(text));
    expect(reply).toMatch(ASKED[lang]);
    expect(initiated(c)).toHaveLength(1);
    expect(initiated(c)[0].value).toMatchObject({ language: lang, reason: 'asked' });
    expect(await reasons(c)).toEqual([`asked:${lang}:waiting`]);
    // Asking again joins the same request.
    expect(all(await c.say(text))).toMatch(lang === 'en' ? /already asked for a member of staff/ : /eisoes wedi gofyn i aelod o staff/);
    expect(await reasons(c)).toHaveLength(1);
  });

  it('tells the wait from the conversations waiting ahead (not those taken or offered a call back), counted rather than reading the queue', async () => {
    const c = await inLanguage('en');
    const other = (key: string, state: 'waiting' | 'callback') =>
      c.core.store.handoffs.open({
        conversationKey: key, conversationRef: {}, channelId: 'test', language: 'cy', reason: 'asked', at: '2026-11-23T09:50:00.000Z', caseReference: null, context: {}, state,
        callback: state === 'callback' ? { why: 'closed', when: null, phone: null, requestedAt: null } : null,
      });
    await other('test:ahead-1', 'waiting');
    await other('test:ahead-2', 'waiting');
    await other('test:calls', 'callback');
    const queue = vi.spyOn(c.core.store.handoffs, 'queue');
    // Nobody accepted this week: 10 minutes a conversation, two ahead and this one.
    expect(all(await c.say('speak to a person'))).toMatch(/It may take about 30 minutes/);
    expect(all(await c.say('speak to a person'))).toMatch(/already asked for a member of staff[\s\S]*30 minutes/);
    expect(queue).not.toHaveBeenCalled();
  });

  it('asked before a language is chosen, in words that show neither: told in both, Welsh first', async () => {
    const c = chat();
    await c.say('hello');
    const reply = all(await c.say('person'));
    expect(reply.indexOf('Rydw i wedi gofyn')).toBeLessThan(reply.indexOf("I've asked"));
    expect(reply).toMatch(ASKED.cy);
    expect(reply).toMatch(ASKED.en);
  });

  it.each([
    ['speak to a person', ASKED.en, ASKED.cy],
    ['siarad â pherson', ASKED.cy, ASKED.en],
  ] as const)('asked before a language is chosen, in words of one: %j is told in that one', async (ask, told, notTold) => {
    const c = chat();
    await c.say('hello');
    const reply = all(await c.say(ask));
    expect(reply).toMatch(told);
    expect(reply).not.toMatch(notTold);
  });

  it.each([
    ['en', "I can't go on any more, I want to end it all", /Samaritans[\s\S]*116 123[\s\S]*I've asked for a member of staff/],
    ['cy', 'Dw i ddim eisiau byw rhagor, does dim pwynt', /Samariaid[\s\S]*116 123[\s\S]*Rydw i wedi gofyn i aelod o staff/],
  ] as const)('safeguarding (%s): crisis contacts first, then a person', async (lang, text, expected) => {
    const c = await inLanguage(lang);
    expect(all(await c.say(text))).toMatch(expected);
    expect(await reasons(c)).toEqual([`safeguarding:${lang}:waiting`]);
    expect(initiated(c)[0].value).toMatchObject({ reason: 'safeguarding', triage: { safeguarding: true } });
  });

  it.each([
    ['en', 'I can smell gas in the kitchen', /0800 111 999[\s\S]*I've asked for a member of staff/],
    ['cy', 'Mae arogl nwy cryf yn y gegin', /0800 111 999[\s\S]*Rydw i wedi gofyn i aelod o staff/],
  ] as const)('urgent where the profile says so (bron-afon, %s): emergency instructions, then a person', async (lang, text, expected) => {
    const c = await inLanguage(lang, { POLICY: 'bron-afon' });
    expect(all(await c.say(text))).toMatch(expected);
    expect(await reasons(c)).toEqual([`urgent:${lang}:waiting`]);
  });

  it('urgent under a profile that does not say so: instructions, no handover', async () => {
    const c = await inLanguage('en');
    expect(all(await c.say('I can smell gas in the kitchen'))).toMatch(/0800 111 999/);
    expect(await reasons(c)).toEqual([]);
  });

  it.each([
    ['en', ['The bath panel came off months ago and nobody has fixed it despite my calls', 'bathroom', 'blue', 'green', 'purple'], /When did it happen/],
    ['cy', ["Mae'r boeler wedi torri a does neb wedi dod i'w drwsio", 'Fflat 2, 5 Heol y Castell', 'glas', 'gwyrdd', 'porffor'], /Pryd ddigwyddodd hyn/],
  ] as const)('three answers it cannot use (%s): a person, then the question again', async (lang, messages, question) => {
    const c = await inLanguage(lang);
    let last = '';
    for (const m of messages) last = all(await c.say(m));
    expect(last).toMatch(ASKED[lang]);
    expect(last).toMatch(question);
    expect(await reasons(c)).toEqual([`not_understood:${lang}:waiting`]);
  });

  it.each([
    ['berneslai-homes', 'en', 'The cladding on our tower block is coming away and nobody has done anything', /Fire and Asbestos Compliance Manager[\s\S]*I've asked for a member of staff/, 'building_safety_high_rise'],
    ['berneslai-homes', 'cy', "Mae'r cladin ar ein bloc tŵr yn dod yn rhydd a does neb wedi gwneud dim", /Rheolwr Cydymffurfiaeth Tân ac Asbestos[\s\S]*Rydw i wedi gofyn i aelod o staff/, 'building_safety_high_rise'],
    ['bron-afon', 'en', "The heat network has been off for a week and I'm fed up", /Energy Ombudsman[\s\S]*I've asked for a member of staff/, 'heat_network'],
    ['bron-afon', 'cy', "Mae'r rhwydwaith gwres wedi bod i ffwrdd ers wythnos a dw i wedi cael llond bol", /Ombwdsmon Ynni[\s\S]*Rydw i wedi gofyn i aelod o staff/, 'heat_network'],
  ] as const)('a matter the profile gives to staff (%s, %s)', async (policy, lang, text, expected, matter) => {
    const c = await inLanguage(lang, { POLICY: policy });
    expect(all(await c.say(text))).toMatch(expected);
    expect(await reasons(c)).toEqual([`needs_staff:${lang}:waiting`]);
    expect(initiated(c)[0].value).toMatchObject({ reason: 'needs_staff', staffMatter: { id: matter } });
  });

  it.each([
    ['en', /nobody from the team available right now; staff are next here on Monday 30 November 2026 at 09:00[\s\S]*call you back/, 'Tuesday after 2pm on 07700 900123', /asked the team to call you back: "Tuesday after 2pm on 07700 900123"/],
    ['cy', /Does neb o'r tîm ar gael ar hyn o bryd; bydd staff yma nesaf ddydd Llun 30 Tachwedd 2026 am 09:00[\s\S]*ffonio chi'n ôl/, 'Dydd Mawrth ar ôl 2', /wedi gofyn i'r tîm eich ffonio chi'n ôl: "Dydd Mawrth ar ôl 2"[\s\S]*rhif sydd ar eich cwyn/],
  ] as const)('outside staffed hours (%s): told honestly, offered a call back at a time they choose, kept in the queue', async (lang, closed, when, recorded) => {
    // Saturday 28 November 2026, 11:00 London: closed until Monday 09:00.
    const c = await inLanguage(lang, {}, '2026-11-28T11:00:00Z');
    const reply = all(await c.say(lang === 'en' ? 'speak to a person' : 'siarad â pherson'));
    expect(reply).toMatch(closed);
    expect(reply).not.toMatch(lang === 'en' ? /join this conversation/ : /ymuno â'r sgwrs/);
    expect(all(await c.say(when))).toMatch(recorded);
    const [h] = await c.core.store.handoffs.list();
    expect(h).toMatchObject({ state: 'callback', callback: { why: 'closed', when, requestedAt: '2026-11-28T11:00:00.000Z' } });
  });

  it.each([
    ['en', 'i need big writing and a home visit pls', /which day and time would suit you/, 'tomorrow after 3'],
    ['cy', 'mae angen print bras arna i', /pa ddiwrnod ac amser fyddai'n gyfleus/, 'fory ar ôl 3'],
  ] as const)('outside staffed hours (%s), an answer about something else is not taken as the time to call: asked once more', async (lang, other, asked, when) => {
    const c = await inLanguage(lang, {}, '2026-11-28T11:00:00Z');
    await c.say(lang === 'en' ? 'speak to a person' : 'siarad â pherson');
    expect(all(await c.say(other))).toMatch(asked);
    expect((await c.core.store.handoffs.list())[0]).toMatchObject({ state: 'callback', callback: { when: null, requestedAt: null } });
    await c.say(when);
    expect((await c.core.store.handoffs.list())[0]).toMatchObject({ state: 'callback', callback: { when } });
  });

  it('outside staffed hours, a second answer without a time is recorded as it is (asked once only, never stuck)', async () => {
    const c = await inLanguage('en', {}, '2026-11-28T11:00:00Z');
    await c.say('speak to a person');
    await c.say('i need big writing and a home visit pls');
    expect(all(await c.say('just ring me whenever suits'))).toMatch(/asked the team to call you back/);
    const c2 = await inLanguage('en', {}, '2026-11-28T11:00:00Z');
    await c2.say('speak to a person');
    await c2.say('i need big writing and a home visit pls');
    expect(all(await c2.say('my daughter will answer'))).toMatch(/asked the team to call you back: "my daughter will answer"/);
  });

  it('outside staffed hours, a "no" to the call back keeps the request for staff', async () => {
    const c = await inLanguage('en', {}, '2026-11-28T11:00:00Z');
    await c.say('speak to a person');
    expect(all(await c.say('no thanks'))).toMatch(/Your request stays with the team/);
    expect((await c.core.store.handoffs.list())[0]).toMatchObject({ state: 'callback' });
  });

  it.each([
    ['en', /staff are next here today at 09:00/],
    ['cy', /bydd staff yma nesaf heddiw am 09:00/],
  ] as const)('before opening on a working day (%s): "today", not the date of the day it is', async (lang, expected) => {
    // Monday 30 November 2026, 07:30 London: the team opens at 09:00 the same day.
    const c = await inLanguage(lang, {}, '2026-11-30T07:30:00Z');
    const reply = all(await c.say(lang === 'en' ? 'speak to a person' : 'siarad â pherson'));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/30 (November|Tachwedd)/);
  });

  it('on a bank holiday the team is closed too (Christmas Day, a Friday)', async () => {
    const c = await inLanguage('en', {}, '2026-12-25T11:00:00Z');
    expect(all(await c.say('speak to a person'))).toMatch(/staff are next here on Tuesday 29 December 2026 at 09:00/);
  });
});

describe('the handoff.initiate transcript', () => {
  it('carries the conversation’s latest 200 messages, oldest first, and no other activity: a long thread is not read whole', async () => {
    const c = await inLanguage('en');
    const key = conversationKey({ channelId: c.adapter.conversation.channelId, conversation: c.adapter.conversation.conversation } as Activity);
    // A thread kept for months (as WhatsApp keeps one): 300 earlier messages and a typing activity among them.
    await c.core.store.transcripts.append(
      Array.from({ length: 301 }, (_, i) => ({
        conversationKey: key,
        at: '2026-11-23T09:00:00.000Z',
        direction: i % 2 === 0 ? ('in' as const) : ('out' as const),
        activityType: i === 300 ? 'typing' : 'message',
        text: i === 300 ? null : `earlier ${i}`,
        data: {},
      })),
    );
    await c.say('speak to a person');
    const activities = (initiated(c)[0].attachments?.[0].content as { activities: Array<{ type: string; text: string; from: { id: string } }> }).activities;
    expect(activities).toHaveLength(HUB_TRANSCRIPT_MESSAGES);
    expect(activities.every((a) => a.type === 'message')).toBe(true);
    // The newest is the resident's ask; the 300 earlier ones are cut from the oldest end.
    expect(activities[activities.length - 1]).toMatchObject({ text: 'speak to a person', from: { id: 'resident-1' } });
    expect(activities.map((a) => a.text)).not.toContain('earlier 100');
    expect(activities.map((a) => a.text)).toContain('earlier 299');
  });
});
