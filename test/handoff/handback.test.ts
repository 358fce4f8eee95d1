import { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { all, chat, type Chat } from '../bot/harness';
import type { ResumeAfterHandback } from '../../src/bot/complaints-bot';

/** A hand-back as the delivery runs it: a proactive turn on the resident's conversation. */
async function handBack(c: Chat, resume: ResumeAfterHandback): Promise<string> {
  c.adapter.activeQueue.splice(0);
  const ref = c.adapter.conversation;
  const context = new TurnContext(c.adapter, { type: 'event', name: 'ContinueConversation', channelId: ref.channelId, conversation: ref.conversation, from: ref.user, recipient: ref.bot, serviceUrl: ref.serviceUrl });
  await c.core.bot.resumeAfterHandback(context, resume);
  return all(c.adapter.activeQueue.splice(0).map((a) => a.text ?? ''));
}

describe('handing back to the bot', () => {
  it('says so and resumes the intake with the answers staff recorded, in Welsh', async () => {
    const c = chat();
    await c.say('helo');
    await c.say('Cymraeg');
    await c.say('siarad â pherson');
    const said = await handBack(c, { answers: { description: "Dim gwres ers dydd Llun", location: 'Fflat 2, 5 Heol y Castell' } });
    expect(said).toMatch(/Rydych chi'n siarad â'r cynorthwyydd awtomatig eto[\s\S]*Pryd ddigwyddodd hyn/);
  });

  it('files the complaint staff confirmed with the resident, once the intake is complete', async () => {
    const c = chat();
    for (const m of ['hello', 'English', 'The boiler keeps breaking and nobody has come to fix it', 'Flat 3, 12 Park Road', '3 weeks ago', 'yes', 'I phoned twice in November', 'No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones', '07700 900123', 'English']) await c.say(m);
    expect(all(await c.say('speak to a person'))).toMatch(/asked for a member of staff/);
    const said = await handBack(c, { answers: { contact: { anonymous: false, name: 'Sam Jones', phone: '07700 900123', letterLanguage: 'en', bestTimes: 'after 5pm' } }, file: true });
    expect(said).toMatch(/automated assistant again[\s\S]*reference is CMP-/);
    expect(await c.core.store.cases.count()).toBe(1);
  });

  it('with nothing under way and nothing recorded, says only that the bot is back', async () => {
    const c = chat();
    await c.say('hello');
    await c.say('English');
    expect(await handBack(c, {})).toMatch(/^You're talking to the automated assistant again/);
  });
});
