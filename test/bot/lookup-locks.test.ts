import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { CaseEventInput } from '../../src/cases/lifecycle';
import type { FixedClock } from '../../src/clock/clock';
import { all, chat, type Chat, fileComplaint, sqliteOf } from './harness';

const NOW = '2026-12-07T10:00:00Z';
const MINUTE = 60_000;
const ANSWERED: CaseEventInput[] = [
  { type: 'acknowledged', date: '2026-11-24' },
  { type: 'answered', date: '2026-12-04', outcome: 'partly_upheld', remedies: ['£50'] },
];
const ASK_SECRET = /postcode or the surname/;
const NO_MATCH = /couldn't match those details/;
const LOCKED = /can't look up complaints for you for a while/;
const LOCKED_NOW = /stopped looking up complaints for you/;

/** A complaint filed by `owner` (a channel identity on the test channel), answered at stage 1 so it can go to stage 2. */
async function file(c: Chat, owner = 'resident-1', name = 'Siân Owen', postcode = 'SA1 1AA'): Promise<string> {
  const reference = await fileComplaint(c, { user: owner, conversation: `test:${owner}-conv`, name, location: `5 Heol y Castell, ${postcode}` });
  for (const e of ANSWERED) await c.core.updates.record(reference, 'staff:test', e);
  return reference;
}

/** Who a message comes from and what it claims: a conversation, a user, a timestamp. */
interface Who {
  conversation?: string;
  user?: string;
  claimed?: string;
}
let sent = 0;
// Activity ids of our own: a bot restarted on the same file has seen the test adapter's "0", "1" ….
const as = (who: Who = {}): Partial<Activity> => ({
  id: `message-${++sent}`,
  ...(who.conversation ? { conversation: { id: who.conversation } as Activity['conversation'] } : {}),
  ...(who.user ? { from: { id: who.user, name: 'Someone' } } : {}),
  ...(who.claimed ? { timestamp: new Date(who.claimed) } : {}),
});

/** Asks about a reference and answers the check, as `who`; returns the replies to the answer. */
async function lookUp(c: Chat, reference: string, answer: string, who: Who = {}, ask = 'Any update on my complaint'): Promise<string> {
  const asked = all(await c.say(`${ask} ${reference}?`, as(who)));
  if (!ASK_SECRET.test(asked)) return asked;
  return all(await c.say(answer, as(who)));
}

const clockOf = (c: Chat) => c.core.clock as FixedClock;
const plus = (minutes: number) => new Date(new Date(NOW).getTime() + minutes * MINUTE).toISOString();
const eventsOf = async (c: Chat, ref: string) => (await c.core.store.cases.events((await c.core.store.cases.byReference(ref))!.id)).map((e) => `${e.actor}:${e.type}`);

describe('an answer holding more than one guess is a miss', () => {
  it.each([
    ['a list of surnames with the right one in it', 'Jones Smith Evans Owen'],
    ['surnames with commas', 'Jones, Owen'],
    ['surnames with "or"', 'Jones or Owen'],
    ['surnames one a line', 'Jones\nOwen\nEvans'],
    ['two postcodes', 'CF10 1AA, SA1 1AA'],
    ['a postcode and a surname', 'SA1 1AA Owen'],
    ['forty surnames', `${Array.from({ length: 39 }, (_, i) => `Surname${i}`).join(' ')} Owen`],
    ['three hundred postcodes', Array.from({ length: 300 }, (_, i) => `SA${i % 99} ${i % 9}AA`).join(' ') + ' SA1 1AA'],
  ])('%s', async (_, answer) => {
    const c = chat({}, NOW, 'someone-else');
    const ref = await file(c);
    expect(await lookUp(c, ref, answer)).toMatch(NO_MATCH);
    expect(await lookUp(c, ref, 'Owen')).toMatch(new RegExp(`Your complaint ${ref}`));
  });
});

