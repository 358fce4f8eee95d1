import type { Clock } from '../../clock/clock';
import { newReference } from '../../cases/reference';
import { INITIAL_STATE } from '../../cases/records';
import type { CaseListing } from '../../cases/listing';
import { LISTING_COLUMNS, listingValues, pageQueries, refreshSql, staleSql } from '../listing-sql';
import type { CaseEvent, CaseRecord, CaseStore, DecideEvent, ListedCase, ListingQuery, NewCase, PendingReview, RecordedEvent, StaleListing } from '../ports';
import { caseFromRow, eventFromRow, listingFromRow } from '../rows';
import { reviewWaitingAfter } from '../review-waiting';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database';
import type { GroupCommit } from './group-commit';

/** SQLite's answer to an INSERT that would repeat a reference: draw again rather than fail the resident. */
const isReferenceClash = (e: unknown): boolean => (e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && /cases\.reference/.test((e as Error).message);

/**
 * Reviews still waiting, oldest request first: the cases whose `review_waiting` names a request
 * (migration 12; only those are in the partial index, named so a schema without it fails at
 * start-up rather than reading every case), each joined to that request by its id. Answered
 * requests are never read.
 */
export const REVIEW_REQUESTS_SQL = `SELECT c.*, r.id AS request_id, r.at AS request_at, r.actor AS request_actor, r.type AS request_type, r.data AS request_data
  FROM cases AS c INDEXED BY cases_review_waiting JOIN case_events AS r ON r.id = c.review_waiting
  WHERE c.review_waiting > ?
  ORDER BY c.review_waiting LIMIT ?`;

/** A conversation's newest case of one identity: along cases_conversation, newest first, never reading the identity's other cases. */
export const LATEST_IN_CONVERSATION_SQL = 'SELECT * FROM cases WHERE conversation_key = ? AND user_key = ? ORDER BY id DESC LIMIT 1';

/** The request event of a REVIEW_REQUESTS_SQL row. */
export function requestOfRow(row: Record<string, unknown>, reference: string): CaseEvent {
  return eventFromRow({ id: row.request_id, at: row.request_at, actor: row.request_actor, type: row.request_type, data: row.request_data }, reference);
}

/**
 * Cases and their append-only history in SQLite. Every write joins the group commit, so a case
 * filed in a turn is committed with that turn's state; reads are of committed rows.
 */
export class SqliteCases implements CaseStore {
  // Prepared once: preparing parses the SQL, which costs more than running these statements.
  private readonly byIdempotencyKey;
  private readonly insertCase;
  private readonly byId;
  private readonly byRef;
  private readonly byUserKey;
  private readonly inConversation;
  private readonly insertEvent;
  private readonly eventsOf;
  private readonly eventsOfMany;
  private readonly setListing;
  private readonly countAll;
  private readonly complaintOfUser;
  private readonly reviewsAsked;
  private readonly reviewAsked;
  private readonly reviewAnswered;

  constructor(
    private readonly db: Db,
    private readonly commits: GroupCommit,
    private readonly clock: Clock,
    private readonly reference: () => string = newReference,
  ) {
    this.byIdempotencyKey = db.prepare<[string], unknown>('SELECT * FROM cases WHERE idempotency_key = ?');
    this.insertCase = db.prepare(
      `INSERT INTO cases (reference, idempotency_key, kind, policy_id, policy_version, stage, state, language, channel_id,
         user_key, conversation_key, conversation_ref, received_at, details, triage, deadlines, created_at, ${LISTING_COLUMNS})
       VALUES (@reference, @idem, @kind, @policyId, @policyVersion, 1, @state, @language, @channelId,
         @userKey, @conversationKey, @conversationRef, @receivedAt, @details, @triage, @deadlines, @at,
         @nextKind, @nextDate, @nextExtended, @nextClause, @basis)`,
    );
    this.byId = db.prepare<[number], unknown>('SELECT * FROM cases WHERE id = ?');
    this.byRef = db.prepare<[string], unknown>('SELECT * FROM cases WHERE reference = ?');
    this.byUserKey = db.prepare<[string], unknown>('SELECT * FROM cases WHERE user_key = ? ORDER BY id DESC');
    this.inConversation = db.prepare<[string, string], unknown>(LATEST_IN_CONVERSATION_SQL);
    this.insertEvent = db.prepare('INSERT INTO case_events (case_id, at, actor, type, data) VALUES (?, ?, ?, ?, ?)');
    this.eventsOf = db.prepare<[number], unknown>('SELECT id, at, actor, type, data FROM case_events WHERE case_id = ? ORDER BY id');
    this.eventsOfMany = db.prepare<[string], { case_id: number }>(
      'SELECT case_id, id, at, actor, type, data FROM case_events WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY case_id, id',
    );
    this.setListing = db.prepare<unknown[]>(
      'UPDATE cases SET stage = ?, state = ?, next_kind = ?, next_date = ?, next_extended = ?, next_clause = ?, listing_basis = ? WHERE id = ?',
    );
    this.countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM cases');
    this.complaintOfUser = db.prepare<[string], { one: number }>("SELECT 1 AS one FROM cases WHERE user_key = ? AND kind = 'complaint' LIMIT 1");
    this.reviewsAsked = db.prepare<[number, number], Record<string, unknown>>(REVIEW_REQUESTS_SQL);
    this.reviewAsked = db.prepare<[number, number]>('UPDATE cases SET review_waiting = coalesce(review_waiting, ?) WHERE id = ?');
    this.reviewAnswered = db.prepare<[number]>('UPDATE cases SET review_waiting = NULL WHERE id = ?');
  }

  async reviewRequests(query: { afterEventId?: number; limit: number }): Promise<PendingReview[]> {
    return this.reviewsAsked.all(query.afterEventId ?? 0, query.limit).map((row) => {
      const record = caseFromRow(row);
      return { record, request: requestOfRow(row, record.reference) };
    });
  }

  file(input: NewCase): Promise<{ record: CaseRecord; created: boolean }> {
    return this.commits.run(() => {
      const existing = this.byIdempotencyKey.get(input.idempotencyKey);
      if (existing) return { record: caseFromRow(existing), created: false };
      const at = this.clock.now().toISOString();
      let id = 0;
      for (let attempt = 0; ; attempt++) {
        try {
          id = Number(
            this.insertCase.run({
              reference: this.reference(),
              idem: input.idempotencyKey,
              kind: input.kind,
              policyId: input.policyId,
              policyVersion: input.policyVersion,
              state: INITIAL_STATE[input.kind],
              language: input.language,
              channelId: input.channelId,
              userKey: input.userKey,
              conversationKey: input.conversationKey,
              conversationRef: JSON.stringify(input.conversationRef),
              receivedAt: input.receivedAt,
              details: JSON.stringify(input.details),
              triage: input.triage === undefined ? null : JSON.stringify(input.triage),
              deadlines: JSON.stringify(input.deadlines),
              at,
              ...listingParams(input.listing),
            }).lastInsertRowid,
          );
          break;
        } catch (e) {
          // A reference collision is astronomically rare; draw again.
          if (attempt < 5 && isReferenceClash(e)) continue;
          throw e;
        }
      }
      this.insertEvent.run(id, at, input.actor, 'filed', JSON.stringify({ kind: input.kind, policy: input.policyId }));
      return { record: caseFromRow(this.byId.get(id)), created: true };
    });
  }

  async byReference(reference: string): Promise<CaseRecord | undefined> {
    const row = this.byRef.get(reference);
    return row === undefined ? undefined : caseFromRow(row);
  }

  async byUser(userKey: string): Promise<CaseRecord[]> {
    return this.byUserKey.all(userKey).map(caseFromRow);
  }

  async latestInConversation(conversationKey: string, userKey: string): Promise<CaseRecord | undefined> {
    const row = this.inConversation.get(conversationKey, userKey);
    return row === undefined ? undefined : caseFromRow(row);
  }

  async hasComplaint(userKey: string): Promise<boolean> {
    return this.complaintOfUser.get(userKey) !== undefined;
  }

  async events(caseId: number): Promise<CaseEvent[]> {
    return this.eventsOf.all(caseId).map((row) => eventFromRow(row));
  }

  async eventsOfCases(caseIds: readonly number[]): Promise<Map<number, CaseEvent[]>> {
    const byCase = new Map<number, CaseEvent[]>(caseIds.map((id) => [id, []]));
    if (!caseIds.length) return byCase;
    for (const row of this.eventsOfMany.all(JSON.stringify(caseIds))) byCase.get(row.case_id)?.push(eventFromRow(row));
    return byCase;
  }

  /** In the group commit, whose transaction makes the read, the decision and the writes one step. */
  recordEvent<T>(reference: string, actor: string, decide: DecideEvent<T>): Promise<RecordedEvent<T> | undefined> {
    return this.commits.run(() => {
      const row = this.byRef.get(reference);
      if (row === undefined) return undefined;
      const record = caseFromRow(row);
      const events = this.eventsOf.all(record.id).map((e) => eventFromRow(e, reference));
      const decision = decide(record, events);
      const at = this.clock.now().toISOString();
      const data = JSON.stringify(decision.event.data);
      const id = Number(this.insertEvent.run(record.id, at, actor, decision.event.type, data).lastInsertRowid);
      this.setListing.run(decision.stage, decision.state, ...listingValues(decision.listing, sqliteBool), record.id);
      const review = reviewWaitingAfter(decision.event.type);
      if (review === 'asked') this.reviewAsked.run(id, record.id);
      else if (review === 'answered') this.reviewAnswered.run(record.id);
      return {
        record: { ...record, stage: decision.stage, state: decision.state },
        event: { id, at, actor, type: decision.event.type, data: JSON.parse(data) as unknown },
        result: decision.result,
      };
    });
  }

  /**
   * Two queries in one read transaction rather than one per case, so a listing sees a consistent
   * snapshot and costs the same whatever the number of cases.
   */
  async listWithEvents(filter: { states?: readonly string[] } = {}): Promise<Array<{ record: CaseRecord; events: CaseEvent[] }>> {
    const states = filter.states;
    if (states && states.length === 0) return [];
    const where = states ? `WHERE c.state IN (${states.map(() => '?').join(', ')})` : '';
    const params: string[] = states ? [...states] : [];
    return this.db.transaction(() => {
      const rows = this.db.prepare<string[], unknown>(`SELECT c.* FROM cases c ${where} ORDER BY c.id`).all(...params);
      const events = this.db
        .prepare<string[], { case_id: number }>(`SELECT e.case_id, e.id, e.at, e.actor, e.type, e.data FROM case_events e JOIN cases c ON c.id = e.case_id ${where} ORDER BY e.case_id, e.id`)
        .all(...params);
      const byCase = new Map<number, CaseEvent[]>();
      for (const e of events) {
        let list = byCase.get(e.case_id);
        if (!list) byCase.set(e.case_id, (list = []));
        list.push(eventFromRow(e));
      }
      return rows.map((r) => {
        const record = caseFromRow(r);
        return { record, events: byCase.get(record.id) ?? [] };
      });
    })();
  }

  private readonly statements = new Map<string, Statement<unknown[], unknown>>();

  /** Listing SQL varies only with the filters given, so each shape is prepared once. */
  private prepared(sql: string) {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare<unknown[], unknown>(sql)));
    return s;
  }

  async listPage(query: ListingQuery): Promise<ListedCase[]> {
    const out: ListedCase[] = [];
    for (const next of pageQueries(query, `*`)) {
      const left = query.limit - out.length;
      if (left <= 0) break;
      const { sql, params } = next(left);
      for (const row of this.prepared(sql).all(...params)) out.push({ record: caseFromRow(row), listing: listingFromRow(row) });
    }
    return out;
  }

  async staleListings({ bases, afterId, limit }: { bases: Readonly<Record<string, string>>; afterId: number; limit: number }): Promise<StaleListing[]> {
    return this.db.transaction(() => {
      const { sql, params } = staleSql(bases, afterId, limit, '*');
      const rows = this.prepared(sql).all(...params) as Array<{ listing_basis: string }>;
      return rows.map((row) => {
        const record = caseFromRow(row);
        const events = this.eventsOf.all(record.id).map((e) => eventFromRow(e, record.reference));
        return { record, events, basis: row.listing_basis, lastEventId: events.at(-1)?.id ?? 0 };
      });
    })();
  }

  /** In the group commit, so it cannot land between another writer's read and write of the case. */
  refreshListing(stale: StaleListing, update: { stage: number; state: string; listing: CaseListing }): Promise<boolean> {
    return this.commits.run(() => {
      const { sql, params } = refreshSql(stale, update, sqliteBool);
      return this.prepared(sql).run(...params).changes === 1;
    });
  }

  residentWrote(conversationKey: string, userKey: string, at: string): Promise<void> {
    return this.commits.run(() => {
      this.prepared(
        'UPDATE cases SET resident_last_at = ? WHERE conversation_key = ? AND user_key = ? AND (resident_last_at IS NULL OR resident_last_at < ?)',
      ).run(at, conversationKey, userKey, at);
    });
  }

  async count(): Promise<number> {
    return this.countAll.get()!.n;
  }
}

/** better-sqlite3 binds no booleans. */
const sqliteBool = (b: boolean) => (b ? 1 : 0);

function listingParams(listing: CaseListing | undefined) {
  const [nextKind, nextDate, nextExtended, nextClause, basis] = listingValues(listing, sqliteBool);
  return { nextKind, nextDate, nextExtended, nextClause, basis };
}
