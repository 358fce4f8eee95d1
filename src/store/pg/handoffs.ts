import type { Pool, PoolClient } from 'pg';
import { SAFETY_REASONS_SQL, type AcceptResult, type CallbackRequest, type CapRefusal, type FinishResult, type Handoff, type HandoffEvent, type HandoffOutcome, type Handoffs, type NewHandoff, type OpenCaps, type OpenResult } from '../ports';
import { advisoryKey } from './advisory-key';
import { heldBackMarks } from '../handoff-held-back';
import { safetyAlertAfter } from '../safety-alert';
import { languageAfter } from '../handoff-language';
import { handoffEventFromRow, handoffFromRow } from '../rows';
import { pgText, pgTextOrNull } from './text';
import { inTransaction } from './transaction';

const COLUMNS =
  'id, conversation_key, conversation_ref, channel_id, language, reason, at, state, case_reference, context, callback, taken_by, taken_at, finished_by, finished_at, outcome';
const OPEN = "state <> 'finished'";

/** Handovers finished since a time, newest first, for the staff queue: by handoff_requests_finished (migration 10). Exported for the plan's test. */
export const QUEUE_FINISHED_SQL = `SELECT ${COLUMNS} FROM handoff_requests
  WHERE state = 'finished' AND finished_at >= $1 AND outcome <> 'superseded' ORDER BY finished_at DESC, id DESC LIMIT 200`;

/**
 * A handover's held-back staff messages not yet delivered nor blanked, oldest first: the partial
 * index handoff_events_held_back (migration 10) holds only held-back messages, and
 * handoff_events_delivers answers whether each was delivered. Exported for the plan's test.
 */
export const HELD_BACK_SQL = `SELECT id, handoff_id, at, kind, actor, data FROM handoff_events e
  WHERE e.handoff_id = $1 AND e.held_back AND e.data <> '{"redacted":true}'
    AND NOT EXISTS (SELECT 1 FROM handoff_events d WHERE d.delivers = e.id)
  ORDER BY e.id`;

/**
 * A conversation view's page of events: newest first from `before` (the next page's `before` is
 * the oldest id shown). Written as row comparisons, not `handoff_id = $1 AND id < $2 ORDER BY id
 * DESC`: given that, the planner walked the primary key backwards from the newest event of every
 * handover, filtering for this one (it assumes a handover's events are spread evenly over ids),
 * which for an old handover reads every event written since. Here only handoff_events_handoff
 * gives the order, so the read starts at this handover's newest event.
 */
export const LATEST_EVENTS_SQL = `SELECT id, handoff_id, at, kind, actor, data FROM handoff_events
  WHERE (handoff_id, id) < ($1::bigint, $2::bigint) AND (handoff_id, id) > ($1::bigint, 0)
  ORDER BY handoff_id DESC, id DESC LIMIT $3`;
export const EVENTS_OF_KIND_SQL = `SELECT id, handoff_id, at, kind, actor, data FROM handoff_events
  WHERE handoff_id = $1 AND kind = $2 ORDER BY id`;
/**
 * The staff queue's safety alerts: the taken handovers that name an unanswered emergency or
 * safety message (migration 13's partial index holds only those), each message read by its id.
 * Exported for the plan's test.
 */
export const SAFETY_ALERTS_SQL = `SELECT e.id, e.handoff_id, e.at, e.kind, e.actor, e.data
  FROM handoff_requests AS h JOIN handoff_events AS e ON e.id = h.safety_alert
  WHERE h.safety_alert IS NOT NULL AND h.state = 'taken' ORDER BY h.id`;
/** Open handovers in all, counted along handoff_requests_state (state, id), for the cap on open handovers. */
export const OPEN_COUNT_SQL = `SELECT count(*)::int AS n FROM handoff_requests WHERE state IN ('waiting', 'taken', 'callback')`;
/**
 * The conversations waiting ahead of one in the staff queue's order (safety first, then oldest),
 * for the wait told to its resident: as SQLite's (src/store/sqlite/handoffs.ts), three counts by
 * (state, reason, id) and (state, id). No row when the handover does not exist.
 */
export const WAITING_AHEAD_SQL = `SELECT CASE WHEN h.reason IN ${SAFETY_REASONS_SQL}
    THEN (SELECT count(*) FROM handoff_requests WHERE state = 'waiting' AND reason IN ${SAFETY_REASONS_SQL} AND id < h.id)
    ELSE (SELECT count(*) FROM handoff_requests WHERE state = 'waiting' AND id < h.id)
       + (SELECT count(*) FROM handoff_requests WHERE state = 'waiting' AND reason IN ${SAFETY_REASONS_SQL} AND id > h.id)
  END::int AS n
  FROM handoff_requests AS h WHERE h.id = $1`;