describe('five misses lock a reference, by the server clock, in the database', () => {
  // [name, who sends the five misses, who sends the right answer afterwards]
  const table: Array<[string, (i: number) => Who, Who]> = [
    ['a new conversation id for every guess', (i) => ({ conversation: `conv-${i}` }), { conversation: 'conv-new' }],
    ['a new user id for every guess', (i) => ({ user: `stranger-${i}`, conversation: `conv-${i}` }), { user: 'stranger-new', conversation: 'conv-new' }],
    ['a claimed timestamp 31 minutes ahead', () => ({}), { claimed: plus(31) }],
    ['a claimed timestamp 31 minutes ahead, from a new conversation and user', (i) => ({ conversation: `conv-${i}`, claimed: plus(31 * i) }), { user: 'stranger-new', conversation: 'conv-new', claimed: plus(31 * 6) }],
  ];

  it.each(table)('%s changes nothing', async (_, missFrom, answerFrom) => {
    const c = chat({}, NOW, 'someone-else');
    const ref = await file(c);
    for (let i = 0; i < 4; i++) expect(await lookUp(c, ref, 'Jones', missFrom(i))).toMatch(NO_MATCH);
    expect(await lookUp(c, ref, 'Jones', missFrom(4))).toMatch(LOCKED_NOW);
    const after = await lookUp(c, ref, 'Owen', answerFrom);
    expect(after).toMatch(LOCKED);
    expect(after).not.toContain('Your complaint');
    expect(sqliteOf(c).db.prepare("SELECT COUNT(*) AS n FROM handoff_requests WHERE reason = 'lookup_locked'").get()).toEqual({ n: 1 });
  });

  it('one identity probing many references is locked too, for every reference', async () => {
    const c = chat({}, NOW, 'someone-else');
    const ref = await file(c);
    const fakes = ['CMP-2222-3333', 'CMP-4444-5555', 'CMP-6666-7777', 'CMP-8888-9999', 'CMP-2345-6789'];
    for (const [i, fake] of fakes.entries()) expect(await lookUp(c, fake, 'Owen', { conversation: `conv-${i}` })).toMatch(i < 4 ? NO_MATCH : LOCKED_NOW);
    expect(await lookUp(c, ref, 'Owen', { conversation: 'conv-new' })).toMatch(LOCKED);
    expect(all(await c.say('check my complaint', as({ conversation: 'conv-new' })))).toMatch(LOCKED);
  });

  it.each([
    [29, LOCKED],
    [31, /Your complaint CMP-/],
  ])('the server clock %i minutes on: %s', async (minutes, expected) => {
    const c = chat({}, NOW, 'someone-else');
    const ref = await file(c);
    for (let i = 0; i < 5; i++) await lookUp(c, ref, 'Jones', { conversation: `conv-${i}` });
    clockOf(c).advance(minutes * MINUTE);
    expect(await lookUp(c, ref, 'Owen', { conversation: 'conv-later' })).toMatch(expected);
  });

  it('after the lock ends, each further miss within the day locks it again', async () => {
    const c = chat({}, NOW, 'someone-else');
    const ref = await file(c);
    for (let i = 0; i < 5; i++) await lookUp(c, ref, 'Jones', { user: `stranger-${i}`, conversation: `conv-${i}` });
    clockOf(c).advance(31 * MINUTE);
    expect(await lookUp(c, ref, 'Jones', { user: 'stranger-5', conversation: 'conv-5' })).toMatch(LOCKED_NOW);
    expect(await lookUp(c, ref, 'Owen', { user: 'stranger-6', conversation: 'conv-6' })).toMatch(LOCKED);
    clockOf(c).advance(24 * 60 * MINUTE);
    expect(await lookUp(c, ref, 'Owen', { user: 'stranger-6', conversation: 'conv-7' })).toMatch(/Your complaint CMP-/);
  });

  it('the owner is still served while their reference is locked, by reference or without one', async () => {
    const c = chat({}, NOW, 'someone-else');
    const ref = await file(c, 'resident-1');
    for (let i = 0; i < 5; i++) await lookUp(c, ref, 'Jones', { conversation: `conv-${i}` });
    expect(await lookUp(c, ref, 'Owen', { conversation: 'conv-x' })).toMatch(LOCKED);
    const owner = { user: 'resident-1', conversation: 'owner-conv' };
    expect(await lookUp(c, ref, 'unused', owner)).toMatch(new RegExp(`Your complaint ${ref}`));
    expect(all(await c.say('check my complaint', as(owner)))).toMatch(new RegExp(`Your complaint ${ref}`));
  });

  it('a locked asker is still served their own complaint', async () => {
    const c = chat({}, NOW, 'someone-else');
    const own = await file(c, 'someone-else', 'Alex Price', 'CF10 1AA');
    for (let i = 0; i < 5; i++) await lookUp(c, `CMP-2222-333${i + 2}`, 'Owen');
    expect(await lookUp(c, own, 'unused')).toMatch(new RegExp(`Your complaint ${own}`));
  });
});

