import type { Db } from './database';

/**
 * The read/write/delete key-value shape that Bot Framework's `Storage` and the Microsoft 365
 * Agents SDK's storage share. Declared here, not imported, so the store does not depend on
 * either SDK; both accept it structurally.
 */
export interface StoreItem {
  eTag?: string;
  [key: string]: unknown;
}
export type StoreItems = Record<string, StoreItem>;
export interface KeyValueStorage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: eTag conflict writing "${key}": it was changed by another turn`);
    this.name = 'ETagConflictError';
  }
}

/**
 * Bot state in SQLite, honouring eTags: a write carrying an eTag that is not the stored one is
 * refused, so a stale turn cannot overwrite a newer one. "*" or no eTag writes unconditionally.
 */
export class SqliteStorage implements KeyValueStorage {
  private readonly select;
  private readonly upsert;
  private readonly remove;

  constructor(private readonly db: Db) {
    this.select = db.prepare<[string], { etag: number; data: string }>('SELECT etag, data FROM bot_state WHERE key = ?');
    // The eTag check and the write are one statement, so a single-key write (every turn's) is one
    // autocommit rather than BEGIN, SELECT, UPSERT, COMMIT. No row changed means a stale eTag.
    this.upsert = db.prepare<{ key: string; data: string; now: string; expected: number | null }>(
      `INSERT INTO bot_state (key, etag, data, updated_at) VALUES (@key, 1, @data, @now)
       ON CONFLICT(key) DO UPDATE SET etag = bot_state.etag + 1, data = excluded.data, updated_at = excluded.updated_at
       WHERE @expected IS NULL OR bot_state.etag = @expected`,
    );
    this.remove = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      const row = this.select.get(key);
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
    const entries = Object.entries(changes);
    if (entries.length === 1) this.writeOne(entries[0][0], entries[0][1], now);
    // Several keys are written all or none.
    else if (entries.length > 1) this.db.transaction(() => entries.forEach(([key, item]) => this.writeOne(key, item, now)))();
  }

  private writeOne(key: string, item: StoreItem, now: string): void {
    const { eTag, ...data } = item;
    // Only the stored number, exactly as read, matches; anything else conflicts with a stored row.
    const expected = eTag === undefined || eTag === '*' ? null : String(Number(eTag)) === eTag ? Number(eTag) : -1;
    const { changes } = this.upsert.run({ key, data: JSON.stringify(data), now, expected });
    if (changes === 0) throw new ETagConflictError(key);
  }

  async delete(keys: string[]): Promise<void> {
    this.db.transaction(() => {
      for (const key of keys) this.remove.run(key);
    })();
  }
}
