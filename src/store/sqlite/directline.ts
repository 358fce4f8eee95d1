import type { DirectLineAppend, DirectLineConversations, DirectLineEntry } from '../ports';
import { directLineEntryFromRow } from '../rows';
import type { Db } from './database';
import type { GroupCommit } from './group-commit';

/**
 * Self-hosted Direct Line conversations in SQLite. Every write joins the group commit and settles
 * once committed, so an activity is never answered as sent before it could be polled.
 */
export class SqliteDirectLine implements DirectLineConversations {
  private readonly getSetting;
  private readonly putSetting;
  private readonly insertConversation;
  private readonly selectConversation;
  private readonly bump;
  private readonly exists;
  private readonly byClientKey;
  private readonly insertActivity;
  private readonly page;
  private readonly idle;
  private readonly deleteConversation;

  constructor(
    db: Db,
    private readonly commits: GroupCommit,
  ) {
    this.getSetting = db.prepare<[string], { value: string }>('SELECT value FROM directline_settings WHERE name = ?');
    this.putSetting = db.prepare<[string, string]>('INSERT INTO directline_settings (name, value) VALUES (?, ?) ON CONFLICT DO NOTHING');
    this.insertConversation = db.prepare<[string, string, string, string]>(
      'INSERT INTO directline_conversations (id, user_id, created_at, last_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.selectConversation = db.prepare<[string], { user_id: string }>('SELECT user_id FROM directline_conversations WHERE id = ?');
    this.bump = db.prepare<[string, string, number], { last_seq: number }>(
      'UPDATE directline_conversations SET last_seq = last_seq + 1, last_at = ? WHERE id = ? AND last_seq < ? RETURNING last_seq',
    );
    this.exists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM directline_conversations WHERE id = ?');
    this.byClientKey = db.prepare<[string, string], { seq: number }>('SELECT seq FROM directline_activities WHERE conversation_id = ? AND client_key = ?');
    this.insertActivity = db.prepare<[string, number, string | null, string, string]>(
      'INSERT INTO directline_activities (conversation_id, seq, client_key, at, data) VALUES (?, ?, ?, ?, ?)',
    );
    this.page = db.prepare<[string, number, number], unknown>(
      'SELECT seq, data FROM directline_activities WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    );
    this.idle = db.prepare<[string, number], { id: string }>('SELECT id FROM directline_conversations WHERE last_at < ? ORDER BY last_at LIMIT ?');
    this.deleteConversation = db.prepare<[string, string]>('DELETE FROM directline_conversations WHERE id = ? AND last_at < ?');
  }

  tokenSecret(candidate: string): Promise<string> {
    return this.commits.run(() => {
      this.putSetting.run('token_secret', candidate);
      return this.getSetting.get('token_secret')!.value;
    });
  }

  start(conversationId: string, userId: string, at: Date): Promise<{ created: boolean; userId: string }> {
    const when = at.toISOString();
    return this.commits.run(() => {
      const created = this.insertConversation.run(conversationId, userId, when, when).changes === 1;
      return { created, userId: created ? userId : this.selectConversation.get(conversationId)!.user_id };
    });
  }

  async find(conversationId: string): Promise<{ userId: string } | undefined> {
    const row = this.selectConversation.get(conversationId);
    return row && { userId: row.user_id };
  }

  append(conversationId: string, entry: { activity: Record<string, unknown>; clientKey: string | null }, at: Date, maxActivities: number): Promise<DirectLineAppend> {
    const data = JSON.stringify(entry.activity);
    const when = at.toISOString();
    return this.commits.run((): DirectLineAppend => {
      if (entry.clientKey !== null) {
        const earlier = this.byClientKey.get(conversationId, entry.clientKey);
        if (earlier) return { outcome: 'duplicate', seq: earlier.seq };
      }
      const bumped = this.bump.get(when, conversationId, maxActivities);
      if (!bumped) return { outcome: this.exists.get(conversationId) ? 'full' : 'missing' };
      this.insertActivity.run(conversationId, bumped.last_seq, entry.clientKey, when, data);
      return { outcome: 'appended', seq: bumped.last_seq };
    });
  }

  async after(conversationId: string, afterSeq: number, limit: number): Promise<DirectLineEntry[]> {
    return this.page.all(conversationId, afterSeq, limit).map(directLineEntryFromRow);
  }

  sweep(before: Date, limit: number): Promise<{ conversations: number; more: boolean }> {
    const cutoff = before.toISOString();
    return this.commits.run(() => {
      const ids = this.idle.all(cutoff, limit).map((r) => r.id);
      let conversations = 0;
      for (const id of ids) conversations += this.deleteConversation.run(id, cutoff).changes;
      return { conversations, more: ids.length === limit };
    });
  }
}
