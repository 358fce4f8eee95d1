import type { Pool } from 'pg';
import type { StoredReplies, TurnReplies } from '../ports';
import { turnRepliesFromRow } from '../rows';
import { pgKey, pgText } from './text';

/**
 * The replies kept per incoming activity, shared by every instance: a channel's re-delivery
 * reaching another instance gets the same answer. The first answer stands (ON CONFLICT DO NOTHING).
 */
export class PgTurnReplies implements TurnReplies {
  constructor(private readonly pool: Pool) {}

  async find(conversationKey: string, activityId: string): Promise<StoredReplies | undefined> {
    const { rows } = await this.pool.query(
      'SELECT user_key, replies FROM turn_replies WHERE conversation_key = $1 AND activity_id = $2',
      [pgText(conversationKey), pgKey(activityId)],
    );
    return rows.length ? turnRepliesFromRow(rows[0]) : undefined;
  }

  async record(conversationKey: string, activityId: string, userKey: string, replies: unknown[]): Promise<void> {
    await this.pool.query(
      'INSERT INTO turn_replies (conversation_key, activity_id, user_key, replies) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [pgText(conversationKey), pgKey(activityId), pgText(userKey), JSON.stringify(replies)],
    );
  }
}