/** One address's open handovers, for the per-address cap, by migration 14's partial index of those with an address. */
export const ADDRESS_OPEN_SQL = `SELECT count(*)::int AS n FROM handoff_requests WHERE address_key = $1 AND state <> 'finished'`;
/** The last week's acceptances for the wait told to residents, newest first, by migration 13's handoff_requests_taken. */
export const RECENT_WAITS_SQL = `SELECT at, taken_at FROM handoff_requests WHERE taken_at IS NOT NULL AND taken_at >= $1 ORDER BY taken_at DESC LIMIT 50`;

/** Above every id: bigint's largest. */
const NO_EVENT_AFTER = '9223372036854775807';

async function insertEvent(db: Pool | PoolClient, handoffId: number, kind: string, actor: string, data: unknown, at: string): Promise<HandoffEvent> {
  const marks = heldBackMarks(kind, data);
  const { rows } = await db.query(
    'INSERT INTO handoff_events (handoff_id, at, kind, actor, data, held_back, delivers) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, handoff_id, at, kind, actor, data',
    [handoffId, at, pgText(kind), pgText(actor), JSON.stringify(data ?? null), marks.heldBack, marks.delivers],
  );
  return handoffEventFromRow(rows[0]);
}

/**
 * The staff queue on PostgreSQL, one for every instance. Each change of state is one guarded
 * UPDATE (`WHERE state IN …`) with its event in the same transaction, so two staff accepting on
 * two instances at once cannot both win: the row lock makes the second wait, then see it taken.
 * One open handover per conversation is the partial unique index's to keep.
 */
export class PgHandoffs implements Handoffs {
  constructor(private readonly pool: Pool) {}

  private async read(db: Pool | PoolClient, id: number): Promise<Handoff | undefined> {
    const { rows } = await db.query(`SELECT ${COLUMNS} FROM handoff_requests WHERE id = $1`, [id]);
    return rows[0] ? handoffFromRow(rows[0]) : undefined;
  }

