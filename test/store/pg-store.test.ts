/**
 * The PostgreSQL store with several instances on one database: each "instance" is its own Store
 * with its own two pools, as two processes would have. Beyond the contract suites (which run one
 * store at a time): what must hold when two of them act at the same moment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import { MAX_MISSES } from '../../src/cases/lookup-limits';
import { REFERENCE_PATTERN } from '../../src/cases/reference';
import type { NewCase, Store } from '../../src/store/ports';
import { PgCaseStore } from '../../src/store/pg/cases';
import { createPgPool } from '../../src/store/pg/pool';
import { readPgSettings, type PgSettings } from '../../src/store/pg/settings';
import { openPostgresStore } from '../../src/store/pg/store';
import { PG_MIGRATIONS } from '../../src/store/pg/migrations';

/** The newest schema each adapter migrates to. */
const PG_LATEST = Math.max(...PG_MIGRATIONS.map((m) => m.version));
import { postgresForTests } from '../support/postgres';
import { HandoverCap } from '../../src/handoff/cap';

const pg = postgresForTests();
const NOW = '2026-11-23T10:00:00.000Z';

function newCase(key: string, overrides: Partial<NewCase> = {}): NewCase {
  return {
    idempotencyKey: `test:${key}:a1`,
    kind: 'complaint',
    policyId: 'housing-ombudsman-code',
    policyVersion: '2024.1',
    language: 'cy',
    channelId: 'test',
    userKey: `test:user-${key}`,
    conversationKey: `test:${key}`,
    conversationRef: { conversation: { id: key } },
    receivedAt: NOW,
    details: { description: 'Mae’r to yn gollwng' },
    triage: null,
    deadlines: { stage1: '2026-12-21' },
    actor: 'bot',
    ...overrides,
  };
}

