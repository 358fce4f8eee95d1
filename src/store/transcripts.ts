import type { Db } from './database';
import type { GroupCommit } from './group-commit';

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

  constructor(
    db: Db,
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

  /** Kept in the next group commit, with the turn's state; settles once committed. */
  appendLater(entry: NewTranscriptEntry): Promise<void> {
    const data = JSON.stringify(entry.data);
    return this.commits.run(() => {
      this.insert.run(entry.conversationKey, entry.at, entry.direction, entry.activityType, entry.text, data);
    });
  }

  forConversation(conversationKey: string): TranscriptEntry[] {
    return this.select.all(conversationKey).map((r) => ({ at: r.at, direction: r.direction, activityType: r.activity_type, text: r.text }));
  }
}
