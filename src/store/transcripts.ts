import type { Db } from './database';

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
  private readonly insertAll;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT INTO transcripts (conversation_key, at, direction, activity_type, text, data) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.select = db.prepare<[string], { at: string; direction: 'in' | 'out'; activity_type: string; text: string | null }>(
      'SELECT at, direction, activity_type, text FROM transcripts WHERE conversation_key = ? ORDER BY id',
    );
    this.insertAll = db.transaction((entries: readonly NewTranscriptEntry[]) => {
      for (const e of entries) this.insert.run(e.conversationKey, e.at, e.direction, e.activityType, e.text, JSON.stringify(e.data));
    });
  }

  append(conversationKey: string, direction: 'in' | 'out', activityType: string, text: string | null, data: unknown, at: string): void {
    this.insert.run(conversationKey, at, direction, activityType, text, JSON.stringify(data));
  }

  /** A turn's messages in one transaction: one commit a turn instead of one a message. */
  appendAll(entries: readonly NewTranscriptEntry[]): void {
    if (entries.length === 0) return;
    this.insertAll(entries);
  }

  forConversation(conversationKey: string): TranscriptEntry[] {
    return this.select.all(conversationKey).map((r) => ({ at: r.at, direction: r.direction, activityType: r.activity_type, text: r.text }));
  }
}
