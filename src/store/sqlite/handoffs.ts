import type { HandoffRequest, HandoffRequests } from '../ports';
import { handoffFromRow } from '../rows';
import type { Db } from './database';
import type { GroupCommit } from './group-commit';

/** Requests for a person in SQLite; each joins the group commit of the turn that asked. */
export class SqliteHandoffs implements HandoffRequests {
  private readonly insert;
  private readonly all;
  private readonly ofConversation;

  constructor(
    db: Db,
    private readonly commits: GroupCommit,
  ) {
    this.insert = db.prepare<[string, string, string | null, string, string]>(
      'INSERT INTO handoff_requests (conversation_key, conversation_ref, language, reason, at) VALUES (?, ?, ?, ?, ?)',
    );
    this.all = db.prepare<[], unknown>('SELECT conversation_key, conversation_ref, language, reason, at FROM handoff_requests ORDER BY id');
    this.ofConversation = db.prepare<[string], unknown>(
      'SELECT conversation_key, conversation_ref, language, reason, at FROM handoff_requests WHERE conversation_key = ? ORDER BY id',
    );
  }

  record(request: HandoffRequest): Promise<void> {
    const ref = JSON.stringify(request.conversationRef);
    return this.commits.run(() => void this.insert.run(request.conversationKey, ref, request.language, request.reason, request.at), { oneStatement: true });
  }

  async list(filter: { conversationKey?: string } = {}): Promise<HandoffRequest[]> {
    const rows = filter.conversationKey === undefined ? this.all.all() : this.ofConversation.all(filter.conversationKey);
    return rows.map(handoffFromRow);
  }
}
