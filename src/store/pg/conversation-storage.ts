import type { Pool } from 'pg';
import { emptyStoreItems, ETagConflictError, type KeyValueStorage, type StoreItem, type StoreItems } from '../ports';

/** An eTag this store hands out: the row's version number, exactly as read. */
const ETAG = /^[1-9][0-9]{0,17}$/;

/** Past this a key cannot be a primary key's index entry (PostgreSQL's limit is about 2,700 bytes). */
const MAX_KEY_BYTES = 1024;

/** What bot_state_write raises for a write that lost (see the migration). */
const CONFLICT = 'BS409';

/**
 * Bot Framework conversation and user state in PostgreSQL, shared by every instance, with real
 * optimistic concurrency. A write is compared with the stored version in the same statement:
 * - with an eTag: it updates only the row still at that version; a row that has moved on, or
 *   been deleted since, is a conflict (ETagConflictError);
 * - with no eTag: "I read nothing", so it inserts only a key that is absent; a key another turn
 *   has created meanwhile is a conflict;
 * - with "*": it overwrites whatever is there (for tools; the bot should not use it).
 * A write of any number of keys is one statement (the bot_state_write function), so one round
 * trip and one commit, all or none. Keys go in sorted order so two such writes cannot deadlock.
 *
 * Nothing is cached: every read goes to the database, because another instance may have written
 * the key a moment ago and a cache here could not know. (SqliteStorage's cache is safe only
 * because one process owns its file.)
 */
export class PgConversationStorage implements KeyValueStorage {
  constructor(private readonly pool: Pool) {}

  async read(keys: string[]): Promise<StoreItems> {
    const out = emptyStoreItems<StoreItem>();
    if (keys.length === 0) return out;
    keys.forEach(checkKey);
    const { rows } = await this.pool.query<{ key: string; etag: string; data: string }>(
      'SELECT key, etag, data FROM bot_state WHERE key = ANY($1::text[])',
      [keys],
    );
    for (const row of rows) {
      const item = JSON.parse(row.data) as StoreItem;
      item.eTag = String(row.etag);
      out[row.key] = item;
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    // Serialised now: the caller may change its objects once this returns.
    const rows = Object.keys(changes)
      .sort()
      .map((key) => {
        checkKey(key);
        const { eTag, ...data } = changes[key];
        return { key, eTag, data: JSON.stringify(data) };
      });
    // An eTag this store never gave out cannot match; refused before anything is written.
    const foreign = rows.find((r) => r.eTag !== undefined && r.eTag !== '*' && !ETAG.test(r.eTag));
    if (foreign) throw new ETagConflictError(foreign.key);
    if (rows.length === 0) return;
    try {
      await this.pool.query('SELECT bot_state_write($1::text[], $2::text[], $3::text[])', [
        rows.map((r) => r.key),
        rows.map((r) => r.data),
        rows.map((r) => r.eTag ?? null),
      ]);
    } catch (error) {
      const { code, detail } = error as { code?: string; detail?: string };
      if (code === CONFLICT) throw new ETagConflictError(rows[Number(detail) - 1]?.key ?? '?');
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    keys.forEach(checkKey);
    await this.pool.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
  }
}

/** PostgreSQL text cannot hold NUL, and an over-long key cannot be indexed: said plainly, not as an SQL error. */
function checkKey(key: string): void {
  if (key.includes('\0') || Buffer.byteLength(key) > MAX_KEY_BYTES) {
    throw new RangeError(`Storage: a key must be at most ${MAX_KEY_BYTES} bytes without NUL characters`);
  }
}
