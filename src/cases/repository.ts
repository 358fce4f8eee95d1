import type { Db } from '../store/database';
import type { IntakeAnswers } from './intake';
import { newReference } from './reference';

export type CaseState = 'stage1_open' | 'service_request' | 'excluded' | 'feedback';

export interface NewCase {
  idempotencyKey: string;
  kind: 'complaint' | 'service_request' | 'excluded' | 'feedback';
  policyId: string;
  policyVersion: string;
  language: 'cy' | 'en';
  channelId: string;
  userKey: string;
  conversationKey: string;
  conversationRef: unknown;
  receivedAt: string;
  details: IntakeAnswers & Record<string, unknown>;
  triage: unknown;
  deadlines: unknown;
  actor: string;
}

export interface CaseRecord extends Omit<NewCase, 'idempotencyKey' | 'actor'> {
  id: number;
  reference: string;
  stage: number;
  state: string;
  createdAt: string;
}

export interface CaseEvent {
  id: number;
  at: string;
  actor: string;
  type: string;
  data: unknown;
}

interface CaseRow {
  id: number;
  reference: string;
  kind: string;
  policy_id: string;
  policy_version: string;
  stage: number;
  state: string;
  language: string;
  channel_id: string;
  user_key: string;
  conversation_key: string;
  conversation_ref: string;
  received_at: string;
  details: string;
  triage: string | null;
  deadlines: string;
  created_at: string;
}

function fromRow(r: CaseRow): CaseRecord {
  return {
    id: r.id,
    reference: r.reference,
    kind: r.kind as CaseRecord['kind'],
    policyId: r.policy_id,
    policyVersion: r.policy_version,
    stage: r.stage,
    state: r.state,
    language: r.language as CaseRecord['language'],
    channelId: r.channel_id,
    userKey: r.user_key,
    conversationKey: r.conversation_key,
    conversationRef: JSON.parse(r.conversation_ref),
    receivedAt: r.received_at,
    details: JSON.parse(r.details),
    triage: r.triage ? JSON.parse(r.triage) : null,
    deadlines: JSON.parse(r.deadlines),
    createdAt: r.created_at,
  };
}

const INITIAL_STATE: Record<NewCase['kind'], CaseState> = {
  complaint: 'stage1_open',
  service_request: 'service_request',
  excluded: 'excluded',
  feedback: 'feedback',
};

/** Cases and their append-only history. Every change is an event; nothing is overwritten. */
export class CaseRepository {
  // Prepared once: preparing parses the SQL, which costs more than running these statements.
  private readonly byIdempotencyKey;
  private readonly insertCase;
  private readonly byId;
  private readonly byRef;
  private readonly byUserKey;
  private readonly insertEvent;
  private readonly eventsOf;
  private readonly countAll;
  private readonly complaintOfUser;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
    private readonly reference: () => string = newReference,
  ) {
    this.byIdempotencyKey = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE idempotency_key = ?');
    this.insertCase = db.prepare(
      `INSERT INTO cases (reference, idempotency_key, kind, policy_id, policy_version, stage, state, language, channel_id,
         user_key, conversation_key, conversation_ref, received_at, details, triage, deadlines, created_at)
       VALUES (@reference, @idem, @kind, @policyId, @policyVersion, 1, @state, @language, @channelId,
         @userKey, @conversationKey, @conversationRef, @receivedAt, @details, @triage, @deadlines, @at)`,
    );
    this.byId = db.prepare<[number], CaseRow>('SELECT * FROM cases WHERE id = ?');
    this.byRef = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE reference = ?');
    this.byUserKey = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE user_key = ? ORDER BY id DESC');
    this.insertEvent = db.prepare('INSERT INTO case_events (case_id, at, actor, type, data) VALUES (?, ?, ?, ?, ?)');
    this.eventsOf = db.prepare<[number], Omit<CaseEvent, 'data'> & { data: string }>(
      'SELECT id, at, actor, type, data FROM case_events WHERE case_id = ? ORDER BY id',
    );
    this.countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM cases');
    this.complaintOfUser = db.prepare<[string], { one: number }>("SELECT 1 AS one FROM cases WHERE user_key = ? AND kind = 'complaint' LIMIT 1");
  }

  /**
   * Files a case once per idempotency key: a channel that re-delivers the same message gets the
   * case it already filed back, with `created: false`.
   */
  file(input: NewCase): { record: CaseRecord; created: boolean } {
    return this.db.transaction(() => {
      const existing = this.byIdempotencyKey.get(input.idempotencyKey);
      if (existing) return { record: fromRow(existing), created: false };
      const at = this.now().toISOString();
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
            }).lastInsertRowid,
          );
          break;
        } catch (e) {
          // A reference collision is astronomically rare; draw again rather than fail the resident.
          if (attempt < 5 && /UNIQUE constraint failed: cases.reference/.test((e as Error).message)) continue;
          throw e;
        }
      }
      this.appendEventTx(id, input.actor, 'filed', { kind: input.kind, policy: input.policyId }, at);
      return { record: fromRow(this.byId.get(id)!), created: true };
    })();
  }

  byReference(reference: string): CaseRecord | undefined {
    const row = this.byRef.get(reference);
    return row ? fromRow(row) : undefined;
  }

  byUser(userKey: string): CaseRecord[] {
    return this.byUserKey.all(userKey).map(fromRow);
  }

  /**
   * Cases in filing order, each with its events, optionally only those in the given states
   * (cases.state, indexed). Two queries in one read transaction rather than one per case, so a
   * listing sees a consistent snapshot and costs the same whatever the number of cases.
   */
  listWithEvents(filter: { states?: readonly string[] } = {}): Array<{ record: CaseRecord; events: CaseEvent[] }> {
    const states = filter.states;
    if (states && states.length === 0) return [];
    const where = states ? `WHERE c.state IN (${states.map(() => '?').join(', ')})` : '';
    const params: string[] = states ? [...states] : [];
    return this.db.transaction(() => {
      const rows = this.db.prepare<string[], CaseRow>(`SELECT c.* FROM cases c ${where} ORDER BY c.id`).all(...params);
      const events = this.db
        .prepare<string[], Omit<CaseEvent, 'data'> & { case_id: number; data: string }>(
          `SELECT e.case_id, e.id, e.at, e.actor, e.type, e.data FROM case_events e JOIN cases c ON c.id = e.case_id ${where} ORDER BY e.case_id, e.id`,
        )
        .all(...params);
      const byCase = new Map<number, CaseEvent[]>();
      for (const { case_id, data, ...e } of events) {
        let list = byCase.get(case_id);
        if (!list) byCase.set(case_id, (list = []));
        list.push({ ...e, data: JSON.parse(data) });
      }
      return rows.map((r) => ({ record: fromRow(r), events: byCase.get(r.id) ?? [] }));
    })();
  }

  /** Whether this chat identity has filed a complaint (any state). */
  hasComplaint(userKey: string): boolean {
    return this.complaintOfUser.get(userKey) !== undefined;
  }

  count(): number {
    return this.countAll.get()!.n;
  }

  appendEvent(caseId: number, actor: string, type: string, data: unknown): void {
    this.appendEventTx(caseId, actor, type, data, this.now().toISOString());
  }

  private appendEventTx(caseId: number, actor: string, type: string, data: unknown, at: string): void {
    this.insertEvent.run(caseId, at, actor, type, JSON.stringify(data));
  }

  events(caseId: number): CaseEvent[] {
    return this.eventsOf.all(caseId).map((e) => ({ ...e, data: JSON.parse(e.data) }));
  }
}