describe('stage 2 goes through the same check', () => {
  it('a stranger cannot record escalation_received on someone else’s case, by lists, new conversations or claimed times', async () => {
    const c = chat({}, NOW, 'someone-else');
    const ref = await file(c);
    const before = await eventsOf(c, ref);
    const tries: Array<[string, Who, RegExp]> = [
      ['Jones Smith Evans Owen', {}, NO_MATCH],
      ['SA1 1AB, SA1 1AA', { conversation: 'conv-2' }, NO_MATCH],
      ['Jones or Owen', { user: 'stranger-3', conversation: 'conv-3' }, NO_MATCH],
      ['Davies', { claimed: plus(31) }, NO_MATCH],
      ['Williams', { conversation: 'conv-5', claimed: plus(60) }, LOCKED_NOW],
      ['Owen', { user: 'stranger-6', conversation: 'conv-6' }, LOCKED],
    ];
    for (const [answer, who, expected] of tries) {
      const reply = await lookUp(c, ref, answer, who, "I'm not happy with your answer to my complaint");
      expect(reply).toMatch(expected);
      await c.say('skip', as(who));
      await c.say('skip', as(who));
    }
    expect(await eventsOf(c, ref)).toEqual(before);
    expect((await c.core.store.cases.byReference(ref))).toMatchObject({ stage: 1 });
  });

  it('a grant is for the identity that answered: someone else in the same conversation cannot finish the request', async () => {
    const c = chat({}, NOW, 'someone-else');
    const ref = await file(c);
    const before = await eventsOf(c, ref);
    expect(await lookUp(c, ref, 'Owen', { user: 'resident-7' }, "I'm not happy with your answer to my complaint")).toMatch(/What are you still unhappy about/);
    await c.say('skip', as({ user: 'intruder' }));
    // The intruder has chosen no language, so hears Welsh first.
    expect(all(await c.say('skip', as({ user: 'intruder' })))).toMatch(/dydy'r manylion hynny ddim yn cyfateb i unrhyw gŵyn/);
    expect(await eventsOf(c, ref)).toEqual(before);
  });

  it('with the right answer, records the request dated by the server clock, not the claimed one', async () => {
    const c = chat({}, NOW, 'someone-else');
    const ref = await file(c);
    const who = { user: 'resident-7', claimed: '2027-06-01T00:00:00Z' };
    expect(await lookUp(c, ref, 'Owen', who, "I'm not happy with your answer to my complaint")).toMatch(/What are you still unhappy about/);
    await c.say('skip', as(who));
    expect(all(await c.say('skip', as(who)))).toMatch(new RegExp(`${ref} has moved to stage 2`));
    const last = (await c.core.store.cases.events((await c.core.store.cases.byReference(ref))!.id)).at(-1)!;
    expect(last).toMatchObject({ actor: 'resident', type: 'escalation_received', data: { at: '2026-12-07T10:00:00.000Z' } });
  });
});

describe('state saved by an older release', () => {
  /**
   * Runs `before` on a bot over a database file, changes the saved conversation state as an older
   * release would have left it, and returns a bot started afresh on that file (the store caches
   * what it wrote, as one process does).
   */
  async function restartedWith(before: (c: Chat) => Promise<void>, change: (state: Record<string, unknown>) => void): Promise<Chat> {
    const settings = { DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'lookup-locks-')), 'bot.db') };
    const first = chat(settings, NOW, 'someone-else');
    await before(first);
    sqliteOf(first).commits.flush();
    const row = sqliteOf(first).db.prepare("SELECT key, data FROM bot_state WHERE key LIKE '%/conversations/%'").get() as { key: string; data: string };
    const state = JSON.parse(row.data) as Record<string, unknown>;
    change(state);
    sqliteOf(first).db.prepare('UPDATE bot_state SET data = ? WHERE key = ?').run(JSON.stringify(state), row.key);
    sqliteOf(first).db.close();
    return chat(settings, NOW, 'someone-else');
  }

  it('an old lookupGuard neither locks nor unlocks anything', async () => {
    let ref = '';
    const c = await restartedWith(
      async (first) => {
        ref = await file(first);
        await first.say('hi');
      },
      (s) => (s.lookupGuard = { failures: 5, lockedUntil: '2099-01-01T00:00:00.000Z' }),
    );
    expect(await lookUp(c, ref, 'Owen')).toMatch(new RegExp(`Your complaint ${ref}`));
  });

  it('an enquiry saved mid-escalation by version 1 starts again instead of recording', async () => {
    let ref = '';
    const c = await restartedWith(
      async (first) => {
        ref = await file(first);
        expect(all(await first.say("I'm not happy with your answer to my complaint CMP-2222-3333"))).toMatch(ASK_SECRET);
      },
      (s) => {
        // The enquiry runs under the main dialog, which keeps its own stack in its state.
        const main = (s.dialogState as { dialogStack: Array<{ state: { dialogs: { dialogStack: Array<{ id: string; state: Record<string, unknown> }> } } }> }).dialogStack[0];
        const frame = main.state.dialogs.dialogStack.find((f) => f.id === 'case_enquiry')!;
        frame.state = { version: 1, mode: 'escalate', step: 'outcome', caseRef: ref, retries: 0 };
      },
    );
    const before = await eventsOf(c, ref);
    expect(all(await c.say('skip', as()))).toMatch(/send its reference/);
    expect(await eventsOf(c, ref)).toEqual(before);
  });
});

describe('guesses sent at once', () => {
  it('are checked and counted one at a time: no more than five misses get through before the lock', async () => {
    const c = chat({}, NOW, 'someone-else');
    const ref = await file(c);
    const conversations = Array.from({ length: 12 }, (_, i) => ({ conversation: `burst-${i}`, user: `burst-${i}` }));
    for (const who of conversations) expect(all(await c.say(`Any update on ${ref}?`, as(who)))).toMatch(ASK_SECRET);
    await Promise.all(conversations.map((who) => c.adapter.receiveActivity({ type: 'message', text: 'Jones', ...as(who) })));
    const misses = sqliteOf(c).db.prepare("SELECT COUNT(*) AS n FROM lookup_misses WHERE scope = 'reference' AND key = ?").get(ref);
    expect(misses).toEqual({ n: 5 });
  });
});
