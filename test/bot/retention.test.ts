import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { sweepIdle } from '../../src/bot/retention-sweep';
import type { FixedClock } from '../../src/clock/clock';
import { all, chat, type Chat, sqliteOf } from './harness';

const DAY = 24 * 60 * 60 * 1000;
const REFERENCE = /(CMP-\w{4}-\w{4})/;

/** Who says it, and where: a resident in a conversation of the test channel. */
const as = (user: string, conversation: string): Partial<Activity> => ({
  from: { id: user, name: user, role: 'user' },
  conversation: { id: conversation } as Activity['conversation'],
});

/** What is stored about one conversation and its resident. */
function stored(c: Chat, user: string, conversation: string) {
  const db = sqliteOf(c).db;
  const count = (sql: string, ...args: string[]) => (db.prepare(sql).get(...args) as { n: number }).n;
  return {
    conversationState: count("SELECT COUNT(*) AS n FROM bot_state WHERE key LIKE 'test/conversations/' || ? || '/%'", conversation),
    userState: count("SELECT COUNT(*) AS n FROM bot_state WHERE key LIKE 'test/users/' || ? || '/%'", user),
    transcript: count('SELECT COUNT(*) AS n FROM transcripts WHERE conversation_key = ?', `test:${conversation}`),
    replies: count('SELECT COUNT(*) AS n FROM turn_replies WHERE conversation_key = ?', `test:${conversation}`),
  };
}
const everything = { conversationState: 1, userState: 1, transcript: expect.any(Number), replies: expect.any(Number) };

/** A resident who chose English and made a service request, which is filed with a reference. */
async function serviceRequest(c: Chat, who: Partial<Activity>): Promise<string> {
  await c.say('hello', who);
  await c.say('English', who);
  const reply = all(await c.say('My kitchen tap is dripping', who));
  expect(reply).toMatch(/request for service/);
  return REFERENCE.exec(reply)![1];
}

describe('retention: the sweep of idle conversations', () => {
  it.each([
    { case: 'idle 91 days: state, transcript and replies go; the filed case stays', idleDays: 91, gone: true },
    { case: 'idle 89 days: everything is kept', idleDays: 89, gone: false },
  ])('$case', async ({ idleDays, gone }) => {
    const c = chat();
    const clock = c.core.clock as FixedClock;
    const alice = as('alice', 'conv-a');
    const bob = as('bob', 'conv-b');
    const reference = await serviceRequest(c, alice);
    // Bob is heard from 60 days later, claiming a timestamp from years ago: the server's clock counts.
    clock.advance(60 * DAY);
    await c.say('hello', { ...bob, timestamp: new Date('2001-01-01T00:00:00Z') });
    expect(stored(c, 'alice', 'conv-a')).toMatchObject(everything);
    expect(stored(c, 'alice', 'conv-a').transcript).toBeGreaterThan(0);
    expect(stored(c, 'alice', 'conv-a').replies).toBeGreaterThan(0);

    clock.advance((idleDays - 60) * DAY);
    await sweepIdle(c.core.store.retention, clock, 90);

    expect(stored(c, 'alice', 'conv-a')).toEqual(gone ? { conversationState: 0, userState: 0, transcript: 0, replies: 0 } : everything);
    expect(stored(c, 'bob', 'conv-b')).toMatchObject(everything);
    const filed = (await c.core.store.cases.byReference(reference))!;
    expect(filed).toBeDefined();
    expect((await c.core.store.cases.events(filed.id)).map((e) => e.type)).toEqual(['filed']);
    expect(filed.conversationRef).toMatchObject({ conversation: { id: 'conv-a' } });

    // Alice comes back: a new start (nothing remembered, not even her language), or where she was.
    const again = all(await c.say('hello', alice));
    if (gone) expect(again).toMatch(/^Shwmae[\s\S]*Would you like to carry on in Welsh or English/);
    else expect(again).toMatch(/What has gone wrong/);
  });

  it('deletes conversations in passes, and finds nothing left after', async () => {
    const c = chat();
    const clock = c.core.clock as FixedClock;
    for (let i = 0; i < 3; i++) await c.say('hello', as(`user-${i}`, `conv-${i}`));
    clock.advance(100 * DAY);
    const passes: number[] = [];
    for (;;) {
      const pass = await c.core.store.retention.sweep(new Date(clock.now().getTime() - 90 * DAY), 2);
      passes.push(pass.conversations);
      if (!pass.more) break;
    }
    expect(passes).toEqual([2, 1]);
    expect((sqliteOf(c).db.prepare('SELECT COUNT(*) AS n FROM bot_state').get() as { n: number }).n).toBe(0);
  });
});

