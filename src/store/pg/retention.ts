import type { Pool, PoolClient } from 'pg';
import { blankedHandoff, type HandoffPersonalFields, LEFT_TO_BLANK_WHERE, REDACTED_JSON } from '../handoff-redaction';
import type { ConversationParty, Removed, Retention } from '../ports';
import { advisoryKey } from './advisory-key';
import { websiteChatId } from '../website-chat-key';
import { pgText } from './text';
import { inTransaction } from './transaction';

/** Finished handovers blanked while open (src/store/handoff-redaction.ts), by their partial index. Exported for the plan's test. */
export const LEFT_TO_BLANK_SQL = `SELECT id, state, conversation_ref, context, callback FROM handoff_requests WHERE ${LEFT_TO_BLANK_WHERE} FOR UPDATE`;

/**
 * Retention on PostgreSQL: what is deleted is exactly what the SQLite store deletes (bot state,
 * transcripts, kept replies; never cases or their events) and what it blanks (what was said and
 * given on handovers, whose rows stay). Nothing is cached, so
 * nothing needs telling. A sweep takes a transaction advisory lock, so instances sweeping at the
 * same moment go one after the other instead of racing over the same rows.
 */
export class PgRetention implements Retention {
  constructor(private readonly pool: Pool) {}

  async touch(party: ConversationParty, at: Date): Promise<void> {
    await touch(this.pool, party, at);
  }

  async sweep(before: Date, limit: number): Promise<Removed & { more: boolean }> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryKey('retention', 'sweep')]);
      const removed = { conversations: 0, stateRows: 0, transcriptRows: 0, replyRows: 0, handoverRequests: 0, handoverEvents: 0 };
      const keys: string[] = [];
      // Senders first: their rows go with their conversations.
      const users = await client.query<{ user_state_key: string }>(
        'SELECT user_state_key FROM conversation_activity GROUP BY user_key, user_state_key HAVING max(last_at) < $1',
        [before],
      );
      for (const r of users.rows) keys.push(r.user_state_key);
      const idle = await client.query<{ conversation_key: string }>(
        'SELECT conversation_key FROM conversation_activity GROUP BY conversation_key HAVING max(last_at) < $1 LIMIT $2',
        [before, limit],
      );
      const conversations = idle.rows.map((r) => r.conversation_key);
      // Deleted only while still idle: a row a turn has touched since (on any instance) is
      // re-checked against its new time and kept, with its conversation's state.
      const gone = await client.query<{ conversation_key: string; conversation_state_key: string }>(
        `DELETE FROM conversation_activity WHERE conversation_key = ANY($1::text[]) AND last_at < $2
         RETURNING conversation_key, conversation_state_key`,
        [conversations, before],
      );
      // A conversation someone else in it spoke in since keeps everything.
      const stillHeard = await client.query<{ conversation_key: string }>(
        'SELECT DISTINCT conversation_key FROM conversation_activity WHERE conversation_key = ANY($1::text[])',
        [conversations],
      );
      const heard = new Set(stillHeard.rows.map((r) => r.conversation_key));
      const forgotten = [...new Set(gone.rows.map((r) => r.conversation_key))].filter((c) => !heard.has(c));
      for (const r of gone.rows) if (!heard.has(r.conversation_key)) keys.push(r.conversation_state_key);
      add(removed, await forgetConversations(client, forgotten));
      const legacy = await client.query<{ key: string }>(
        `SELECT key FROM bot_state WHERE updated_at < $1
           AND key NOT IN (SELECT conversation_state_key FROM conversation_activity)
           AND key NOT IN (SELECT user_state_key FROM conversation_activity)`,
        [before],
      );
      for (const r of legacy.rows) keys.push(r.key);
      removed.stateRows += await deleteState(client, keys);
      removed.transcriptRows += (
        await client.query(
          `DELETE FROM transcripts WHERE conversation_key IN (
             SELECT conversation_key FROM transcripts GROUP BY conversation_key HAVING max(at) < $1)
           AND conversation_key NOT IN (SELECT conversation_key FROM conversation_activity)`,
          [before],
        )
      ).rowCount!;
      const leftOpen = await client.query<HandoffRow>(LEFT_TO_BLANK_SQL);
      for (const row of leftOpen.rows) removed.handoverRequests += await blankHandoff(client, row);
      removed.conversations = forgotten.length;
      return { ...removed, more: conversations.length === limit };
    });
  }

  async endConversation(party: ConversationParty, at: Date): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await deleteState(client, [party.conversationStateKey]);
      await client.query('DELETE FROM turn_replies WHERE conversation_key = $1', [pgText(party.conversationKey)]);
      await forgetChatLogs(client, [party.conversationKey]);
      await touch(client, party, at);
    });
  }

  async forgetUser(party: ConversationParty): Promise<Removed> {
    return inTransaction(this.pool, async (client) => {
      const removed = { conversations: 0, stateRows: 0, transcriptRows: 0, replyRows: 0, handoverRequests: 0, handoverEvents: 0 };
      const { rows } = await client.query<{ conversation_key: string; conversation_state_key: string }>(
        'DELETE FROM conversation_activity WHERE user_key = $1 RETURNING conversation_key, conversation_state_key',
        [pgText(party.userKey)],
      );
      const conversations = new Map(rows.map((r) => [r.conversation_key, r.conversation_state_key]));
      conversations.set(pgText(party.conversationKey), party.conversationStateKey);
      add(removed, await forgetConversations(client, [...conversations.keys()]));
      removed.stateRows += await deleteState(client, [party.userStateKey, ...conversations.values()]);
      removed.conversations = conversations.size;
      return removed;
    });
  }
}

