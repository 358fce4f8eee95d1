import type { Pool, PoolClient } from 'pg';

/** SQLSTATE of a unique violation: told by its code, never by the message's wording. */
export const UNIQUE_VIOLATION = '23505';

export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export interface TransactionOptions {
  /** A consistent snapshot for several reads (REPEATABLE READ, READ ONLY). */
  snapshot?: boolean;
}

/**
 * Runs `work` in one transaction on one connection: committed if it returns, rolled back if it
 * throws (the error it threw comes out, not the rollback's). A connection that broke, or whose
 * BEGIN, COMMIT or ROLLBACK failed, is closed rather than handed to the next caller.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A checked-out connection that breaks (server restart, failover, a killed backend) emits
  // 'error'; the pool listens only while it is idle, and unheard, that would end the process.
  const onError = (e: Error) => (broken ??= e);
  client.on('error', onError);
  try {
    await client.query(options.snapshot ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN').catch((e: Error) => {
      broken = e;
      throw e;
    });
    let result: T;
    try {
      result = await work(client);
    } catch (error) {
      await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw error;
    }
    // A COMMIT that fails (the connection dropped) leaves the outcome unknown: the caller hears
    // the error, and the connection is not reused.
    await client.query('COMMIT').catch((e: Error) => {
      broken = e;
      throw e;
    });
    return result;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