  open(request: NewHandoff): Promise<OpenResult>;
  open(request: NewHandoff, caps: OpenCaps): Promise<OpenResult | CapRefusal>;
  async open(request: NewHandoff, caps?: OpenCaps): Promise<OpenResult | CapRefusal> {
    // Insert first, not "read, then insert": a read could find the handover a staff member is
    // finishing at that moment and join it after it has ended. On the partial unique index the
    // INSERT waits for such a finish, then goes in; an open one committed already is a conflict,
    // and that one stands (read in a statement after the conflict, so it is visible).
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await inTransaction(this.pool, async (client): Promise<OpenResult | CapRefusal | undefined> => {
        const full = caps ? await this.overCap(client, caps, request.addressKey ?? null) : null;
        if (full) {
          // At the cap, a conversation that has a handover open still gets its own.
          const open = await client.query(`SELECT ${COLUMNS} FROM handoff_requests WHERE conversation_key = $1 AND ${OPEN}`, [pgText(request.conversationKey)]);
          return open.rows[0] ? { handoff: handoffFromRow(open.rows[0]), created: false } : { full };
        }
        const { rows } = await client.query(
          `INSERT INTO handoff_requests (conversation_key, conversation_ref, channel_id, language, reason, at, state, case_reference, context, callback, address_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           ON CONFLICT (conversation_key) WHERE ${OPEN} DO NOTHING RETURNING ${COLUMNS}`,
          [
            pgText(request.conversationKey),
            JSON.stringify(request.conversationRef ?? null),
            pgText(request.channelId),
            request.language,
            request.reason,
            request.at,
            request.state,
            pgTextOrNull(request.caseReference),
            JSON.stringify(request.context ?? null),
            request.callback ? JSON.stringify(request.callback) : null,
            pgTextOrNull(request.addressKey ?? null),
          ],
        );
        if (!rows[0]) {
          const open = await client.query(`SELECT ${COLUMNS} FROM handoff_requests WHERE conversation_key = $1 AND ${OPEN}`, [pgText(request.conversationKey)]);
          return open.rows[0] ? { handoff: handoffFromRow(open.rows[0]), created: false } : undefined;
        }
        const handoff = handoffFromRow(rows[0]);
        await insertEvent(client, handoff.id, 'requested', 'bot', { reason: request.reason, state: request.state }, request.at);
        return { handoff, created: true };
      });
      // Undefined: the open one finished between the conflict and the read; try again.
      if (result) return result;
    }
    throw new Error('handover could not be opened: the conversation kept changing');
  }

  /**
   * Which cap a new handover from `addressKey` would go over, counted under a transaction-level
   * advisory lock that every instance's capped open takes before counting and holds until its
   * insert commits: the next one waits, then (READ COMMITTED: each statement a fresh snapshot)
   * counts the handover just opened. Without it, two instances both counted the cap minus one
   * and both opened. One lock per call, never two, so opens cannot deadlock on each other: the
   * whole queue's when there is a total cap (every open counts against it), else the address's.
   */
  private async overCap(client: PoolClient, caps: OpenCaps, addressKey: string | null): Promise<CapRefusal['full'] | null> {
    const byAddress = caps.perAddress > 0 && addressKey !== null;
    if (caps.total <= 0 && !byAddress) return null;
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryKey('handover-cap', caps.total > 0 ? '' : `address\0${addressKey}`)]);
    if (caps.total > 0 && (await client.query<{ n: number }>(OPEN_COUNT_SQL)).rows[0].n >= caps.total) return 'total';
    if (byAddress && (await client.query<{ n: number }>(ADDRESS_OPEN_SQL, [pgText(addressKey!)])).rows[0].n >= caps.perAddress) return 'address';
    return null;
  }

  get(id: number): Promise<Handoff | undefined> {
    return this.read(this.pool, id);
  }

  async openFor(conversationKey: string): Promise<Handoff | undefined> {
    const { rows } = await this.pool.query(`SELECT ${COLUMNS} FROM handoff_requests WHERE conversation_key = $1 AND ${OPEN}`, [pgText(conversationKey)]);
    return rows[0] ? handoffFromRow(rows[0]) : undefined;
  }

  async queue(finishedSince: string): Promise<Handoff[]> {
    const open = await this.pool.query(`SELECT ${COLUMNS} FROM handoff_requests WHERE ${OPEN} ORDER BY id`);
    const finished = await this.pool.query(
      QUEUE_FINISHED_SQL,
      [finishedSince],
    );
    return [...open.rows, ...finished.rows].map(handoffFromRow);
  }

  async list(filter: { conversationKey?: string } = {}): Promise<Handoff[]> {
    const narrowed = filter.conversationKey !== undefined;
    const { rows } = await this.pool.query(
      `SELECT ${COLUMNS} FROM handoff_requests ${narrowed ? 'WHERE conversation_key = $1' : ''} ORDER BY id`,
      narrowed ? [pgText(filter.conversationKey!)] : [],
    );
    return rows.map(handoffFromRow);
  }

  accept(id: number, staff: string, at: string): Promise<AcceptResult> {
    return inTransaction(this.pool, async (client): Promise<AcceptResult> => {
      const { rowCount } = await client.query(`UPDATE handoff_requests SET state = 'taken', taken_by = $1, taken_at = $2 WHERE id = $3 AND state IN ('waiting', 'callback')`, [
        pgText(staff),
        at,
        id,
      ]);
      const handoff = await this.read(client, id);
      if (!handoff) return { outcome: 'not_found' };
      if (!rowCount) return { outcome: 'conflict', handoff };
      await insertEvent(client, id, 'accepted', staff, {}, at);
      return { outcome: 'accepted', handoff };
    });
  }

  finish(id: number, actor: string, at: string, outcome: Exclude<HandoffOutcome, 'superseded'>, data: unknown): Promise<FinishResult> {
    const from = outcome === 'handed_back' ? "('taken')" : "('waiting', 'taken', 'callback')";
    return inTransaction(this.pool, async (client): Promise<FinishResult> => {
      const { rowCount } = await client.query(
        `UPDATE handoff_requests SET state = 'finished', finished_by = $1, finished_at = $2, outcome = $3, safety_alert = NULL, address_key = NULL WHERE id = $4 AND state IN ${from}`,
        [pgText(actor), at, outcome, id],
      );
      const handoff = await this.read(client, id);
      if (!handoff) return { outcome: 'not_found' };
      if (!rowCount) return { outcome: 'conflict', handoff };
      await insertEvent(client, id, outcome, actor, data, at);
      return { outcome: 'finished', handoff };
    });
  }

  setCallback(id: number, callback: CallbackRequest, at: string): Promise<Handoff | undefined> {
    return inTransaction(this.pool, async (client) => {
      const { rowCount } = await client.query(`UPDATE handoff_requests SET state = 'callback', callback = $1 WHERE id = $2 AND state IN ('waiting', 'callback')`, [
        JSON.stringify(callback),
        id,
      ]);
      if (!rowCount) return undefined;
      await insertEvent(client, id, callback.requestedAt ? 'callback_requested' : 'callback_offered', callback.requestedAt ? 'resident' : 'bot', callback, at);
      return this.read(client, id);
    });
  }

  expireWaiting(before: string, at: string): Promise<Handoff[]> {
    const callback: CallbackRequest = { why: 'unanswered', when: null, phone: null, requestedAt: null };
    return inTransaction(this.pool, async (client) => {
      // Each row moves once, on whichever instance's UPDATE reaches it first.
      const { rows } = await client.query(`UPDATE handoff_requests SET state = 'callback', callback = $1 WHERE state = 'waiting' AND at < $2 RETURNING ${COLUMNS}`, [
        JSON.stringify(callback),
        before,
      ]);
      const moved = rows.map(handoffFromRow);
      for (const h of moved) await insertEvent(client, h.id, 'callback_offered', 'bot', h.callback, at);
      return moved;
    });
  }

  appendEvent(handoffId: number, kind: string, actor: string, data: unknown, at: string): Promise<HandoffEvent> {
    const alert = safetyAlertAfter(kind, data);
    const language = languageAfter(kind, data);
    if (language) {
      // The language the resident now writes in, beside its event, for the queue and replies.
      return inTransaction(this.pool, async (client) => {
        const event = await insertEvent(client, handoffId, kind, actor, data, at);
        await client.query(`UPDATE handoff_requests SET language = $1 WHERE id = $2 AND state <> 'finished'`, [language, handoffId]);
        return event;
      });
    }
    if (alert === null) return insertEvent(this.pool, handoffId, kind, actor, data, at);
    // With the safety alert beside it: the handover's row is locked before the event takes its
    // id, so two such events of one handover (a resident's alarm and a staff reply, on two
    // instances) are written one after the other, and the later one decides the mark.
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT 1 FROM handoff_requests WHERE id = $1 FOR UPDATE', [handoffId]);
      const event = await insertEvent(client, handoffId, kind, actor, data, at);
      if (alert === 'raised') await client.query(`UPDATE handoff_requests SET safety_alert = $1 WHERE id = $2 AND state = 'taken'`, [event.id, handoffId]);
      else await client.query('UPDATE handoff_requests SET safety_alert = NULL WHERE id = $1 AND safety_alert IS NOT NULL', [handoffId]);
      return event;
    });
  }

  async eventsAfter(afterId: number, limit: number, handoffId?: number): Promise<HandoffEvent[]> {
    const { rows } =
      handoffId === undefined
        ? await this.pool.query('SELECT id, handoff_id, at, kind, actor, data FROM handoff_events WHERE id > $1 ORDER BY id LIMIT $2', [afterId, limit])
        : await this.pool.query('SELECT id, handoff_id, at, kind, actor, data FROM handoff_events WHERE handoff_id = $1 AND id > $2 ORDER BY id LIMIT $3', [handoffId, afterId, limit]);
    return rows.map(handoffEventFromRow);
  }

  async latestEvents(handoffId: number, limit: number, beforeId?: number): Promise<{ events: HandoffEvent[]; earlier: boolean }> {
    const { rows } = await this.pool.query(LATEST_EVENTS_SQL, [handoffId, beforeId === undefined ? NO_EVENT_AFTER : String(beforeId), limit + 1]);
    const events = rows.slice(0, limit).map(handoffEventFromRow).reverse();
    return { events, earlier: rows.length > limit };
  }

  async eventsOfKind(handoffId: number, kind: string): Promise<HandoffEvent[]> {
    const { rows } = await this.pool.query(EVENTS_OF_KIND_SQL, [handoffId, pgText(kind)]);
    return rows.map(handoffEventFromRow);
  }

  async heldBack(handoffId: number): Promise<HandoffEvent[]> {
    const { rows } = await this.pool.query(HELD_BACK_SQL, [handoffId]);
    return rows.map(handoffEventFromRow);
  }

  async lastEventId(): Promise<number> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT coalesce(max(id), 0)::text AS id FROM handoff_events');
    return Number(rows[0].id);
  }

  async recentWaits(since: string): Promise<number[]> {
    const { rows } = await this.pool.query<{ at: Date; taken_at: Date }>(RECENT_WAITS_SQL, [since]);
    return rows.map((r) => Math.max(0, (new Date(r.taken_at).getTime() - new Date(r.at).getTime()) / 60_000));
  }

  async waitingAhead(id: number): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(WAITING_AHEAD_SQL, [id]);
    return rows[0]?.n ?? 0;
  }

  async openCounts(addressKey: string | null): Promise<{ total: number; fromAddress: number }> {
    const [total, from] = await Promise.all([
      this.pool.query<{ n: number }>(OPEN_COUNT_SQL),
      addressKey === null ? undefined : this.pool.query<{ n: number }>(ADDRESS_OPEN_SQL, [pgText(addressKey)]),
    ]);
    return { total: total.rows[0].n, fromAddress: from?.rows[0].n ?? 0 };
  }

  async safetyAlerts(): Promise<HandoffEvent[]> {
    const { rows } = await this.pool.query(SAFETY_ALERTS_SQL);
    return rows.map(handoffEventFromRow);
  }
}
