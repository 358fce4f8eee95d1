import type { Pool, PoolClient } from 'pg';
import type { Clock } from '../../clock/clock';
import { INITIAL_STATE } from '../../cases/records';
import { newReference } from '../../cases/reference';
import type { CaseListing } from '../../cases/listing';
import { LISTING_COLUMNS, listingValues, pageQueries, refreshSql, type Sql, staleSql } from '../listing-sql';
import type { CaseEvent, CaseRecord, CaseStore, DecideEvent, ListedCase, ListingQuery, NewCase, PendingReview, RecordedEvent, StaleListing } from '../ports';
import { caseFromRow, eventFromRow, listingFromRow } from '../rows';
import { reviewWaitingAfter } from '../review-waiting';
import { pgKey, pgText } from './text';
import { inTransaction, sqlState, UNIQUE_VIOLATION } from './transaction';

/** Draws of a new reference before giving up; a collision is about one in 10^11 per case already kept. */
const REFERENCE_DRAWS = 6;

const CASE_COLUMNS = `id, reference, kind, policy_id, policy_version, stage, state, language, channel_id, user_key,
  conversation_key, conversation_ref, received_at, details, triage, deadlines, created_at, resident_last_at`;
const EVENT_COLUMNS = 'id, at, actor, type, data';

/**
 * Reviews still waiting, oldest request first: the cases whose `review_waiting` names a request
 * (migration 12's partial index holds only those), each joined to that request by its id.
 * Answered requests are never read.
 */
export const REVIEW_REQUESTS_SQL = `SELECT ${CASE_COLUMNS.split(',').map((c) => `c.${c.trim()}`).join(', ')},
    r.id AS request_id, r.at AS request_at, r.actor AS request_actor, r.type AS request_type, r.data AS request_data
  FROM cases AS c JOIN case_events AS r ON r.id = c.review_waiting
  WHERE c.review_waiting > $1
  ORDER BY c.review_waiting LIMIT $2`;

/** A conversation's newest case of one identity: along cases_conversation, never reading the identity's other cases. */
export const LATEST_IN_CONVERSATION_SQL = `SELECT ${CASE_COLUMNS} FROM cases WHERE conversation_key = $1 AND user_key = $2 ORDER BY id DESC LIMIT 1`;

/**
 * Cases and their append-only history in PostgreSQL, shared by every instance:
 * - filing is one statement (the case and its 'filed' event together), once per idempotency key
 *   (ON CONFLICT on that key: a second instance filing the same key at the same moment waits for
 *   the first and gets its case back); a reference drawn twice is told by its SQLSTATE (23505)
 *   and drawn again;
 * - an event is decided and appended with the case row locked (SELECT … FOR UPDATE), so two
 *   instances recording on one case take turns, the second seeing the first's event.
 */
export class PgCaseStore implements CaseStore {
  constructor(
    private readonly pool: Pool,
    private readonly clock: Clock,
    private readonly reference: () => string = newReference,
  ) {}

  async file(input: NewCase): Promise<{ record: CaseRecord; created: boolean }> {
    const at = this.clock.now().toISOString();
    const values = [
      pgKey(input.idempotencyKey),
      input.kind,
      pgText(input.policyId),
      pgText(input.policyVersion),
      INITIAL_STATE[input.kind],
      input.language,
      pgText(input.channelId),
      pgText(input.userKey),
      pgText(input.conversationKey),
      JSON.stringify(input.conversationRef),
      input.receivedAt,
      JSON.stringify(input.details),
      input.triage === undefined ? null : JSON.stringify(input.triage),
      JSON.stringify(input.deadlines),
      at,
      pgText(input.actor),
      JSON.stringify({ kind: input.kind, policy: input.policyId }),
      ...listingValues(input.listing, pgBool).map((v) => (typeof v === 'string' ? pgText(v) : v)),
    ];
    for (let draw = 1; ; draw++) {
      try {
        const { rows } = await this.pool.query(
          `WITH filed AS (
             INSERT INTO cases (reference, idempotency_key, kind, policy_id, policy_version, stage, state, language, channel_id,
               user_key, conversation_key, conversation_ref, received_at, details, triage, deadlines, created_at, ${LISTING_COLUMNS})
             VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $19, $20, $21, $22, $23)
             ON CONFLICT (idempotency_key) DO NOTHING
             RETURNING ${CASE_COLUMNS}
           ), event AS (
             INSERT INTO case_events (case_id, at, actor, type, data) SELECT id, $16, $17, 'filed', $18 FROM filed
           )
           SELECT * FROM filed`,
          [this.reference(), ...values],
        );
        if (rows.length === 1) return { record: caseFromRow(rows[0]), created: true };
        // Filed already (here or on another instance; a concurrent filing has committed by now).
        const existing = await this.pool.query(`SELECT ${CASE_COLUMNS} FROM cases WHERE idempotency_key = $1`, [values[0]]);
        if (existing.rows.length === 1) return { record: caseFromRow(existing.rows[0]), created: false };
        // The other filing rolled back between our insert and this read: try again.
      } catch (error) {
        // The idempotency key is handled by ON CONFLICT and ids are identities, so a unique
        // violation here can only be the reference.
        if (sqlState(error) !== UNIQUE_VIOLATION || draw >= REFERENCE_DRAWS) throw error;
      }
      if (draw >= REFERENCE_DRAWS) throw new Error('cases: could not file the case after several attempts');
    }
  }