describe.skipIf(!pg.available)('PostgreSQL store, two instances on one database', () => {
  let settings: PgSettings;
  let one: Store;
  let two: Store;
  const clock = new FixedClock(NOW);

  beforeAll(async () => {
    const schema = await pg.freshSchema();
    settings = readPgSettings({ DATABASE_URL: schema.connectionString, DATABASE_STATEMENT_TIMEOUT_MS: '60000', DATABASE_CONNECT_TIMEOUT_MS: '30000' });
    // Both start together: the migrations run once, under their advisory lock.
    [one, two] = await Promise.all([openPostgresStore(settings, { clock }), openPostgresStore(settings, { clock })]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
  }, 60_000);

  it('report themselves healthy, as PostgreSQL at the latest schema', async () => {
    expect(await one.health()).toEqual({ ok: true, kind: 'postgres', schemaVersion: PG_LATEST });
    expect(await two.health()).toEqual({ ok: true, kind: 'postgres', schemaVersion: PG_LATEST });
  }, 60_000);

  it('file exactly one case per idempotency key when both file the same keys at once', async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `dup-${i}`);
    const results = await Promise.all(keys.flatMap((k) => [one, two, one, two].map((s) => s.cases.file(newCase(k)))));
    for (const [i, k] of keys.entries()) {
      const forKey = results.slice(i * 4, i * 4 + 4);
      expect(forKey.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(forKey.map((r) => r.record.reference)).size).toBe(1);
      expect(forKey.every((r) => r.record.conversationKey === `test:${k}`)).toBe(true);
      const record = forKey[0].record;
      expect(await two.cases.events(record.id)).toEqual([
        { id: expect.any(Number), at: NOW, actor: 'bot', type: 'filed', data: { kind: 'complaint', policy: 'housing-ombudsman-code' } },
      ]);
    }
    const references = results.map((r) => r.record.reference);
    expect(references.every((r) => REFERENCE_PATTERN.test(r))).toBe(true);
    expect(new Set(references).size).toBe(keys.length);
  }, 120_000);

  it('never lose or interleave events recorded on one case from both instances at once', async () => {
    const { record } = await one.cases.file(newCase('events'));
    // Each decision says how many events it saw: if two were decided on the same history, two
    // would say the same number.
    const record1 = (store: Store, n: number) =>
      store.cases.recordEvent(record.reference, `staff:${n}`, (_r, events) => ({
        event: { type: 'note', data: { saw: events.length } },
        stage: 1,
        state: 'stage1_open',
        listing: { next: null, basis: '-' },
        result: events.length,
      }));
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, n) => record1(n % 2 ? one : two, n)));
    const seen = outcomes.map((o) => o!.result).sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const events = await two.cases.events(record.id);
    expect(events).toHaveLength(41);
    expect(events.slice(1).map((e) => (e.data as { saw: number }).saw)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  }, 120_000);

  it('write nothing when a decision refuses the event, and answer undefined for an unknown reference', async () => {
    const { record } = await one.cases.file(newCase('refused'));
    const refusal = new Error('not at this stage');
    await expect(
      two.cases.recordEvent(record.reference, 'staff:x', () => {
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(await one.cases.events(record.id)).toHaveLength(1);
    expect(await one.cases.recordEvent('CMP-ZZZZ-ZZZZ', 'staff:x', () => ({ event: { type: 'x', data: {} }, stage: 1, state: 's', listing: { next: null, basis: '-' }, result: 1 }))).toBeUndefined();
    // The refused transaction gave its connection back clean: the next use of the pool works.
    const done = await two.cases.recordEvent(record.reference, 'staff:x', (r) => ({ event: { type: 'stage1_answered', data: {} }, stage: 1, state: 'stage1_answered', listing: { next: null, basis: '-' }, result: r.state }));
    expect(done).toMatchObject({ result: 'stage1_open', record: { state: 'stage1_answered' }, event: { type: 'stage1_answered', actor: 'staff:x', at: NOW } });
    expect((await one.cases.byReference(record.reference))!.state).toBe('stage1_answered');
  }, 60_000);

  it('count lookup misses across instances, and let no guess past the limit when many arrive at once', async () => {
    const now = new Date(NOW);
    for (let i = 0; i < MAX_MISSES - 1; i++) {
      expect(await (i % 2 ? one : two).lookupLocks.attempt({ reference: 'CMP-2222-2222', asker: `test:asker-${i}` }, now, false)).toEqual({ outcome: 'missed', lockedUntil: null });
    }
    expect(await one.lookupLocks.misses('reference', 'CMP-2222-2222', now)).toBe(MAX_MISSES - 1);
    expect(await two.lookupLocks.misses('reference', 'CMP-2222-2222', now)).toBe(MAX_MISSES - 1);
    // Ten guesses at once, on both instances, from ten askers: one more miss reaches the limit,
    // and every other guess finds the reference locked.
    const guesses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).lookupLocks.attempt({ reference: 'CMP-2222-2222', asker: `test:burst-${i}` }, now, false)),
    );
    expect(guesses.filter((g) => g.outcome === 'missed')).toHaveLength(1);
    expect(guesses.filter((g) => g.outcome === 'locked')).toHaveLength(9);
    const until = new Date(now.getTime() + 30 * 60_000);
    expect(await one.lookupLocks.lockedUntil({ reference: 'CMP-2222-2222', asker: 'test:someone-else' }, now)).toEqual(until);
    expect(await two.lookupLocks.lockedUntil({ reference: 'CMP-2222-2222', asker: 'test:someone-else' }, now)).toEqual(until);
    // The right answer, even from the owner, waits for the lock to end.
    expect(await two.lookupLocks.attempt({ reference: 'CMP-2222-2222', asker: 'test:owner' }, now, true)).toEqual({ outcome: 'locked', until });
  }, 60_000);

  it('hold one address to the per-address cap whichever instance each request reaches, asked at the same moment on both (counted, then opened, both instances passed at the cap)', async () => {
    // As each instance's Handover does: open with the address's key, within the caps.
    const cap = new HandoverCap({ perAddress: 3, total: 0 });
    const instances = [one, two];
    const ask = async (i: number, n: number, address: string, safety = false) => {
      const r = await instances[i].handoffs.open({
        conversationKey: `test:cap-${address}-${n}`, conversationRef: {}, channelId: 'webchat', language: 'cy', reason: 'asked', at: NOW,
        caseReference: null, context: {}, state: 'waiting', callback: null, addressKey: cap.addressKey(address),
      }, cap.caps(safety));
      return 'full' in r ? r.full : 'queued';
    };
    // Twelve at once, alternating between the instances, each on its own connection.
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, n) => ask(n % 2, n, '203.0.113.9')));
    expect(outcomes.filter((o) => o === 'queued')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'address')).toHaveLength(9);
    // A safety request has twice the room, and no more, however many ask together.
    const safety = await Promise.all(Array.from({ length: 6 }, (_, n) => ask(n % 2, 20 + n, '203.0.113.9', true)));
    expect(safety.filter((o) => o === 'queued')).toHaveLength(3);
    // Another address is not held by this one's.
    expect(await ask(1, 0, '198.51.100.4')).toBe('queued');
    // One finished on one instance: the other has room again (for a safety request: at 6 of 6, none until then).
    const mine = (await one.handoffs.queue(NOW)).filter((h) => h.conversationKey.startsWith('test:cap-203.0.113.9-'))[0];
    await one.handoffs.accept(mine.id, 'person:rhian', NOW);
    await one.handoffs.finish(mine.id, 'person:rhian', NOW, 'handed_back', {});
    expect(await ask(1, 40, '203.0.113.9', true)).toBe('queued');
    expect(await ask(0, 41, '203.0.113.9', true)).toBe('address');
  }, 60_000);

  it('hold the whole queue to its cap when both instances open at once', async () => {
    const before = (await one.handoffs.openCounts(null)).total;
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        [one, two][n % 2].handoffs.open({
          conversationKey: `test:queue-cap-${n}`, conversationRef: {}, channelId: 'webchat', language: 'en', reason: 'asked', at: NOW,
          caseReference: null, context: {}, state: 'waiting', callback: null, addressKey: null,
        }, { total: before + 4, perAddress: 0 }),
      ),
    );
    expect(outcomes.filter((r) => 'handoff' in r && r.created)).toHaveLength(4);
    expect(outcomes.filter((r) => 'full' in r && r.full === 'total')).toHaveLength(6);
    expect((await two.handoffs.openCounts(null)).total).toBe(before + 4);
  }, 60_000);

  it('share kept replies: a re-delivery reaching the other instance finds the first answer', async () => {
    await one.turnReplies.record('test:redeliver', 'a1', 'test:u', [{ type: 'message', text: 'Diolch' }]);
    await two.turnReplies.record('test:redeliver', 'a1', 'test:u', [{ type: 'message', text: 'second' }]);
    expect(await two.turnReplies.find('test:redeliver', 'a1')).toEqual({ userKey: 'test:u', replies: [{ type: 'message', text: 'Diolch' }] });
  }, 60_000);

  it.each([
    ['a transcript text', { text: 'a\u0000b' }],
    ['a conversation key', { conversationKey: 'test:nul\u0000conversation' }],
  ])('keep %s with NUL: the plain column gets U+FFFD, the JSON keeps it exactly', async (_what, change) => {
    const entry = { conversationKey: 'test:nul', at: NOW, direction: 'in' as const, activityType: 'message', text: 'plain', data: { text: 'a\u0000b' }, ...change };
    await one.transcripts.append([entry]);
    const read = await two.transcripts.forConversation(entry.conversationKey);
    expect(read.at(-1)).toEqual({ at: NOW, direction: 'in', activityType: 'message', text: entry.text.replaceAll('\u0000', '\uFFFD') });
    const { record } = await two.cases.file(newCase(`nul-${_what.length}`, { conversationKey: entry.conversationKey, details: { description: 'x\u0000y' } }));
    expect((await one.cases.byReference(record.reference))!.details).toEqual({ description: 'x\u0000y' });
  }, 60_000);

  it('take the longest ids the edge lets in (1,024 characters, 3 KB in UTF-8) as keys, still matching', async () => {
    // Three bytes a character and no repeats, so PostgreSQL cannot compress it under the limit.
    const longId = Array.from({ length: 1023 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('') + '\u0000';
    const first = await one.cases.file(newCase('long-id', { idempotencyKey: `test:long:${longId}` }));
    const again = await two.cases.file(newCase('long-id', { idempotencyKey: `test:long:${longId}` }));
    const other = await two.cases.file(newCase('long-id', { idempotencyKey: `test:long:${longId}x` }));
    expect([first.created, again.created, other.created]).toEqual([true, false, true]);
    expect(again.record.reference).toBe(first.record.reference);
    await one.turnReplies.record('test:long', longId, 'test:u', ['a']);
    expect(await two.turnReplies.find('test:long', longId)).toEqual({ userKey: 'test:u', replies: ['a'] });
    expect(await two.turnReplies.find('test:long', `${longId}x`)).toBeUndefined();
    expect(await one.lookupLocks.attempt({ reference: 'CMP-3333-3333', asker: `test:${longId}` }, new Date(NOW), false)).toEqual({ outcome: 'missed', lockedUntil: null });
    expect(await two.lookupLocks.misses('asker', `test:${longId}`, new Date(NOW))).toBe(1);
  }, 60_000);

  it('sweep idle conversations seen from either instance, keeping recent ones, cases and handoff requests', async () => {
    const party = (name: string) => ({
      conversationKey: `test:ret-${name}`,
      userKey: `test:ret-user-${name}`,
      conversationStateKey: `test/conversations/ret-${name}`,
      userStateKey: `test/users/ret-user-${name}`,
    });
    const [idle, recent] = [party('idle'), party('recent')];
    const old = new Date('2026-08-01T09:00:00Z');
    for (const [p, at, store] of [[idle, old, one], [recent, new Date(NOW), two]] as const) {
      await store.retention.touch(p, at);
      await store.conversationState.write({ [p.conversationStateKey]: { step: 1 }, [p.userStateKey]: { language: 'cy' } });
      await store.transcripts.append([{ conversationKey: p.conversationKey, at: at.toISOString(), direction: 'in', activityType: 'message', text: 'helo', data: {} }]);
      await store.turnReplies.record(p.conversationKey, 'a1', p.userKey, [{ text: 'Helo' }]);
      await store.handoffs.open({
        conversationKey: p.conversationKey,
        conversationRef: {},
        channelId: 'test',
        language: 'cy',
        reason: 'asked',
        at: at.toISOString(),
        caseReference: null,
        context: {},
        state: 'waiting',
        callback: null,
      });
    }
    // An older touch arriving late does not make a conversation look idle.
    await one.retention.touch(recent, old);
    const { record } = await one.cases.file(newCase('ret-idle', { conversationKey: idle.conversationKey }));

    const removed = await two.retention.sweep(new Date('2026-09-01T00:00:00Z'), 1000);
    // The idle conversation's handover is blanked (its context, its one event), its row kept.
    expect(removed).toEqual({ conversations: 1, stateRows: 2, transcriptRows: 1, replyRows: 1, handoverRequests: 1, handoverEvents: 1, more: false });
    expect(await one.conversationState.read([idle.conversationStateKey, idle.userStateKey])).toEqual({});
    expect(await one.transcripts.forConversation(idle.conversationKey)).toEqual([]);
    expect(await one.turnReplies.find(idle.conversationKey, 'a1')).toBeUndefined();
    expect(Object.keys(await one.conversationState.read([recent.conversationStateKey, recent.userStateKey]))).toHaveLength(2);
    expect(await one.transcripts.forConversation(recent.conversationKey)).toHaveLength(1);
    expect(await one.cases.byReference(record.reference)).toBeDefined();
    expect(await one.handoffs.list({ conversationKey: idle.conversationKey })).toHaveLength(1);

    await one.retention.endConversation(recent, new Date(NOW));
    expect(Object.keys(await two.conversationState.read([recent.conversationStateKey, recent.userStateKey]))).toEqual([recent.userStateKey]);
    expect(await two.turnReplies.find(recent.conversationKey, 'a1')).toBeUndefined();
    expect(await two.retention.forgetUser(recent)).toEqual({ conversations: 1, stateRows: 1, transcriptRows: 1, replyRows: 0, handoverRequests: 1, handoverEvents: 1 });
    expect(await two.conversationState.read([recent.userStateKey])).toEqual({});
  }, 60_000);

  it('let a closed store say it is not healthy, without taking the process down', async () => {
    const extra = await openPostgresStore(settings, { clock });
    await extra.close();
    await extra.close(); // a second close is harmless
    expect(await extra.health()).toMatchObject({ ok: false, kind: 'postgres', schemaVersion: null, error: expect.any(String) });
  }, 60_000);
});

