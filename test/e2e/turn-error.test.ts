import { afterEach, describe, expect, it } from 'vitest';
import { type InProcessBot, startInProcess } from './in-process';
import { httpConversation } from './server';

const EN_FAILED = /Sorry, something went wrong on our side and I couldn't finish that\. I've stopped what we were doing/;
const CY_FAILED = /^Mae'n ddrwg gen i, aeth rhywbeth o'i le ar ein hochr ni ac allwn i ddim gorffen hynny\./;

/** A complaint filed from the HTTP conversation's channel identity, answered at stage 1. */
async function answeredComplaint(bot: InProcessBot, user: string): Promise<string> {
  const { app } = bot;
  const { record } = await app.store.cases.file({
    idempotencyKey: `test:${user}`,
    kind: 'complaint',
    policyId: app.profile.id,
    policyVersion: app.profile.version,
    language: 'en',
    channelId: 'test',
    userKey: `test:${user}`,
    conversationKey: `test:${user}`,
    conversationRef: {},
    receivedAt: '2026-11-23T10:00:00.000Z',
    details: { description: 'Boiler broken again', location: 'Flat 3, 12 Park Road, CF10 1AA', contact: { anonymous: false, name: 'Sam Jones' } },
    triage: { kind: 'complaint' },
    deadlines: null,
    actor: 'bot',
  });
  const reference = record.reference;
  await app.updates.record(reference, 'staff:test', { type: 'acknowledged', date: '2026-11-24' });
  await app.updates.record(reference, 'staff:test', { type: 'answered', date: '2026-12-04', outcome: 'partly_upheld', remedies: [] });
  return reference;
}

describe('a turn that fails leaves a conversation that works (createApp, the production adapter, over HTTP)', () => {
  let bot: InProcessBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it('clears the dialog stack after a failure the dialog would meet again, and says so in the resident’s language', async () => {
    bot = await startInProcess({}, '2026-12-07T10:00:00Z');
    const reference = await answeredComplaint(bot, 'resident-err');
    // Recording the stage 2 request fails every time (a full disk, a broken table …).
    bot.app.updates.record = () => {
      throw new Error('disk I/O error');
    };
    const c = httpConversation(bot.url, 'turn-error-en', 'resident-err');
    await c.say('hi');
    await c.say('English');
    await c.say('cancel');
    expect((await c.say("I'm not happy with your answer")).join('\n')).toMatch(/What are you still unhappy about/);
    expect((await c.say('The boiler is still broken')).join('\n')).toMatch(/What would you like to happen now/);
    const failed = await c.say('skip');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(EN_FAILED);
    expect(failed[0]).not.toMatch(/Mae'n ddrwg/); // the resident chose English
    // Without the recovery the stack would still be waiting for "what would you like to happen",
    // take this as the answer, fail the same way and apologise again, until "cancel".
    const next = (await c.say("where's my complaint?")).join('\n');
    expect(next).toContain(`Your complaint ${reference} (received Monday 23 November 2026) is at stage 1.`);
    expect(next).not.toMatch(/went wrong/);
    // Logged by type and place, never by message (a message can quote the resident).
    expect(bot.output()).toMatch(/"msg":"turn error"/);
    expect(bot.output()).not.toMatch(/disk I\/O error/);
  }, 60_000);

  it('answers in both languages, Welsh first, when the resident has not chosen one, and the next message starts afresh', async () => {
    bot = await startInProcess({}, '2026-12-07T10:00:00Z');
    await answeredComplaint(bot, 'resident-new');
    const cases = bot.app.store.cases;
    const byUser = cases.byUser.bind(cases);
    let failures = 1;
    cases.byUser = async (key: string) => {
      if (failures-- > 0) throw new Error('database is locked');
      return byUser(key);
    };
    const c = httpConversation(bot.url, 'turn-error-none', 'resident-new');
    const replies = await c.say('where is my complaint?');
    // A first message is told the bot is automated before anything else (README, "The first
    // message is never lost"); the failure's apology is the one reply after that.
    const failed = replies.filter((r) => !/automated assistant/.test(r));
    expect(replies.length - failed.length).toBeLessThanOrEqual(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(CY_FAILED);
    expect(failed[0]).toMatch(EN_FAILED);
    expect((await c.say('hello')).join('\n')).toMatch(/^Shwmae/);
  }, 60_000);
});
