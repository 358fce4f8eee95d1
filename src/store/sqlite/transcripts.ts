import type { KeptMessage, NewTranscriptEntry, TranscriptEntry, TranscriptStore } from '../ports';
import type { Db } from './database';
import type { GroupCommit } from './group-commit';
import type { Statement } from 'better-sqlite3';

/** A conversation view's page of messages: backwards along transcripts_conversation from `id < ?`, never sorting. */
export const LATEST_MESSAGES_SQL = `SELECT id, at, direction, activity_type, text FROM transcripts
  WHERE conversation_key = ? AND id < ? AND activity_type = 'message' ORDER BY id DESC LIMIT ?`;

/** Rows per INSERT: far more than a turn sends, far fewer than SQLite's limit on parameters. */
const ROWS_PER_INSERT = 16;

/** Every message in and out of a conversation, kept with the case it leads to. */
export class SqliteTranscripts implements TranscriptStore {
  private readonly select;
  private readonly lastIn;
  private readonly latest;
  private readonly inserts = new Map<number, Statement>();

  constructor(
    private readonly db: Db,
    private readonly commits: GroupCommit,
  ) {
    this.select = db.prepare<[string], { at: string; direction: 'in' | 'out'; activity_type: string; text: string | null }>(
      'SELECT at, direction, activity_type, text FROM transcripts WHERE conversation_key = ? ORDER BY id',
    );
    // Backwards along transcripts_conversation until the resident's latest message with words.
    this.lastIn = db.prepare<[string], { at: string; text: string }>(
      `SELECT at, text FROM transcripts WHERE conversation_key = ? AND direction = 'in' AND activity_type = 'message' AND trim(text) <> '' ORDER BY id DESC LIMIT 1`,
    );
    this.latest = db.prepare<[string, number, number], { id: number; at: string; direction: 'in' | 'out'; activity_type: string; text: string | null }>(LATEST_MESSAGES_SQL);
  }

  /**
   * Kept in the next group commit, with the turn's state; settles once committed, all or none.
   * A turn's messages are usually one INSERT, which needs no savepoint.
   */
  append(entries: NewTranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const batches: Array<{ insert: Statement; values: unknown[] }> = [];
    for (let i = 0; i < entries.length; i += ROWS_PER_INSERT) {
      const rows = entries.slice(i, i + ROWS_PER_INSERT);
      const values = rows.flatMap((e) => [e.conversationKey, e.at, e.direction, e.activityType, e.text, JSON.stringify(e.data)]);
      batches.push({ insert: this.insertRows(rows.length), values });
    }
    return this.commits.run(() => batches.forEach((b) => b.insert.run(b.values)), { oneStatement: batches.length === 1 });
  }

  /** An INSERT of `n` rows, prepared once for each `n` up to ROWS_PER_INSERT. */
  private insertRows(n: number): Statement {
    let statement = this.inserts.get(n);
    if (!statement) {
      const rows = Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?)').join(', ');
      statement = this.db.prepare(`INSERT INTO transcripts (conversation_key, at, direction, activity_type, text, data) VALUES ${rows}`);
      this.inserts.set(n, statement);
    }
    return statement;
  }

  async forConversation(conversationKey: string): Promise<TranscriptEntry[]> {
    return this.select.all(conversationKey).map((r) => ({ at: r.at, direction: r.direction, activityType: r.activity_type, text: r.text }));
  }

  async latestMessages(conversationKey: string, limit: number, beforeId?: number): Promise<{ entries: KeptMessage[]; earlier: boolean }> {
    // One more than asked, to tell whether earlier messages remain without counting them.
    const rows = this.latest.all(conversationKey, beforeId ?? Number.MAX_SAFE_INTEGER, limit + 1);
    const entries = rows.slice(0, limit).map((r) => ({ id: r.id, at: r.at, direction: r.direction, activityType: r.activity_type, text: r.text }));
    return { entries: entries.reverse(), earlier: rows.length > limit };
  }

  async lastFromResident(conversationKeys: readonly string[]): Promise<Map<string, { at: string; text: string }>> {
    const found = new Map<string, { at: string; text: string }>();
    for (const key of new Set(conversationKeys)) {
      const row = this.lastIn.get(key);
      if (row) found.set(key, { at: row.at, text: row.text });
    }
    return found;
  }
}