function touch(db: Pool | PoolClient, party: ConversationParty, at: Date) {
  return db.query(
    `INSERT INTO conversation_activity (conversation_key, user_key, conversation_state_key, user_state_key, last_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (conversation_key, user_key) DO UPDATE SET last_at = greatest(conversation_activity.last_at, excluded.last_at)`,
    [pgText(party.conversationKey), pgText(party.userKey), pgText(party.conversationStateKey), pgText(party.userStateKey), at],
  );
}

type Forgotten = Pick<Removed, 'transcriptRows' | 'replyRows' | 'handoverRequests' | 'handoverEvents'>;
type HandoffRow = HandoffPersonalFields & { id: string };

/** Transcripts, kept replies and activity rows of these conversations; their handovers blanked. */
async function forgetConversations(client: PoolClient, conversationKeys: string[]): Promise<Forgotten> {
  if (conversationKeys.length === 0) return { transcriptRows: 0, replyRows: 0, handoverRequests: 0, handoverEvents: 0 };
  const transcripts = await client.query('DELETE FROM transcripts WHERE conversation_key = ANY($1::text[])', [conversationKeys]);
  const replies = await client.query('DELETE FROM turn_replies WHERE conversation_key = ANY($1::text[])', [conversationKeys]);
  await client.query('DELETE FROM conversation_activity WHERE conversation_key = ANY($1::text[])', [conversationKeys]);
  await forgetChatLogs(client, conversationKeys);
  // Locked, so a staff member's change of state on another instance waits, then acts on the blanked row.
  const handoffs = await client.query<HandoffRow>(
    'SELECT id, state, conversation_ref, context, callback FROM handoff_requests WHERE conversation_key = ANY($1::text[]) ORDER BY id FOR UPDATE',
    [conversationKeys],
  );
  let handoverRequests = 0;
  for (const row of handoffs.rows) handoverRequests += await blankHandoff(client, row);
  const events = handoffs.rows.length
    ? await client.query('UPDATE handoff_events SET data = $1 WHERE handoff_id = ANY($2::bigint[]) AND data <> $1', [REDACTED_JSON, handoffs.rows.map((r) => r.id)])
    : { rowCount: 0 };
  return { transcriptRows: transcripts.rowCount ?? 0, replyRows: replies.rowCount ?? 0, handoverRequests, handoverEvents: events.rowCount ?? 0 };
}

/** Blanks one handover's personal fields; 1 if anything was left to blank. */
async function blankHandoff(client: PoolClient, row: HandoffRow): Promise<number> {
  const blanked = blankedHandoff(row);
  if (!blanked) return 0;
  await client.query('UPDATE handoff_requests SET conversation_ref = $1, context = $2, callback = $3, address_key = NULL WHERE id = $4', [
    blanked.conversation_ref,
    blanked.context,
    blanked.callback,
    row.id,
  ]);
  return 1;
}

/** Website chats' activity logs (what each page shows its resident), for those of these conversations that are website chats. */
async function forgetChatLogs(client: PoolClient, conversationKeys: string[]): Promise<void> {
  const ids = conversationKeys.map(websiteChatId).filter((id): id is string => id !== undefined);
  if (ids.length) await client.query('DELETE FROM directline_activities WHERE conversation_id = ANY($1::text[])', [ids.map(pgText)]);
}

/** Bot state rows under these keys (each counted once). PgConversationStorage's keys never hold NUL. */
async function deleteState(client: PoolClient, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const { rowCount } = await client.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [[...new Set(keys.map(pgText))]]);
  return rowCount ?? 0;
}

function add(to: Removed, more: Forgotten): void {
  to.transcriptRows += more.transcriptRows;
  to.replyRows += more.replyRows;
  to.handoverRequests += more.handoverRequests;
  to.handoverEvents += more.handoverEvents;
}
