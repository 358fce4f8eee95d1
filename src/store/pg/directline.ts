import type { Pool } from 'pg';
import type { DirectLineAppend, DirectLineConversations, DirectLineEntry } from '../ports';
import { directLineEntryFromRow } from '../rows';
import { advisoryKey } from './advisory-key';
import { pgText } from './text';
import { inTransaction } from './transaction';

/**
 * Self-hosted Direct Line conversations on PostgreSQL, shared by every instance: a resident's
 * post may reach one instance, the bot's reply another, and their poll a third.
 */
export class PgDirectLine implements DirectLineConversations {
  constructor(private readonly pool: Pool) {}

  async tokenSecret(candidate: string): Promise<string> {
    // Two instances starting together both try; the first insert wins and both read it back.
    await this.pool.query("INSERT INTO directline_settings (name, value) VALUES ('token_secret', $1) ON CONFLICT DO NOTHING", [candidate]);
    const { rows } = await this.pool.query<{ value: string }>("SELECT value FROM directline_settings WHERE name = 'token_secret'");
    return rows[0].value;
  }

  async start(conversationId: string, userId: string, at: Date): Promise<{ created: boolean; userId: string }> {
    const inserted = await this.pool.query(
      'INSERT INTO directline_conversations (id, user_id, created_at, last_at) VALUES ($1, $2, $3, $3) ON CONFLICT DO NOTHING',
      [pgText(conversationId), pgText(userId), at],
    );
    if (inserted.rowCount === 1) return { created: true, userId };
    const found = await this.find(conversationId);
    return { created: false, userId: found?.userId ?? userId };
  }

  async find(conversationId: string): Promise<{ userId: string } | undefined> {
    const { rows } = await this.pool.query<{ user_id: string }>('SELECT user_id FROM directline_conversations WHERE id = $1', [pgText(conversationId)]);
    return rows.length ? { userId: rows[0].user_id } : undefined;
  }

  append(conversationId: string, entry: { activity: Record<string, unknown>; clientKey: string | null }, at: Date, maxActivities: number): Promise<DirectLineAppend> {
    const id = pgText(conversationId);
    const clientKey = entry.clientKey === null ? null : pgText(entry.clientKey);
    return inTransaction(this.pool, async (client): Promise<DirectLineAppend> => {
      // The row lock taken here is held to COMMIT: appends to one conversation draw their numbers
      // and become visible one after the other, so a poller that has seen N has seen all below N.
      const bumped = await client.query<{ last_seq: string }>(
        'UPDATE directline_conversations SET last_seq = last_seq + 1, last_at = $2 WHERE id = $1 AND last_seq < $3 RETURNING last_seq',
        [id, at, maxActivities],
      );
      if (bumped.rows.length === 0) {
        const exists = await client.query('SELECT 1 FROM directline_conversations WHERE id = $1', [id]);
        return { outcome: exists.rows.length ? 'full' : 'missing' };
      }
      if (clientKey !== null) {
        const earlier = await client.query<{ seq: string }>('SELECT seq FROM directline_activities WHERE conversation_id = $1 AND client_key = $2', [id, clientKey]);
        // Thrown, so the number drawn is given back with the rollback.
        if (earlier.rows.length) throw new Duplicate(Number(earlier.rows[0].seq));
      }
      const seq = Number(bumped.rows[0].last_seq);
      await client.query('INSERT INTO directline_activities (conversation_id, seq, client_key, at, data) VALUES ($1, $2, $3, $4, $5)', [
        id,
        seq,
        clientKey,
        at,
        JSON.stringify(entry.activity),
      ]);
      return { outcome: 'appended', seq };
    }).catch((e: unknown) => {
      if (e instanceof Duplicate) return { outcome: 'duplicate', seq: e.seq };
      throw e;
    });
  }

  async after(conversationId: string, afterSeq: number, limit: number): Promise<DirectLineEntry[]> {
    const { rows } = await this.pool.query('SELECT seq, data FROM directline_activities WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [
      pgText(conversationId),
      afterSeq,
      limit,
    ]);
    return rows.map(directLineEntryFromRow);
  }

  sweep(before: Date, limit: number): Promise<{ conversations: number; more: boolean }> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryKey('retention', 'directline')]);
      const idle = await client.query<{ id: string }>('SELECT id FROM directline_conversations WHERE last_at < $1 ORDER BY last_at LIMIT $2', [before, limit]);
      const ids = idle.rows.map((r) => r.id);
      // Only while still idle: one written to since (on any instance) stays.
      const gone = await client.query('DELETE FROM directline_conversations WHERE id = ANY($1::text[]) AND last_at < $2', [ids, before]);
      return { conversations: gone.rowCount ?? 0, more: ids.length === limit };
    });
  }
}

class Duplicate extends Error {
  constructor(readonly seq: number) {
    super('duplicate client activity');
  }
}
