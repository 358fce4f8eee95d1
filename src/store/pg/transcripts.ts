import type { Pool } from 'pg';
import type { KeptMessage, NewTranscriptEntry, TranscriptEntry, TranscriptStore } from '../ports';
import { isoInstant, pgText, pgTextOrNull } from './text';

/**
 * A conversation view's page of messages: backwards along transcripts_conversation from `id < $2`,
 * never sorting (id comes back as a string: bigint). Bounded and ordered as a range of the index's
 * own (conversation_key, id), as the handover events' page is: with `conversation_key = $1`, the
 * planner walked the primary key backwards through every conversation's rows instead.
 */
export const LATEST_MESSAGES_SQL = `SELECT id, at, direction, activity_type, text FROM transcripts
  WHERE (conversation_key, id) < ($1, $2::bigint) AND (conversation_key, id) > ($1, 0) AND activity_type = 'message'
  ORDER BY conversation_key DESC, id DESC LIMIT $3`;
/** Above every id: bigint's largest. */
const NO_ROW_AFTER = '9223372036854775807';

/**
 * Every message in and out of a conversation, shared by every instance. A turn's entries are one
 * INSERT (arrays unnested in order), so they are kept all or none, in the order given.
 */
export class PgTranscriptStore implements TranscriptStore {
  constructor(private readonly pool: Pool) {}

  async append(entries: NewTranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.pool.query(
      `INSERT INTO transcripts (conversation_key, at, direction, activity_type, text, data)
       SELECT conversation_key, at, direction, activity_type, text, data
       FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[])
         WITH ORDINALITY AS e (conversation_key, at, direction, activity_type, text, data, n)
       ORDER BY n`,
      [
        entries.map((e) => pgText(e.conversationKey)),
        entries.map((e) => e.at),
        entries.map((e) => e.direction),
        entries.map((e) => pgText(e.activityType)),
        entries.map((e) => pgTextOrNull(e.text)),
        entries.map((e) => JSON.stringify(e.data) ?? 'null'),
      ],
    );
  }

  async forConversation(conversationKey: string): Promise<TranscriptEntry[]> {
    const { rows } = await this.pool.query<{ at: Date; direction: 'in' | 'out'; activity_type: string; text: string | null }>(
      'SELECT at, direction, activity_type, text FROM transcripts WHERE conversation_key = $1 ORDER BY id',
      [pgText(conversationKey)],
    );
    return rows.map((r) => ({ at: isoInstant(r.at), direction: r.direction, activityType: r.activity_type, text: r.text }));
  }

  async latestMessages(conversationKey: string, limit: number, beforeId?: number): Promise<{ entries: KeptMessage[]; earlier: boolean }> {
    const { rows } = await this.pool.query<{ id: string; at: Date; direction: 'in' | 'out'; activity_type: string; text: string | null }>(LATEST_MESSAGES_SQL, [
      pgText(conversationKey),
      beforeId === undefined ? NO_ROW_AFTER : String(beforeId),
      limit + 1,
    ]);
    const entries = rows.slice(0, limit).map((r) => ({ id: Number(r.id), at: isoInstant(r.at), direction: r.direction, activityType: r.activity_type, text: r.text }));
    return { entries: entries.reverse(), earlier: rows.length > limit };
  }

  async lastFromResident(conversationKeys: readonly string[]): Promise<Map<string, { at: string; text: string }>> {
    const found = new Map<string, { at: string; text: string }>();
    if (conversationKeys.length === 0) return found;
    // Keys as stored (NUL replaced); each one's rows read backwards along transcripts_conversation.
    const asked = new Map(conversationKeys.map((k) => [pgText(k), k]));
    const { rows } = await this.pool.query<{ key: string; at: Date; text: string }>(
      `SELECT k.key, t.at, t.text FROM unnest($1::text[]) AS k (key)
       CROSS JOIN LATERAL (
         SELECT at, text FROM transcripts
         WHERE conversation_key = k.key AND direction = 'in' AND activity_type = 'message' AND trim(text) <> ''
         ORDER BY id DESC LIMIT 1
       ) t`,
      [[...asked.keys()]],
    );
    for (const r of rows) found.set(asked.get(r.key) ?? r.key, { at: isoInstant(r.at), text: r.text });
    return found;
  }
}
