import type { Pool } from 'pg';
import type { HandoffRequest, HandoffRequests } from '../ports';
import { handoffFromRow } from '../rows';
import { pgText } from './text';

/** Requests for a person, for the contact centre, seen by every instance at once. */
export class PgHandoffRequests implements HandoffRequests {
  constructor(private readonly pool: Pool) {}

  async record(request: HandoffRequest): Promise<void> {
    await this.pool.query('INSERT INTO handoff_requests (conversation_key, conversation_ref, language, reason, at) VALUES ($1, $2, $3, $4, $5)', [
      pgText(request.conversationKey),
      JSON.stringify(request.conversationRef),
      request.language,
      request.reason,
      request.at,
    ]);
  }

  async list(filter: { conversationKey?: string } = {}): Promise<HandoffRequest[]> {
    const narrowed = filter.conversationKey !== undefined;
    const { rows } = await this.pool.query(
      `SELECT conversation_key, conversation_ref, language, reason, at FROM handoff_requests
       ${narrowed ? 'WHERE conversation_key = $1' : ''} ORDER BY id`,
      narrowed ? [pgText(filter.conversationKey!)] : [],
    );
    return rows.map(handoffFromRow);
  }
}