describe.skipIf(!pg.available)('PostgreSQL case references', () => {
  it('draw again on a reference already taken (told by SQLSTATE 23505), and give up after a few', async () => {
    const schema = await pg.freshSchema();
    const settings = readPgSettings({ DATABASE_URL: schema.connectionString });
    const store = await openPostgresStore(settings, { clock: new FixedClock(NOW) });
    const pool = createPgPool(settings, { max: 2 });
    try {
      const draws = ['CMP-BBBB-BBBB', 'CMP-BBBB-BBBB', 'CMP-BBBB-BBBB', 'CMP-CCCC-CCCC'];
      const cases = new PgCaseStore(pool, new FixedClock(NOW), () => draws.shift()!);
      expect((await cases.file(newCase('first'))).record.reference).toBe('CMP-BBBB-BBBB');
      expect((await cases.file(newCase('second'))).record).toMatchObject({ reference: 'CMP-CCCC-CCCC' });
      expect(draws).toEqual([]);
      const stuck = new PgCaseStore(pool, new FixedClock(NOW), () => 'CMP-BBBB-BBBB');
      await expect(stuck.file(newCase('third'))).rejects.toMatchObject({ code: '23505' });
      expect(await store.cases.count()).toBe(2);
    } finally {
      await pool.end();
      await store.close();
    }
  }, 120_000);
});
