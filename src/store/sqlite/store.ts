import type { Clock } from '../../clock/clock';
import { logMigrationRun, type MigrationLog } from '../migration';
import type { Store, StoreHealth } from '../ports';
import { TurnQueue } from '../turn-queue';
import { SqliteCases } from './cases';
import { SqliteStorage } from './conversation-state';
import { type Db, openDatabase, schemaVersion } from './database';
import { SqliteDirectLine } from './directline';
import { GroupCommit } from './group-commit';
import { SqliteHandoffs } from './handoffs';
import { SqliteStaffAccounts, SqliteStaffSessions } from './staff';
import { SqliteLookupLocks } from './lookup-locks';
import { SqliteRetention } from './retention';
import { SqliteTranscripts } from './transcripts';
import { SqliteTurnReplies } from './turn-replies';

/** The SQLite Store, with what only its own tests and tools may reach: the file and its group commit. */
export interface SqliteStore extends Store {
  readonly db: Db;
  readonly commits: GroupCommit;
}

export interface SqliteStoreOptions {
  clock: Clock;
  /** Reference generator, for tests that force a collision. */
  reference?: () => string;
  /** Where a start-up that migrated the file says so (from and to which version, how long). */
  log?: MigrationLog;
}

/**
 * The embedded store: one SQLite file, one bot process. Every write of a turn (state, transcript,
 * kept replies, a filed case, a handoff) joins the group commit, so the turns processed together
 * share one transaction; conversation state reads come from a cache of committed rows, which is
 * safe only because no other process writes the file.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions): SqliteStore {
  const db = openDatabase(path, undefined, (run) => logMigrationRun(options.log, 'sqlite', run));
  const commits = new GroupCommit(db);
  const conversationState = new SqliteStorage(db, commits);
  let closed: Promise<void> | undefined;
  return {
    db,
    commits,
    shared: false,
    conversationState,
    locks: new TurnQueue(),
    cases: new SqliteCases(db, commits, options.clock, options.reference),
    transcripts: new SqliteTranscripts(db, commits),
    handoffs: new SqliteHandoffs(db, commits),
    staffAccounts: new SqliteStaffAccounts(db),
    staffSessions: new SqliteStaffSessions(db),
    lookupLocks: new SqliteLookupLocks(db),
    turnReplies: new SqliteTurnReplies(db, commits),
    // Rows deleted by retention must leave the state cache too.
    retention: new SqliteRetention(db, commits, (keys) => conversationState.evict(keys)),
    directLine: new SqliteDirectLine(db, commits),
    async health(): Promise<StoreHealth> {
      try {
        db.prepare('SELECT 1').get();
        return { ok: true, kind: 'sqlite', schemaVersion: schemaVersion(db) };
      } catch (e) {
        return { ok: false, kind: 'sqlite', schemaVersion: null, error: (e as Error).message };
      }
    },
    close() {
      closed ??= Promise.resolve().then(() => {
        // Whatever is queued is committed first, so nothing a turn was promised is lost.
        commits.flush();
        db.close();
      });
      return closed;
    },
  };
}
