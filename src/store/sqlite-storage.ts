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
    this.upsert = db.prepare<[string, number, string, string]>(
      `INSERT INTO bot_state (key, etag, data, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, data = excluded.data, updated_at = excluded.updated_at`,
    );
    this.remove = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      const row = this.select.get(key);
      if (row) out[key] = { ...(JSON.parse(row.data) as StoreItem), eTag: String(row.etag) };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const [key, item] of Object.entries(changes)) {
        const row = this.select.get(key);
        const { eTag, ...data } = item;
        if (row && eTag !== undefined && eTag !== '*' && eTag !== String(row.etag)) throw new ETagConflictError(key);
        this.upsert.run(key, (row?.etag ?? 0) + 1, JSON.stringify(data), now);
      }
    })();
  }

  async delete(keys: string[]): Promise<void> {
    this.db.transaction(() => {
      for (const key of keys) this.remove.run(key);
    })();
  }
}
