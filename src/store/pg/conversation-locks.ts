import type { Pool, PoolClient } from 'pg';
import { ConversationBusyError, type ConversationLocks } from '../conversation-locks';
import { advisoryKey } from './advisory-key';

export interface PgConversationLocksOptions {
  /**
   * The in-process queue in front (a TurnQueue): turns of one conversation on this instance wait
   * there, not each holding a connection while it waits for the lock.
   */
  local: ConversationLocks;
  /** The longest a turn waits, here and in PostgreSQL together, before ConversationBusyError. */
  waitMs: number;
}

/** SQLSTATE for lock_timeout (lock_not_available) and for statement_timeout (query_canceled). */
const TIMED_OUT = new Set(['55P03', '57014']);

/**
 * One conversation's turns one at a time across every instance on the database: each turn holds a
 * session-level advisory lock on the conversation's key, on a connection of its own, for as long
 * as it runs. PostgreSQL queues the waiters and wakes the next the moment the lock is let go, and
 * drops the lock itself if the instance holding it dies (its connection closes), so a killed
 * instance never leaves a conversation locked.
 *
 * Give it a pool of its own (DATABASE_LOCK_POOL_SIZE): a turn holds one connection here while
 * its storage queries take others, so sharing one pool could leave every connection held by
 * turns waiting for another.
 */
export class PgConversationLocks implements ConversationLocks {
  constructor(
    private readonly pool: Pool,
    private readonly options: PgConversationLocksOptions,
  ) {}

  run<T>(key: string, turn: () => Promise<T>): Promise<T> {
    // A monotonic clock: this measures a wait, it decides no fact about the turn.
    const deadline = performance.now() + this.options.waitMs;
    return this.options.local.run(key, () => this.acrossInstances(advisoryKey('turn', key), deadline, turn));
  }

  private async acrossInstances<T>(lockKey: string, deadline: number, turn: () => Promise<T>): Promise<T> {
    const client = await this.connect(deadline);
    // A held connection that breaks mid-turn emits 'error'; unheard, that would end the process.
    let broken: Error | undefined;
    const onError = (e: Error) => (broken = e);
    client.on('error', onError);
    let locked = false;
    try {
      await this.lock(client, lockKey, deadline);
      locked = true;
      return await turn();
    } catch (e) {
      // Failing to take the lock other than by waiting too long means the connection is suspect.
      if (!locked && !(e instanceof ConversationBusyError)) broken ??= e as Error;
      throw e;
    } finally {
      if (locked) {
        try {
          const { rows } = await client.query<{ ok: boolean }>('SELECT pg_advisory_unlock($1::bigint) AS ok', [lockKey]);
          if (!rows[0].ok) broken ??= new Error('the turn lock was no longer held');
        } catch (e) {
          broken ??= e as Error;
        }
      }
      client.off('error', onError);
      // A broken connection is closed, not reused; closing it also drops any lock it still holds.
      client.release(broken);
    }
  }

  /** A connection, waited for no longer than the time left. */
  private async connect(deadline: number): Promise<PoolClient> {
    const left = deadline - performance.now();
    if (left <= 0) throw new ConversationBusyError(this.options.waitMs);
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const connecting = this.pool.connect();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new ConversationBusyError(this.options.waitMs));
      }, left);
    });
    // A connection that arrives after we gave up goes straight back.
    connecting.then((c) => timedOut && c.release(), () => undefined);
    try {
      return await Promise.race([connecting, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Waits for the lock for the time left. One round trip: the timeouts are set, the lock taken
   * and the timeouts put back in one implicit transaction, so if the wait times out the settings
   * roll back with it and the connection is as it was.
   */
  private async lock(client: PoolClient, lockKey: string, deadline: number): Promise<void> {
    const left = Math.floor(deadline - performance.now());
    if (left <= 0) throw new ConversationBusyError(this.options.waitMs);
    try {
      // Both values are numbers made here, never input. statement_timeout is raised past the
      // lock wait so it is lock_timeout that ends the wait.
      await client.query(
        `SET lock_timeout = ${left}; SET statement_timeout = ${left + 1000}; ` +
          `SELECT pg_advisory_lock(${BigInt(lockKey)}); RESET lock_timeout; RESET statement_timeout`,
      );
    } catch (e) {
      if (TIMED_OUT.has((e as { code?: string }).code ?? '')) throw new ConversationBusyError(this.options.waitMs);
      throw e;
    }
  }
}