  async byReference(reference: string): Promise<CaseRecord | undefined> {
    const { rows } = await this.pool.query(`SELECT ${CASE_COLUMNS} FROM cases WHERE reference = $1`, [pgText(reference)]);
    return rows.length ? caseFromRow(rows[0]) : undefined;
  }

  async latestInConversation(conversationKey: string, userKey: string): Promise<CaseRecord | undefined> {
    const { rows } = await this.pool.query(LATEST_IN_CONVERSATION_SQL, [pgText(conversationKey), pgText(userKey)]);
    return rows.length ? caseFromRow(rows[0]) : undefined;
  }

  async byUser(userKey: string): Promise<CaseRecord[]> {
    const { rows } = await this.pool.query(`SELECT ${CASE_COLUMNS} FROM cases WHERE user_key = $1 ORDER BY id DESC`, [pgText(userKey)]);
    return rows.map(caseFromRow);
  }

  async hasComplaint(userKey: string): Promise<boolean> {
    const { rows } = await this.pool.query(`SELECT 1 FROM cases WHERE user_key = $1 AND kind = 'complaint' LIMIT 1`, [pgText(userKey)]);
    return rows.length > 0;
  }

  async events(caseId: number): Promise<CaseEvent[]> {
    return eventsOf(this.pool, caseId);
  }

  async eventsOfCases(caseIds: readonly number[]): Promise<Map<number, CaseEvent[]>> {
    const byCase = new Map<number, CaseEvent[]>(caseIds.map((id) => [id, []]));
    if (!caseIds.length) return byCase;
    const { rows } = await this.pool.query(`SELECT case_id, ${EVENT_COLUMNS} FROM case_events WHERE case_id = ANY($1::bigint[]) ORDER BY case_id, id`, [caseIds]);
    for (const row of rows) byCase.get(Number(row.case_id))?.push(eventFromRow(row));
    return byCase;
  }

  async recordEvent<T>(reference: string, actor: string, decide: DecideEvent<T>): Promise<RecordedEvent<T> | undefined> {
    return inTransaction(this.pool, async (client) => {
      // The row lock is what makes the decision and the append one step across instances.
      const found = await client.query(`SELECT ${CASE_COLUMNS} FROM cases WHERE reference = $1 FOR UPDATE`, [pgText(reference)]);
      if (found.rows.length === 0) return undefined;
      const record = caseFromRow(found.rows[0]);
      const decision = decide(record, await eventsOf(client, record.id));
      const appended = await client.query(
        `INSERT INTO case_events (case_id, at, actor, type, data) VALUES ($1, $2, $3, $4, $5) RETURNING ${EVENT_COLUMNS}`,
        [record.id, this.clock.now().toISOString(), pgText(actor), pgText(decision.event.type), JSON.stringify(decision.event.data)],
      );
      const updated = await client.query(
        `UPDATE cases SET stage = $2, state = $3, next_kind = $4, next_date = $5, next_extended = $6, next_clause = $7, listing_basis = $8
         WHERE id = $1 RETURNING ${CASE_COLUMNS}`,
        [record.id, decision.stage, pgText(decision.state), ...listingValues(decision.listing, pgBool).map((v) => (typeof v === 'string' ? pgText(v) : v))],
      );
      const review = reviewWaitingAfter(decision.event.type);
      if (review === 'asked') await client.query('UPDATE cases SET review_waiting = coalesce(review_waiting, $2) WHERE id = $1', [record.id, appended.rows[0].id]);
      else if (review === 'answered') await client.query('UPDATE cases SET review_waiting = NULL WHERE id = $1', [record.id]);
      return { record: caseFromRow(updated.rows[0]), event: eventFromRow(appended.rows[0], record.reference), result: decision.result };
    });
  }

