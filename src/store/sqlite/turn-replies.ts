import type { StoredReplies, TurnReplies } from '../ports';
import { turnRepliesFromRow } from '../rows';
import type { Db } from './database';
import type { GroupCommit } from './group-commit';

/**
 * The replies the bot sent for each incoming activity, per conversation and activity id, so a
 * channel that re-delivers an activity gets exactly the same answer. Kept as long as the
 * conversation's state (retention deletes both together).
 */
export class SqliteTurnReplies implements TurnReplies {
  private readonly select;
  private readonly insert;

  constructor(
    db: Db,
    private readonly commits: GroupCommit,
  ) {
    this.select = db.prepare<[string, string], { user_key: string; replies: string }>(
      'SELECT user_key, replies FROM turn_replies WHERE conversation_key = ? AND activity_id = ?',
    );
    // The first answer stands: a later turn with the same id (a sender that does not match) keeps it.
    this.insert = db.prepare<[string, string, string, string]>(
      'INSERT INTO turn_replies (conversation_key, activity_id, user_key, replies) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
  }

  /** Every turn asks, so the lookup joins the next group commit rather than paying a read transaction of its own. */
  async find(conversationKey: string, activityId: string): Promise<StoredReplies | undefined> {
    const row = await this.commits.read(() => this.select.get(conversationKey, activityId));
    return row && turnRepliesFromRow(row);
  }

  /** Kept in the next group commit, so it joins the state the same turn saves. */
  record(conversationKey: string, activityId: string, userKey: string, replies: unknown[]): Promise<void> {
    // Serialised now: the caller's activities may change once this returns.
    const json = JSON.stringify(replies);
    return this.commits.run(() => void this.insert.run(conversationKey, activityId, userKey, json), { oneStatement: true });
  }
}
