import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TurnQueue } from '../../src/store/turn-queue';
import { ConversationBusyError, type ConversationLocks } from '../../src/store/conversation-locks';
import { advisoryKey } from '../../src/store/pg/advisory-key';
import { PgConversationLocks } from '../../src/store/pg/conversation-locks';
import { describePostgres, freshSchema, type TestSchema } from './pg-test-database';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Unique per run: advisory locks are database-wide, and other test files may share the database.
const key = (name: string) => `test:${process.pid}:${Math.random().toString(36).slice(2)}:${name}`;

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the in-process turn queue', () => {
  it('is the one-process ConversationLocks', async () => {
    const locks: ConversationLocks = new TurnQueue();
    const order: string[] = [];
    await Promise.all([
      locks.run('k', async () => {
        await sleep(20);
        order.push('first');
      }),
      locks.run('k', async () => order.push('second')),
    ]);
    expect(order).toEqual(['first', 'second']);
  });
});

describePostgres('per-conversation turn locks across instances (PostgreSQL)', () => {
  let schema: TestSchema;
  let poolA: Pool;
  let poolB: Pool;
  let a: PgConversationLocks;
  let b: PgConversationLocks;
  beforeAll(async () => {
    schema = await freshSchema({ migrate: false });
    poolA = schema.pool({ max: 4 });
    poolB = schema.pool({ max: 4 });
    a = new PgConversationLocks(poolA, { local: new TurnQueue(), waitMs: 30_000 });
    b = new PgConversationLocks(poolB, { local: new TurnQueue(), waitMs: 30_000 });
  }, 60_000);
  afterAll(async () => schema?.drop(), 60_000);

  it('never lets two turns of one conversation overlap, whichever instance they reach', async () => {
    const k = key('same');
    const spans: Array<{ start: number; end: number }> = [];
    let inside = 0;
    let most = 0;
    const turn = async () => {
      inside++;
      most = Math.max(most, inside);
      const start = performance.now();
      await sleep(15);
      const end = performance.now();
      inside--;
      spans.push({ start, end });
    };
    await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).run(k, turn)));
    expect(most).toBe(1);
    spans.sort((x, y) => x.start - y.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    expect(spans).toHaveLength(12);
  }, 60_000);

  it('runs turns of different conversations at the same time', async () => {
    const started = [deferred(), deferred()];
    // Each turn finishes only once both have started: they can only pass if they run together.
    const both = Promise.all(started.map((d) => d.promise));
    await Promise.all([
      a.run(key('one'), async () => {
        started[0].resolve();
        await both;
      }),
      b.run(key('two'), async () => {
        started[1].resolve();
        await both;
      }),
    ]);
  }, 60_000);

  it('gives up after the wait with ConversationBusyError, without running the turn', async () => {
    const k = key('busy');
    const hold = deferred();
    const holding = deferred();
    const holder = a.run(k, async () => {
      holding.resolve();
      await hold.promise;
    });
    await holding.promise;
    const impatient = new PgConversationLocks(poolB, { local: new TurnQueue(), waitMs: 300 });
    let ran = false;
    const started = performance.now();
    const error = await impatient
      .run(k, async () => {
        ran = true;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConversationBusyError);
    expect((error as ConversationBusyError).retryAfterSeconds).toBeGreaterThan(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(ran).toBe(false);
    hold.resolve();
    await holder;
    // The connection that timed out is as good as new, and the conversation free again.
    await impatient.run(k, async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(await poolB.query('SHOW lock_timeout')).toMatchObject({ rows: [{ lock_timeout: '0' }] });
  }, 60_000);

  it('counts the wait in this instance\'s own queue towards the limit', async () => {
    const locks = new PgConversationLocks(poolA, { local: new TurnQueue(), waitMs: 300 });
    const k = key('local');
    const hold = deferred();
    const holding = deferred();
    const holder = locks.run(k, async () => {
      holding.resolve();
      await hold.promise;
    });
    await holding.promise;
    let ran = false;
    const behind = locks.run(k, async () => {
      ran = true;
    });
    await sleep(600);
    hold.resolve();
    await holder;
    await expect(behind).rejects.toBeInstanceOf(ConversationBusyError);
    expect(ran).toBe(false);
  }, 60_000);

  it('lets go of the lock when a turn throws, and returns the connection', async () => {
    const k = key('throws');
    await expect(
      a.run(k, async () => {
        throw new Error('the turn failed');
      }),
    ).rejects.toThrow('the turn failed');
    // The other instance gets in straight away (it would wait the full 30 s otherwise).
    const started = performance.now();
    await b.run(k, async () => undefined);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(poolA.idleCount).toBe(poolA.totalCount);
    expect(await holders(k)).toBe(0);
  }, 60_000);

  it('frees a conversation whose instance died mid-turn, and the dying turn does not take the process down', async () => {
    const k = key('killed');
    const hold = deferred();
    const holding = deferred();
    const dying = a.run(k, async () => {
      holding.resolve();
      await hold.promise;
    });
    await holding.promise;
    // What kill -9 of the instance does to its side of the lock: the session ends.
    const [classid, objid] = lockIds(advisoryKey('turn', k));
    const killed = await schema.admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = $2 AND objsubid = 1 AND granted`,
      [classid, objid],
    );
    expect(killed.rowCount).toBe(1);
    await b.run(k, async () => undefined);
    hold.resolve();
    await dying; // the unlock fails on a dead connection, which is closed rather than reused
    await a.run(k, async () => undefined);
  }, 60_000);

  it('keeps one connection per conversation: turns queued on this instance wait without one', async () => {
    const small = schema.pool({ max: 2 });
    const locks = new PgConversationLocks(small, { local: new TurnQueue(), waitMs: 30_000 });
    const k = key('queued');
    const done: string[] = [];
    const queued = Array.from({ length: 5 }, (_, i) =>
      locks.run(k, async () => {
        await sleep(100);
        done.push(`queued ${i}`);
      }),
    );
    // With each queued turn holding a connection, this one could not get either of the two.
    await locks.run(key('other'), async () => done.push('other'));
    expect(done.indexOf('other')).toBeLessThan(4);
    await Promise.all(queued);
    expect(small.totalCount).toBeLessThanOrEqual(2);
  }, 60_000);

  /** Sessions holding the advisory lock for this conversation. */
  async function holders(k: string): Promise<number> {
    const [classid, objid] = lockIds(advisoryKey('turn', k));
    const { rows } = await schema.admin.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = $2 AND objsubid = 1 AND granted`,
      [classid, objid],
    );
    return Number(rows[0].n);
  }
});

/** pg_locks shows a bigint advisory key as its high and low 32 bits. */
function lockIds(key: string): [string, string] {
  const unsigned = BigInt.asUintN(64, BigInt(key));
  return [String(unsigned >> 32n), String(unsigned & 0xffffffffn)];
}
