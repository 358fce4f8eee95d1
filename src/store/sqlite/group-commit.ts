import type { Db } from './database';

export interface WriteOptions<T> {
  /** Runs with the write's result as soon as the transaction has committed, before any other turn resumes. */
  committed?: (result: T) => void;
  /**
   * The write is one SQL statement. SQLite undoes a statement that fails by itself, leaving the
   * rest of the transaction alone, so it needs no savepoint (two statements fewer per write).
   */
  oneStatement?: boolean;
}

interface Pending {
  write: () => unknown;
  committed?: (result: unknown) => void;
  oneStatement: boolean;
  /** Queued by `read`: only reads, so a batch of nothing else need not take the write lock. */
  readOnly: boolean;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the writes asked for by all the turns the bot works through in one pass of the
 * event loop are committed together, in one SQLite transaction, just after that pass. A write
 * that fails (a stale eTag, say) is undone alone, by its own savepoint or, for one statement, by
 * SQLite itself, and only its caller hears of it. A caller's promise settles only once its write
 * is committed, so a reply that waits for it is never sent for a state that a crash could lose.
 *
 * Why: a commit costs far more than the statements in it, most of all on a busy server where each
 * commit starts with cold CPU caches. Under load, several turns share one.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  private readonly savepoint;
  private readonly release;
  private readonly rollbackTo;

  constructor(private readonly db: Db) {
    this.savepoint = db.prepare('SAVEPOINT write');
    this.release = db.prepare('RELEASE write');
    this.rollbackTo = db.prepare('ROLLBACK TO write');
  }

  /** Runs `write` (synchronous statements on this database) in the next group commit. */
  run<T>(write: () => T, options: WriteOptions<T> = {}): Promise<T> {
    return this.enqueue(write, options, false);
  }

  private enqueue<T>(write: () => T, options: WriteOptions<T>, readOnly: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        write,
        committed: options.committed as Pending['committed'],
        oneStatement: options.oneStatement ?? false,
        readOnly,
        resolve: resolve as Pending['resolve'],
        reject,
      });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * Runs `query` (synchronous reads on this database) inside the next group commit's transaction,
   * in order with the writes queued around it, and settles once that transaction has committed.
   *
   * Why: a read on its own is a transaction of its own, and taking and dropping SQLite's WAL read
   * lock costs several times the query (a point lookup: about 45 µs alone, 13 µs inside a
   * transaction, on the two-core development machine). A turn's lookups ride in the commit the
   * turns of the same pass make anyway. A read sees every write queued before it, as committed
   * with it; `committed` runs in queue order, so a cache filled from a read is never overwritten
   * by a read older than a write after it.
   */
  read<T>(query: () => T, options: Pick<WriteOptions<T>, 'committed'> = {}): Promise<T> {
    return this.enqueue(query, { ...options, oneStatement: true }, true);
  }

  /** Commits everything queued now; also called on shutdown so nothing queued is lost. */
  flush(): void {
    const batch = this.queue;
    this.queue = [];
    this.scheduled = false;
    if (batch.length === 0) return;
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      const transaction = this.db.transaction(() => {
        for (const item of batch) outcomes.push(this.attempt(item));
      });
      // A batch that writes begins IMMEDIATE, taking the file's write lock before its first read
      // (busy_timeout waits for another process's write, the command-line tool's say, to end).
      // Deferred, it would begin with a read lock wherever a read came first (a turn's lookup
      // queued before another turn's state, a filing's "filed already?"), and SQLite cannot
      // upgrade that lock while another connection writes, nor once it has committed (the
      // read's snapshot is stale): it answers SQLITE_BUSY at once, without busy_timeout's wait,
      // and every write in the batch would fail with it. Only reads: a read lock is enough.
      if (batch.every((item) => item.readOnly)) transaction();
      else transaction.immediate();
    } catch (error) {
      // The commit itself failed (disk full, I/O error): none of the batch was written.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (!outcome.ok) return item.reject(outcome.error);
      try {
        item.committed?.(outcome.value);
      } finally {
        item.resolve(outcome.value);
      }
    });
  }

  private attempt(item: Pending): { ok: true; value: unknown } | { ok: false; error: unknown } {
    if (item.oneStatement) {
      try {
        return { ok: true, value: item.write() };
      } catch (error) {
        // A few errors (disk full, I/O) make SQLite roll back the whole transaction, not just the
        // statement; then the batch as a whole has failed, and is reported as such.
        if (!this.db.inTransaction) throw error;
        return { ok: false, error };
      }
    }
    this.savepoint.run();
    try {
      const value = item.write();
      this.release.run();
      return { ok: true, value };
    } catch (error) {
      this.rollbackTo.run();
      this.release.run();
      return { ok: false, error };
    }
  }
}
