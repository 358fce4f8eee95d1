import { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { all, chat, type Chat } from '../bot/harness';
import type { ResumeAfterHandback } from '../../src/bot/complaints-bot';

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
