import { type Activity, TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { caseOrigin } from '../../src/bot/turn-case';
import type { PolicyProfile } from '../../src/policy/schema';
import { all, chat, type Chat } from './harness';

const REFERENCE = /reference is (CMP-\w{4}-\w{4})/;

/** From "What has gone wrong?" to the summary: 14 messages. */
async function answersToSummary(c: Chat, description: string): Promise<string> {
  expect(all(await c.say(description))).toMatch(/Where is the problem/);
  const steps: Array<[string, RegExp]> = [
    ['Flat 3, 12 Park Road', /When did it happen/],
    ['3 weeks ago', /reported this to us before/],
    ['yes', /When and how did you report it/],
    ['I phoned twice in November', /affected you/],
    ['No hot water with two small children', /court claim/],
    ['no', /put things right/],
    ['1', /easier for you/],
    ['none', /Are you the resident/],
    ["I'm the resident", /What's your name/],
    ['Sam Jones', /How can we contact you/],
    ['07700 900123', /Which language should we write to you in/],
    ['English', /good time to call/],
  ];
  for (const [text, asked] of steps) expect(all(await c.say(text)), text).toMatch(asked);
  const summary = all(await c.say('after 5pm'));
  expect(summary).toMatch(/What went wrong/);
  return summary;
}

async function firstComplaint(c: Chat, confirmationId: string): Promise<{ reference: string; replies: Partial<Activity>[] }> {
  await c.say('hello');
  expect(all(await c.say('English'))).toMatch(/What has gone wrong/);
  await answersToSummary(c, 'The boiler keeps breaking and nobody has come to fix it');
  const filed = all(await c.say('yes', { id: confirmationId }));
  const reference = REFERENCE.exec(filed)?.[1];
  expect(reference).toBeDefined();
  return { reference: reference!, replies: c.lastActivities };
}

/** What a resident sees of a reply: everything but the ids and times of one sending. */
const seen = (activities: Partial<Activity>[]) =>
  activities.map(({ id: _id, timestamp: _t, localTimestamp: _l, replyToId: _r, ...rest }) => rest);

describe('a channel re-delivering a message', () => {
  it('gets the very same replies for a re-delivered confirmation, reference included, and files once', async () => {
    const c = chat();
    const first = await firstComplaint(c, 'confirm-1');
    const again = await c.say('yes', { id: 'confirm-1' });
    expect(all(again)).toContain(first.reference);
    expect(seen(c.lastActivities)).toEqual(seen(first.replies));
    expect((await c.core.store.cases.count())).toBe(1);
  });

  it('files a second complaint in the same conversation, even 25+ messages later, and replays the first when re-delivered 30 messages on', async () => {
    const c = chat();
    const first = await firstComplaint(c, 'confirm-1');
    // Chatter, then a second complaint from the start: well past any "last 20 messages".
    for (let i = 0; i < 12; i++) await c.say('help');
    expect(all(await c.say('start again'))).toMatch(/What has gone wrong/);
    await answersToSummary(c, 'The lift keeps breaking down and nobody has come');
    // The first confirmation arrives again while the second complaint waits for its own "yes".
    const late = await c.say('yes', { id: 'confirm-1' });
    expect(all(late)).toContain(first.reference);
    expect(seen(c.lastActivities)).toEqual(seen(first.replies));
    expect((await c.core.store.cases.count())).toBe(1);
    // The resident's own confirmation of the second complaint files it, with its own reference.
    const second = all(await c.say('yes', { id: 'confirm-2' }));
    const reference = REFERENCE.exec(second)?.[1];
    expect(reference).toBeDefined();
    expect(reference).not.toBe(first.reference);
    expect((await c.core.store.cases.count())).toBe(2);
    expect((await c.core.store.cases.byReference(reference!))!.details.description).toMatch(/lift/);
    // And still the first, once more.
    expect(all(await c.say('yes', { id: 'confirm-1' }))).toContain(first.reference);
    expect(all(await c.say('yes', { id: 'confirm-2' }))).toContain(reference);
    expect((await c.core.store.cases.count())).toBe(2);
  });

  it('replays an ordinary answer (buttons included) without running the bot again', async () => {
    const c = chat();
    await c.say('hello', { id: 'h1' });
    const greeting = c.lastActivities;
    await c.say('English', { id: 'e1' });
    expect(all(await c.say('hello', { id: 'h1' }))).toMatch(/^Shwmae/);
    expect(seen(c.lastActivities)).toEqual(seen(greeting));
    expect(c.lastActivities[0].suggestedActions?.actions.map((a) => a.title)).toEqual(['Cymraeg', 'English']);
    // The intake did not move: the next answer is still the description.
    expect(all(await c.say('The boiler keeps breaking and nobody has come to fix it'))).toMatch(/Where is the problem/);
  });

  it('does not replay one conversation’s replies into another with the same activity id', async () => {
    const c = chat();
    await c.say('hello', { id: 'same' });
    await c.say('English');
    const other = await c.say('The boiler keeps breaking and nobody has come to fix it', {
      id: 'same',
      conversation: { id: 'another-conversation' } as Activity['conversation'],
    });
    expect(all(other)).toMatch(/Where is the problem/);
  });
});

describe('the idempotency key of a filed case', () => {
  const profile = { id: 'p', version: '1' } as PolicyProfile;
  const context = (id: string | undefined) =>
    new TurnContext(new TestAdapter(), { type: 'message', id, channelId: 'test', conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'bot' } } as Activity);
  const at = '2026-11-23T10:00:00.000Z';

  it.each([
    { case: 'the same activity, delivered twice', a: 'm1', b: 'm1', same: true },
    { case: 'two different activities', a: 'm1', b: 'm2', same: false },
    // Two intakes can start in the same millisecond (or under a fixed clock): no id, no sharing.
    { case: 'two activities without an id, received at the same time', a: undefined, b: undefined, same: false },
  ])('$case: same key is $same', ({ a, b, same }) => {
    const first = caseOrigin(context(a), profile, at).idempotencyKey;
    const second = caseOrigin(context(b), profile, at).idempotencyKey;
    expect(first === second).toBe(same);
  });
});
