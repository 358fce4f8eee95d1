import { emptyStoreItems, ETagConflictError, type KeyValueStorage, type StoreItem, type StoreItems } from '../ports';
import type { Db } from './database';
import type { GroupCommit } from './group-commit';

// The shape lives with the other ports; re-exported for code that reached it here.
export { emptyStoreItems, ETagConflictError, type KeyValueStorage, type StoreItem, type StoreItems };

/** Recently used states kept in memory; a few thousand conversations' worth is a few megabytes. */
const CACHE_ENTRIES = 10_000;

interface Cached {
  etag: number;
  data: string;
}

/**
 * Bot state in SQLite, honouring eTags: a write carrying an eTag that is not the stored one is
 * refused, so a stale turn cannot overwrite a newer one. "*" or no eTag writes unconditionally.
 *
 * Writes go through the group commit (one transaction for the turns processed together) and
 * settle once committed. Reads are served from a cache of committed rows kept up to date by this
 * store's own writes, so a turn does not go to SQLite to read what the last turn wrote. That
 * assumes, as the per-conversation turn queue does, one bot process per database file. A write of
 * exactly what is stored is not made at all (see `unchanged`), so the bot can save its state at
 * the end of every turn without comparing it first.
 */
export class SqliteStorage implements KeyValueStorage {
  private readonly select;
  private readonly upsert;
  private readonly remove;
  private readonly cache = new Map<string, Cached>();
  /** Keys with a write or delete queued but not yet committed, and how many. */
  private readonly inFlight = new Map<string, number>();

  constructor(
    db: Db,
    private readonly commits: GroupCommit,
  ) {
    this.select = db.prepare<[string], Cached>('SELECT etag, data FROM bot_state WHERE key = ?');
    // The eTag check and the write are one statement. No row back means a stale eTag.
    this.upsert = db.prepare<{ key: string; data: string; now: string; expected: number | null }, { etag: number }>(
      `INSERT INTO bot_state (key, etag, data, updated_at) VALUES (@key, 1, @data, @now)
       ON CONFLICT(key) DO UPDATE SET etag = bot_state.etag + 1, data = excluded.data, updated_at = excluded.updated_at
       WHERE @expected IS NULL OR bot_state.etag = @expected
       RETURNING etag`,
    );
    this.remove = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out = emptyStoreItems<StoreItem>();
    for (const key of keys) {
      const row = this.cached(key) ?? (await this.load(key));
      if (row) {
        const item = JSON.parse(row.data) as StoreItem;
        item.eTag = String(row.etag);
        out[key] = item;
      }
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const now = new Date().toISOString();
    // Serialised now: the caller may change its objects once this returns.
    const rows = Object.entries(changes)
      .map(([key, { eTag, ...data }]) => ({ key, eTag, data: JSON.stringify(data) }))
      .filter((r) => !this.unchanged(r.key, r.eTag, r.data));
    if (rows.length === 0) return;
    await this.tracking(
      rows.map((r) => r.key),
      this.commits.run(() => rows.map((r) => this.writeOne(r.key, r.eTag, r.data, now)), {
        committed: (etags) => rows.forEach((r, i) => this.remember(r.key, { etag: etags[i], data: r.data })),
        // One key is one upsert; several must be written all or none, so they take a savepoint.
        oneStatement: rows.length === 1,
      }),
    );
  }

  /**
   * A write that would store exactly what is stored, with an eTag that would be accepted, changes
   * nothing, so it is not made and the eTag stays as it is. Most turns leave the resident's user
   * state as it was; this is where that is noticed. Not while another write to the key is queued:
   * that one would otherwise land after this and have the last word.
   */
  private unchanged(key: string, eTag: string | undefined, data: string): boolean {
    if (this.inFlight.has(key)) return false;
    const stored = this.cache.get(key);
    return stored !== undefined && stored.data === data && (eTag === undefined || eTag === '*' || eTag === String(stored.etag));
  }

  async delete(keys: string[]): Promise<void> {
    await this.tracking(
      keys,
      this.commits.run(() => keys.forEach((key) => this.remove.run(key)), {
        committed: () => keys.forEach((key) => this.cache.delete(key)),
        oneStatement: keys.length === 1,
      }),
    );
  }

  /**
   * Forgets cached rows that were deleted by other SQL (retention, a resident's deletion request),
   * so a read goes to the table and a write is not skipped as "unchanged" against a row that is gone.
   */
  evict(keys: Iterable<string>): void {
    for (const key of keys) this.cache.delete(key);
  }

  private async tracking<T>(keys: string[], committing: Promise<T>): Promise<T> {
    for (const key of keys) this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    try {
      return await committing;
    } finally {
      for (const key of keys) {
        const n = this.inFlight.get(key)! - 1;
        if (n === 0) this.inFlight.delete(key);
        else this.inFlight.set(key, n);
      }
    }
  }

  private writeOne(key: string, eTag: string | undefined, data: string, now: string): number {
    // Only the stored number, exactly as read, matches; anything else conflicts with a stored row.
    const expected = eTag === undefined || eTag === '*' ? null : String(Number(eTag)) === eTag ? Number(eTag) : -1;
    const row = this.upsert.get({ key, data, now, expected });
    if (!row) throw new ETagConflictError(key);
    return row.etag;
  }

  private cached(key: string): Cached | undefined {
    const hit = this.cache.get(key);
    if (hit) {
      // Most recently used goes to the end, so the oldest is first to go.
      this.cache.delete(key);
      this.cache.set(key, hit);
    }
    return hit;
  }

  /**
   * A state not in the cache (every new conversation's first turn) is read in the next group
   * commit, sparing a read transaction of its own; it is remembered in commit order, so a write to
   * the same key queued after it still has the last word.
   */
  private load(key: string): Promise<Cached | undefined> {
    return this.commits.read(() => this.select.get(key), { committed: (row) => row && this.remember(key, row) });
  }

  private remember(key: string, row: Cached): void {
    this.cache.delete(key);
    this.cache.set(key, row);
    if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
  }
}