describe('retention: what a channel asks to delete', () => {
  it('endOfConversation deletes the conversation state and kept replies, keeps the transcript, and the resident starts afresh', async () => {
    const c = chat();
    const alice = as('alice', 'conv-a');
    await c.say('hello', alice);
    await c.say('English', alice);
    expect(all(await c.say('The boiler keeps breaking and nobody has come to fix it', { ...alice, id: 'desc-1' }))).toMatch(/Where is the problem/);
    const before = stored(c, 'alice', 'conv-a');

    expect(await c.say('', { ...alice, type: 'endOfConversation' })).toEqual([]);

    expect(stored(c, 'alice', 'conv-a')).toEqual({ conversationState: 0, userState: 1, transcript: before.transcript, replies: 0 });
    // Not replayed, and not halfway through the old intake: a fresh start in her language.
    expect(all(await c.say('hello', alice))).toMatch(/What has gone wrong/);
  });

  it('deleteUserData deletes the resident’s state and all their conversations’ data, and nobody else’s; cases stay', async () => {
    const c = chat();
    const alice = as('alice', 'conv-a');
    const reference = await serviceRequest(c, alice);
    await c.say('hello', as('alice', 'conv-a2'));
    await serviceRequest(c, as('bob', 'conv-b'));

    expect(await c.say('', { ...as('alice', 'conv-a2'), type: 'deleteUserData' })).toEqual([]);

    const none = { conversationState: 0, userState: 0, transcript: 0, replies: 0 };
    expect(stored(c, 'alice', 'conv-a')).toEqual(none);
    expect(stored(c, 'alice', 'conv-a2')).toEqual(none);
    expect(stored(c, 'bob', 'conv-b')).toMatchObject(everything);
    expect(stored(c, 'bob', 'conv-b').transcript).toBeGreaterThan(0);
    expect((await c.core.store.cases.byReference(reference))).toBeDefined();
    // The cache of state forgot her too: she is greeted as someone new.
    expect(all(await c.say('hello', alice))).toMatch(/^Shwmae[\s\S]*Would you like to carry on in Welsh or English/);
  });
});

describe('retention: when a turn records that its conversation was heard from', () => {
  const lastAt = (c: Chat, conversation: string) =>
    (sqliteOf(c).db.prepare('SELECT last_at FROM conversation_activity WHERE conversation_key = ?').get(`test:${conversation}`) as { last_at: string } | undefined)
      ?.last_at;
  const START = '2026-11-23T10:00:00.000Z';

  it.each([
    { case: 'a turn 30 s after the last recorded one is not recorded again', after: 30_000, recorded: START },
    { case: 'a turn 59.999 s after is not', after: 59_999, recorded: START },
    { case: 'a turn a minute after is', after: 60_000, recorded: '2026-11-23T10:01:00.000Z' },
    { case: 'a turn 90 days after is', after: 90 * DAY, recorded: '2027-02-21T10:00:00.000Z' },
    { case: 'a turn with the clock gone back is (the stored time never goes back)', after: -30_000, recorded: START },
  ])('$case', async ({ after, recorded }) => {
    const c = chat({}, START);
    const clock = c.core.clock as FixedClock;
    const alice = as('alice', 'conv-a');
    await c.say('hello', alice);
    expect(lastAt(c, 'conv-a')).toBe(START);
    clock.advance(after);
    await c.say('English', alice);
    expect(lastAt(c, 'conv-a')).toBe(recorded);
  });

  it('a second sender in the same conversation is recorded at once', async () => {
    const c = chat({}, START);
    await c.say('hello', as('alice', 'conv-a'));
    (c.core.clock as FixedClock).advance(1_000);
    await c.say('hello', as('bob', 'conv-a'));
    const users = sqliteOf(c).db.prepare('SELECT user_key FROM conversation_activity WHERE conversation_key = ? ORDER BY user_key').all('test:conv-a');
    expect(users).toHaveLength(2);
  });

  it.each([
    { type: 'endOfConversation', between: '2026-11-23T10:00:01.000Z' },
    { type: 'deleteUserData', between: undefined },
  ])('after $type, the next turn records itself again at once', async ({ type, between }) => {
    const c = chat({}, START);
    const clock = c.core.clock as FixedClock;
    const alice = as('alice', 'conv-a');
    await c.say('hello', alice);
    clock.advance(1_000);
    await c.say('', { ...alice, type } as Partial<Activity>);
    expect(lastAt(c, 'conv-a')).toBe(between);
    clock.advance(1_000);
    await c.say('hello', alice);
    expect(lastAt(c, 'conv-a')).toBe('2026-11-23T10:00:02.000Z');
  });
});
