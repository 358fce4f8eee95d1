import { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { all, chat, type Chat } from '../bot/harness';
import type { ResumeAfterHandback } from '../../src/bot/complaints-bot';
import { reportedInDescription } from '../../dialogs/parse/report-details';

/** Faults found playing residents end to end over HTTP, in both languages and on each channel (trial17). */

async function walk(c: Chat, messages: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const m of messages) out.push(all(await c.say(m)));
  return out;
}

/** A hand-back as the delivery runs it: a proactive turn on the resident's conversation. */
async function handBack(c: Chat, resume: ResumeAfterHandback = {}): Promise<string> {
  const [open] = (await c.core.store.handoffs.list()).filter((h) => h.state === 'taken');
  await c.core.store.handoffs.finish(open!.id, 'staff:trial', '2026-11-23T10:20:00.000Z', 'handed_back', { note: null, resume });
  c.adapter.activeQueue.splice(0);
  const ref = c.adapter.conversation;
  const context = new TurnContext(c.adapter, { type: 'event', name: 'ContinueConversation', channelId: ref.channelId, conversation: ref.conversation, from: ref.user, recipient: ref.bot, serviceUrl: ref.serviceUrl });
  await c.core.bot.resumeAfterHandback(context, resume);
  return all(c.adapter.activeQueue.splice(0).map((a) => a.text ?? ''));
}

async function takeOver(c: Chat): Promise<void> {
  const [waiting] = (await c.core.store.handoffs.list()).filter((h) => h.state === 'waiting');
  expect((await c.core.store.handoffs.accept(waiting!.id, 'staff:trial', '2026-11-23T10:05:00.000Z')).outcome).toBe('accepted');
}

const TO_OUTCOMES = {
  en: ['English', 'The bathroom ceiling has been leaking since March and I have rung twice', 'It keeps me awake', 'no'],
  cy: ['Cymraeg', "Mae nenfwd yr ystafell ymolchi wedi bod yn gollwng ers mis Mawrth a dw i wedi ffonio ddwywaith", "Mae'n fy nghadw i'n effro", 'na'],
} as const;
const OUTCOMES_Q = { en: /What would you like to happen to put things right/, cy: /Beth hoffech chi ei weld yn digwydd i unioni pethau/ };

describe('a language chosen while a member of staff has the conversation', () => {
  it.each([
    ['en', 'Cymraeg', "Dw i isio iddyn nhw drwsio fo'n iawn", 'cy'],
    ['cy', 'English', 'I want it fixed properly', 'en'],
  ] as const)('%s: %j typed to the officer is kept, and the bot carries on in it after hand-back', async (from, word, toOfficer, to) => {
    const c = chat();
    expect((await walk(c, TO_OUTCOMES[from])).at(-1)).toMatch(OUTCOMES_Q[from]);
    await c.say(from === 'en' ? 'speak to a person' : 'siarad â pherson');
    await takeOver(c);
    // The officer has it: the bot says nothing to either message.
    expect(all(await c.say(word))).toBe('');
    expect(all(await c.say(toOfficer))).toBe('');
    const back = await handBack(c);
    expect(back).toMatch(to === 'cy' ? /Rydych chi'n siarad â'r cynorthwyydd awtomatig eto/ : /talking to the automated assistant again/);
    expect(back).toMatch(OUTCOMES_Q[to]);
    expect(back).not.toMatch(OUTCOMES_Q[from]);
  });

  it('a message in the other language without the word changes nothing: the officer may answer in it, the choice is the resident\'s', async () => {
    const c = chat();
    await walk(c, TO_OUTCOMES.en);
    await c.say('speak to a person');
    await takeOver(c);
    expect(all(await c.say("Dw i isio iddyn nhw drwsio fo'n iawn"))).toBe('');
    expect(await handBack(c)).toMatch(OUTCOMES_Q.en);
  });
});

describe("the landlord's own earlier work on it says it was reported", () => {
  it.each([
    ['en', 'The mould in the back bedroom is back for the fourth time, you keep painting over it'],
    ['en', 'The damp is back, they came out in May and just painted it'],
    ['en', 'Damp in the lounge again. It just gets painted over and comes back'],
    ['cy', "Mae'r llwydni yn y lolfa yn ôl am y pedwerydd tro, dach chi jyst yn peintio drosto fo"],
    ['cy', "Maen nhw wedi peintio drosto ddwywaith ond mae'r llwydni yn y llofft yn ôl"],
    ['cy', "Daeth y contractwr allan ym mis Mai ond mae'r to yn dal i ollwng i'r gegin"],
    ['cy', "Dw i 'di bod yn deud wrthach chi am y tamprwydd yn y llofft, does dim byd yn newid"],
    ['cy', "Dwi wedi bod yn ffono chi am y lleithder yn y stafell wely a does neb yn dod"],
  ] as const)('%s: %j', (_lang, text) => expect(reportedInDescription(text, '2026-11-23')).not.toBeNull());

  it.each([
    'I painted over it myself but the mould in the bedroom is back',
    'Nobody came out and the mould is back',
    'The mould is back, you never came out',
    "Ddaeth neb allan i weld y llwydni",
    "Daeth dŵr allan o'r nenfwd",
    'The water came out of the ceiling',
  ])('not reported: %j', (text) => expect(reportedInDescription(text, '2026-11-23')).toBeNull());

  it.each([
    ['en', ['English', 'The mould in the back bedroom is back for the fourth time, you keep painting over it', 'since last winter'], /When and how did you report it/, /reported this to us before/],
    ['cy', ['Cymraeg', "Mae'r llwydni yn y llofft gefn yn ôl am y pedwerydd tro, dych chi'n dal i beintio drosto fo", 'ers y gaeaf diwetha'], /Pryd a sut rhoesoch chi wybod/, /rhoi gwybod i ni am hyn o'r blaen/],
  ] as const)('%s: "have you reported this before?" is not asked; when and how it was reported still is', async (lang, steps, effect, reportedQ) => {
    const c = chat();
    const seen = await walk(c, steps);
    expect(seen.at(-1)).toMatch(effect);
    expect(seen.join('\n')).not.toMatch(reportedQ);
  });
});
