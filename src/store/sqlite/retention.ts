import { blankedHandoff, type HandoffPersonalFields, LEFT_TO_BLANK_WHERE, REDACTED_JSON } from '../handoff-redaction';
import type { ConversationParty, Removed, Retention } from '../ports';
import { websiteChatId } from '../website-chat-key';
import type { Db } from './database';
import type { GroupCommit } from './group-commit';

/**
 * Finished handovers blanked while open (src/store/handoff-redaction.ts). INDEXED BY: without
 * ANALYZE's statistics SQLite would walk every finished handover by handoff_requests_state; this
 * names the partial index, and fails to prepare if it is ever gone. Exported for the plan's test.
 */
export const LEFT_TO_BLANK_SQL = `SELECT id, state, conversation_ref, context, callback
  FROM handoff_requests INDEXED BY handoff_requests_left_to_blank WHERE ${LEFT_TO_BLANK_WHERE}`;

/** Told which bot_state keys were deleted, so a cache of them can forget them. */
export type StateDeleted = (keys: string[]) => void;

/**
 * What retention deletes, and nothing else: bot state, transcripts and kept replies; and what
 * was said and given on the conversations' handovers, blanked in rows that stay. Cases and their
 * events are the landlord's records and are never touched here. Every deletion goes through the
 * group commit, in order with the turns' own writes.
 */
export class SqliteRetention implements Retention {
  private readonly touchRow;
  private readonly idleConversations;
  private readonly idleUsers;
  private readonly conversationsOfUser;
  private readonly deleteState;
  private readonly deleteTranscripts;
  private readonly deleteReplies;
  private readonly deleteActivity;
  private readonly deleteActivityOfUser;
  private readonly deleteChatLog;
  private readonly legacyState;
  private readonly legacyTranscripts;
  private readonly handoffsOf;
  private readonly blankedLeftOpen;
  private readonly blankHandoff;
  private readonly blankEvents;

  constructor(
    db: Db,
    private readonly commits: GroupCommit,
    private readonly stateDeleted: StateDeleted,
  ) {
    this.touchRow = db.prepare(
      `INSERT INTO conversation_activity (conversation_key, user_key, conversation_state_key, user_state_key, last_at)
       VALUES (@conversationKey, @userKey, @conversationStateKey, @userStateKey, @at)
       ON CONFLICT (conversation_key, user_key) DO UPDATE SET last_at = MAX(last_at, excluded.last_at)`,
    );
    this.idleConversations = db.prepare<[string, number], { conversation_key: string; conversation_state_key: string }>(
      `SELECT conversation_key, conversation_state_key FROM conversation_activity
       GROUP BY conversation_key HAVING MAX(last_at) < ? LIMIT ?`,
    );
    this.idleUsers = db.prepare<[string], { user_state_key: string }>(
      'SELECT user_state_key FROM conversation_activity GROUP BY user_key HAVING MAX(last_at) < ?',
    );
    this.conversationsOfUser = db.prepare<[string], { conversation_key: string; conversation_state_key: string }>(
      'SELECT DISTINCT conversation_key, conversation_state_key FROM conversation_activity WHERE user_key = ?',
    );
    this.deleteState = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
    this.deleteTranscripts = db.prepare<[string]>('DELETE FROM transcripts WHERE conversation_key = ?');
    this.deleteReplies = db.prepare<[string]>('DELETE FROM turn_replies WHERE conversation_key = ?');
    this.deleteActivity = db.prepare<[string]>('DELETE FROM conversation_activity WHERE conversation_key = ?');
    this.deleteActivityOfUser = db.prepare<[string]>('DELETE FROM conversation_activity WHERE user_key = ?');
    this.deleteChatLog = db.prepare<[string]>('DELETE FROM directline_activities WHERE conversation_id = ?');
    // Rows written before conversation_activity existed are judged by their own times.
    this.legacyState = db.prepare<[string], { key: string }>(
      `SELECT key FROM bot_state WHERE updated_at < ?
         AND key NOT IN (SELECT conversation_state_key FROM conversation_activity)
         AND key NOT IN (SELECT user_state_key FROM conversation_activity)`,
    );
    this.legacyTranscripts = db.prepare<[string]>(
      `DELETE FROM transcripts WHERE conversation_key IN (
         SELECT conversation_key FROM transcripts GROUP BY conversation_key HAVING MAX(at) < ?)
       AND conversation_key NOT IN (SELECT conversation_key FROM conversation_activity)`,
    );
    this.handoffsOf = db.prepare<[string], HandoffPersonalFields & { id: number }>(
      'SELECT id, state, conversation_ref, context, callback FROM handoff_requests WHERE conversation_key = ?',
    );
    this.blankedLeftOpen = db.prepare<[], HandoffPersonalFields & { id: number }>(LEFT_TO_BLANK_SQL);
    this.blankHandoff = db.prepare<[string, string, string | null, number]>('UPDATE handoff_requests SET conversation_ref = ?, context = ?, callback = ?, address_key = NULL WHERE id = ?');
    this.blankEvents = db.prepare<[string, number, string]>('UPDATE handoff_events SET data = ? WHERE handoff_id = ? AND data <> ?');
  }

