import type { Clock } from '../../clock/clock';
import type { Logger } from '../../log';
import { logMigrationRun } from '../migration';
import { TurnQueue } from '../turn-queue';
import type { Store, StoreHealth } from '../ports';
import { PgCaseStore } from './cases';
import { PgConversationLocks } from './conversation-locks';
import { PgConversationStorage } from './conversation-storage';
import { PgDirectLine } from './directline';
import { PgHandoffs } from './handoffs';
import { PgStaffAccounts, PgStaffSessions } from './staff';
import { PgLookupLocks } from './lookup-locks';
import { migratePostgres, postgresSchemaVersion } from './migrate';
import { createPgPool } from './pool';
import { PgRetention } from './retention';
import type { PgSettings } from './settings';
import { PgTranscriptStore } from './transcripts';
import { PgTurnReplies } from './turn-replies';

export interface PgStoreOptions {
  /** The server's clock: case filing and event times. */
  clock: Clock;
  /** Where connection trouble is reported: a message without the URL or any personal data. A start-up that migrated says so at info. */
  log?: Pick<Logger, 'warn'> & Partial<Pick<Logger, 'info'>>;
  /** Reference generator, for tests that force a collision. */
  reference?: () => string;
}

/**
 * Every store port on one PostgreSQL database, for as many instances as share it. Migrates first
 * (once, whichever instance gets there first), so the store is ready when this resolves. Two
 * pools: one for queries, one for the per-conversation turn locks, each held for a whole turn
 * (see PgConversationLocks for why they must not share).
 */
export async function openPostgresStore(settings: PgSettings, options: PgStoreOptions): Promise<Store> {
  const log = (message: string) => options.log?.warn(message);
  const pool = createPgPool(settings, { log });
  const lockPool = createPgPool(settings, { max: settings.DATABASE_LOCK_POOL_SIZE, log });
  let schemaVersion: number;
  try {
    schemaVersion = await migratePostgres(pool, undefined, (run) => logMigrationRun(options.log?.info ? (options.log as Pick<Logger, 'info'>) : undefined, 'postgres', run));
  } catch (error) {
    await Promise.allSettled([pool.end(), lockPool.end()]);
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    shared: true,
    conversationState: new PgConversationStorage(pool),
    locks: new PgConversationLocks(lockPool, { local: new TurnQueue(), waitMs: settings.TURN_LOCK_TIMEOUT_MS }),
    cases: new PgCaseStore(pool, options.clock, options.reference),
    transcripts: new PgTranscriptStore(pool),
    handoffs: new PgHandoffs(pool),
    staffAccounts: new PgStaffAccounts(pool),
    staffSessions: new PgStaffSessions(pool),
    lookupLocks: new PgLookupLocks(pool),
    turnReplies: new PgTurnReplies(pool),
    retention: new PgRetention(pool),
    directLine: new PgDirectLine(pool),
    async health(): Promise<StoreHealth> {
      try {
        schemaVersion = await postgresSchemaVersion(pool);
        return { ok: true, kind: 'postgres', schemaVersion };
      } catch (error) {
        // pg's messages name hosts and users, never passwords; a failed query here quotes no data.
        return { ok: false, kind: 'postgres', schemaVersion: null, error: (error as Error).message };
      }
    },
    close() {
      // Both pools wait for their connections in use to come back, then end.
      closed ??= Promise.all([pool.end(), lockPool.end()]).then(() => undefined);
      return closed;
    },
  };
}
