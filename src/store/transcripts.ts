import type { Db } from './database';
import type { GroupCommit } from './group-commit';
import type { Statement } from 'better-sqlite3';

const MAX_PREPARED = 16;

export interface TranscriptEntry {
  at: string;
  direction: 'in' | 'out';
  activityType: string;
  text: string | null;
}

export interface NewTranscriptEntry extends TranscriptEntry {
  conversationKey: string;
  data: unknown;
}

/** Every message in and out of a conversation, kept with the case it leads to. */
export class TranscriptStore {
  private readonly insert;
  private readonly select;
  private readonly inserts = new Map<number, Statement>();

  constructor(
    private readonly db: Db,
    private readonly commits: GroupCommit,
  ) {
    this.insert = db.prepare(
      'INSERT INTO transcripts (conversation_key, at, direction, activity_type, text, data) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.select = db.prepare<[string], { at: string; direction: 'in' | 'out'; activity_type: string; text: string | null }>(
      'SELECT at, direction, activity_type, text FROM transcripts WHERE conversation_key = ? ORDER BY id',
    );
  }

  append(conversationKey: string, direction: 'in' | 'out', activityType: string, text: string | null, data: unknown, at: string): void {
    this.insert.run(conversationKey, at, direction, activityType, text, JSON.stringify(data));
  }

  /**
   * Kept in the next group commit, with the turn's state; settles once committed. A turn's
   * messages are one INSERT, so they are kept all or none and need no savepoint.
   */
  appendLater(entries: NewTranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const values = entries.flatMap((e) => [e.conversationKey, e.at, e.direction, e.activityType, e.text, JSON.stringify(e.data)]);
    const insert = this.insertRows(entries.length);
    return this.commits.run(() => void insert.run(values), { oneStatement: true });
  }

  /** An INSERT of `n` rows, prepared once per `n` (a turn has a handful of messages). */
  private insertRows(n: number) {
    let statement = this.inserts.get(n);
    if (!statement) {
      const rows = Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?)').join(', ');
      statement = this.db.prepare(`INSERT INTO transcripts (conversation_key, at, direction, activity_type, text, data) VALUES ${rows}`);
      // A turn that sent an unusual number of messages does not leave a statement behind for ever.
      if (this.inserts.size < MAX_PREPARED) this.inserts.set(n, statement);
    }
    return statement;
  }

  forConversation(conversationKey: string): TranscriptEntry[] {
    return this.select.all(conversationKey).map((r) => ({ at: r.at, direction: r.direction, activityType: r.activity_type, text: r.text }));
  }
}