  async listWithEvents(filter: { states?: readonly string[] } = {}): Promise<Array<{ record: CaseRecord; events: CaseEvent[] }>> {
    const states = filter.states?.map(pgText);
    if (states && states.length === 0) return [];
    const where = states ? 'WHERE c.state = ANY($1::text[])' : '';
    const params = states ? [states] : [];
    // Both reads in one snapshot: an event committed between them cannot show without its case.
    return inTransaction(
      this.pool,
      async (client) => {
        const cases = await client.query(`SELECT ${CASE_COLUMNS} FROM cases c ${where} ORDER BY c.id`, params);
        const events = await client.query<{ case_id: string }>(
          `SELECT e.case_id, e.id, e.at, e.actor, e.type, e.data FROM case_events e JOIN cases c ON c.id = e.case_id ${where}
           ORDER BY e.case_id, e.id`,
          params,
        );
        const byCase = new Map<string, CaseEvent[]>();
        for (const row of events.rows) {
          let list = byCase.get(row.case_id);
          if (!list) byCase.set(row.case_id, (list = []));
          list.push(eventFromRow(row));
        }
        return cases.rows.map((row) => ({ record: caseFromRow(row), events: byCase.get(String((row as { id: string }).id)) ?? [] }));
      },
      { snapshot: true },
    );
  }

  async listPage(query: ListingQuery): Promise<ListedCase[]> {
    const out: ListedCase[] = [];
    for (const next of pageQueries({ ...query, states: query.states?.map(pgText) }, `${CASE_COLUMNS}, ${LISTING_COLUMNS}`)) {
      const left = query.limit - out.length;
      if (left <= 0) break;
      const { rows } = await this.pool.query(...numbered(next(left)));
      for (const row of rows) out.push({ record: caseFromRow(row), listing: listingFromRow(row) });
    }
    return out;
  }

  async staleListings({ bases, afterId, limit }: { bases: Readonly<Record<string, string>>; afterId: number; limit: number }): Promise<StaleListing[]> {
    // The cases and their events in one snapshot, as listWithEvents reads them.
    return inTransaction(
      this.pool,
      async (client) => {
        const { rows } = await client.query<{ listing_basis: string }>(...numbered(staleSql(bases, afterId, limit, `${CASE_COLUMNS}, listing_basis`)));
        if (rows.length === 0) return [];
        const records = rows.map(caseFromRow);
        const events = await client.query<{ case_id: string }>(
          `SELECT case_id, ${EVENT_COLUMNS} FROM case_events WHERE case_id = ANY($1::bigint[]) ORDER BY case_id, id`,
          [records.map((r) => r.id)],
        );
        const byCase = new Map<number, CaseEvent[]>();
        for (const row of events.rows) {
          const id = Number(row.case_id);
          let list = byCase.get(id);
          if (!list) byCase.set(id, (list = []));
          list.push(eventFromRow(row));
        }
        return records.map((record, i) => {
          const list = byCase.get(record.id) ?? [];
          return { record, events: list, basis: rows[i].listing_basis, lastEventId: list.at(-1)?.id ?? 0 };
        });
      },
      { snapshot: true },
    );
  }

  async refreshListing(stale: StaleListing, update: { stage: number; state: string; listing: CaseListing }): Promise<boolean> {
    const { rowCount } = await this.pool.query(...numbered(refreshSql(stale, update, pgBool)));
    return rowCount === 1;
  }

  async residentWrote(conversationKey: string, userKey: string, at: string): Promise<void> {
    await this.pool.query(
      'UPDATE cases SET resident_last_at = $3 WHERE conversation_key = $1 AND user_key = $2 AND (resident_last_at IS NULL OR resident_last_at < $3)',
      [pgText(conversationKey), pgText(userKey), at],
    );
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM cases');
    return Number(rows[0].n);
  }

  async reviewRequests(query: { afterEventId?: number; limit: number }): Promise<PendingReview[]> {
    const { rows } = await this.pool.query<Record<string, unknown>>(REVIEW_REQUESTS_SQL, [query.afterEventId ?? 0, query.limit]);
    return rows.map((row) => {
      const record = caseFromRow(row);
      const request = eventFromRow({ id: row.request_id, at: row.request_at, actor: row.request_actor, type: row.request_type, data: row.request_data }, record.reference);
      return { record, request };
    });
  }
}

async function eventsOf(db: Pool | PoolClient, caseId: number): Promise<CaseEvent[]> {
  const { rows } = await db.query(`SELECT ${EVENT_COLUMNS} FROM case_events WHERE case_id = $1 ORDER BY id`, [caseId]);
  return rows.map((row) => eventFromRow(row));
}

const pgBool = (b: boolean) => b;

/** The shared listing SQL's '?' placeholders as PostgreSQL's $1, $2, ... (it has no other '?'). */
function numbered({ sql, params }: Sql): [string, unknown[]] {
  let n = 0;
  return [sql.replace(/\?/g, () => `$${++n}`), params];
}