  /** Records that the party was heard from at `at` (the server's clock); joins the next group commit. */
  touch(party: ConversationParty, at: Date): Promise<void> {
    const row = { ...party, at: at.toISOString() };
    return this.commits.run(() => void this.touchRow.run(row), { oneStatement: true });
  }

  /**
   * Deletes the state, transcripts and kept replies of up to `limit` conversations not heard from
   * since before `cutoff`, and the user state of senders not heard from anywhere since then.
   * `more` says whether another pass may find more.
   */
  sweep(cutoff: Date, limit: number): Promise<Removed & { more: boolean }> {
    const before = cutoff.toISOString();
    let deletedKeys: string[] = [];
    return this.commits.run(
      () => {
        const removed = { conversations: 0, stateRows: 0, transcriptRows: 0, replyRows: 0, handoverRequests: 0, handoverEvents: 0 };
        const keys: string[] = [];
        // Senders first: their rows go with their conversations.
        for (const { user_state_key } of this.idleUsers.all(before)) keys.push(user_state_key);
        const idle = this.idleConversations.all(before, limit);
        for (const c of idle) {
          keys.push(c.conversation_state_key);
          this.add(removed, this.forgetConversation(c.conversation_key));
        }
        for (const { key } of this.legacyState.all(before)) keys.push(key);
        for (const key of keys) removed.stateRows += this.deleteState.run(key).changes;
        removed.transcriptRows += this.legacyTranscripts.run(before).changes;
        for (const row of this.blankedLeftOpen.all()) removed.handoverRequests += this.blank(row);
        removed.conversations = idle.length;
        deletedKeys = keys;
        return { ...removed, more: idle.length === limit };
      },
      { committed: () => this.stateDeleted(deletedKeys) },
    );
  }

  /**
   * The conversation is over: its state and kept replies go now. Its transcript stays until
   * retention, for staff reading how a case came to be, and `at` starts that clock.
   */
  endConversation(party: ConversationParty, at: Date): Promise<void> {
    return this.commits.run(
      () => {
        this.deleteState.run(party.conversationStateKey);
        this.deleteReplies.run(party.conversationKey);
        this.forgetChatLog(party.conversationKey);
        this.touchRow.run({ ...party, at: at.toISOString() });
      },
      { committed: () => this.stateDeleted([party.conversationStateKey]) },
    );
  }

  /**
   * A resident asked for their data to be deleted: their user state, and the state, transcripts
   * and kept replies of every conversation they were heard in (and the one asking).
   */
  forgetUser(party: ConversationParty): Promise<Removed> {
    let deletedKeys: string[] = [];
    return this.commits.run(
      () => {
        const removed = { conversations: 0, stateRows: 0, transcriptRows: 0, replyRows: 0, handoverRequests: 0, handoverEvents: 0 };
        const conversations = new Map(this.conversationsOfUser.all(party.userKey).map((c) => [c.conversation_key, c.conversation_state_key]));
        conversations.set(party.conversationKey, party.conversationStateKey);
        const keys = [party.userStateKey, ...conversations.values()];
        for (const conversation of conversations.keys()) this.add(removed, this.forgetConversation(conversation));
        this.deleteActivityOfUser.run(party.userKey);
        for (const key of keys) removed.stateRows += this.deleteState.run(key).changes;
        removed.conversations = conversations.size;
        deletedKeys = keys;
        return removed;
      },
      { committed: () => this.stateDeleted(deletedKeys) },
    );
  }

  private forgetConversation(conversationKey: string): Forgotten {
    const transcriptRows = this.deleteTranscripts.run(conversationKey).changes;
    const replyRows = this.deleteReplies.run(conversationKey).changes;
    this.deleteActivity.run(conversationKey);
    this.forgetChatLog(conversationKey);
    let handoverRequests = 0;
    let handoverEvents = 0;
    for (const row of this.handoffsOf.all(conversationKey)) {
      handoverRequests += this.blank(row);
      handoverEvents += this.blankEvents.run(REDACTED_JSON, row.id, REDACTED_JSON).changes;
    }
    return { transcriptRows, replyRows, handoverRequests, handoverEvents };
  }

  /** Blanks one handover's personal fields; 1 if anything was left to blank. */
  private blank(row: HandoffPersonalFields & { id: number }): number {
    const blanked = blankedHandoff(row);
    if (!blanked) return 0;
    this.blankHandoff.run(blanked.conversation_ref, blanked.context, blanked.callback, row.id);
    return 1;
  }

  /** A website chat's activity log: what its page shows the resident. */
  private forgetChatLog(conversationKey: string): void {
    const id = websiteChatId(conversationKey);
    if (id !== undefined) this.deleteChatLog.run(id);
  }

  private add(to: Removed, more: Forgotten): void {
    to.transcriptRows += more.transcriptRows;
    to.replyRows += more.replyRows;
    to.handoverRequests += more.handoverRequests;
    to.handoverEvents += more.handoverEvents;
  }
}

type Forgotten = Pick<Removed, 'transcriptRows' | 'replyRows' | 'handoverRequests' | 'handoverEvents'>;
