import { SAFETY_REASONS_SQL, type AcceptResult, type CallbackRequest, type CapRefusal, type FinishResult, type Handoff, type HandoffEvent, type HandoffOutcome, type Handoffs, type NewHandoff, type OpenCaps, type OpenResult } from '../ports';
import { heldBackMarks } from '../handoff-held-back';
import { safetyAlertAfter } from '../safety-alert';
import { languageAfter } from '../handoff-language';
import { handoffEventFromRow, handoffFromRow } from '../rows';
import type { Db } from './database';
import type { GroupCommit } from './group-commit';

const COLUMNS =
  'id, conversation_key, conversation_ref, channel_id, language, reason, at, state, case_reference, context, callback, taken_by, taken_at, finished_by, finished_at, outcome';
const OPEN = "state <> 'finished'";

/**
 * Handovers finished since a time, newest first, for the staff queue (read on every change the
 * console hears of). INDEXED BY: without ANALYZE's statistics SQLite would walk every finished
 * handover ever by handoff_requests_state and sort them; handoff_requests_finished (migration 10)
 * reads only the last day's. Exported for the plan's test.
 */
export const QUEUE_FINISHED_SQL = `SELECT ${COLUMNS} FROM handoff_requests INDEXED BY handoff_requests_finished
  WHERE state = 'finished' AND finished_at >= ? AND outcome <> 'superseded' ORDER BY finished_at DESC, id DESC LIMIT 200`;

/**
 * A handover's held-back staff messages not yet delivered nor blanked, oldest first: the partial
 * index handoff_events_held_back (migration 10) holds only held-back messages, and
 * handoff_events_delivers answers whether each was delivered. Exported for the plan's test.
 */
export const HELD_BACK_SQL = `SELECT id, handoff_id, at, kind, actor, data FROM handoff_events e
  WHERE e.handoff_id = ? AND e.held_back = 1 AND e.data <> '{"redacted":true}'
    AND NOT EXISTS (SELECT 1 FROM handoff_events d WHERE d.delivers = e.id)
  ORDER BY e.id`;

/**
 * The staff queue's safety alerts: the taken handovers that name an unanswered emergency or
 * safety message (migration 13's partial index holds only those, almost always none), each
 * message read by its id. INDEXED BY, as above: without statistics SQLite might start from
 * handoff_requests_state and read every taken handover. Exported for the plan's test.
 */
export const SAFETY_ALERTS_SQL = `SELECT e.id, e.handoff_id, e.at, e.kind, e.actor, e.data
  FROM handoff_requests AS h INDEXED BY handoff_requests_safety_alert JOIN handoff_events AS e ON e.id = h.safety_alert
  WHERE h.safety_alert IS NOT NULL AND h.state = 'taken' ORDER BY h.id`;

/** Open handovers in all, counted along handoff_requests_state (state, id), for the cap on open handovers. */
export const OPEN_COUNT_SQL = `SELECT count(*) AS n FROM handoff_requests WHERE state IN ('waiting', 'taken', 'callback')`;
/**
 * The conversations waiting ahead of one in the staff queue's order (safety first, then oldest),
 * for the wait told to its resident. It counted every conversation asked for before it, though
 * the queue puts a gas leak asked for later above "speak to a person". Three counts, each along
 * an index without reading a row: safety handovers before a safety one by migration 14's (state,
 * reason, id); for any other, all waiting before it by (state, id) plus the safety ones after it.
 * No row when the handover does not exist. Exported for the plan's test.
 */
export const WAITING_AHEAD_SQL = `SELECT CASE WHEN h.reason IN ${SAFETY_REASONS_SQL}
    THEN (SELECT count(*) FROM handoff_requests WHERE state = 'waiting' AND reason IN ${SAFETY_REASONS_SQL} AND id < h.id)
    ELSE (SELECT count(*) FROM handoff_requests WHERE state = 'waiting' AND id < h.id)
       + (SELECT count(*) FROM handoff_requests WHERE state = 'waiting' AND reason IN ${SAFETY_REASONS_SQL} AND id > h.id)
  END AS n
  FROM handoff_requests AS h WHERE h.id = ?`;
/** One address's open handovers, for the per-address cap, by migration 14's partial index of those with an address. Exported for the plan's test. */
export const ADDRESS_OPEN_SQL = `SELECT count(*) AS n FROM handoff_requests WHERE address_key = ? AND state <> 'finished'`;

/**
 * The last week's acceptances for the wait told to residents, newest first, by migration 13's
 * handoff_requests_taken (it read every handover ever taken and sorted them). Exported for the plan's test.
 */
export const RECENT_WAITS_SQL = `SELECT at, taken_at FROM handoff_requests INDEXED BY handoff_requests_taken
  WHERE taken_at IS NOT NULL AND taken_at >= ? ORDER BY taken_at DESC LIMIT 50`;

/** A conversation view's page of events: newest first from `before` (the next page's `before` is the oldest id shown). */
export const LATEST_EVENTS_SQL = `SELECT id, handoff_id, at, kind, actor, data FROM handoff_events
  WHERE handoff_id = ? AND id < ? ORDER BY id DESC LIMIT ?`;
export const EVENTS_OF_KIND_SQL = `SELECT id, handoff_id, at, kind, actor, data FROM handoff_events
  WHERE handoff_id = ? AND kind = ? ORDER BY id`;

/**
 * The staff queue in SQLite. Every change joins the group commit of the turn (or staff request)
 * that made it; one process owns the file, so a guarded UPDATE inside the commit is the whole of
 * "atomic": of two accepts, the second finds the row taken.
 *
 * Every turn asks whether its conversation has an open handover (who owns it), and almost none
 * has. On its own, that query is a read transaction of its own (SQLite's WAL read lock, about
 * 45 µs on the two-core development machine), so the keys that may have one are kept in memory
 * (`mayBeOpen`) and only those are read. Every change to the table goes through this class, in
 * this process (the same assumption as the state cache: one bot process per database file), so
 * the set can be kept exact enough: a key is added when an open is queued (before it commits, so
 * a read never misses one in flight) and again once it commits, and dropped when a finish
 * commits or a read finds nothing. `committed` callbacks run in queue order, so an open queued
 * after a finish of the same conversation is re-added after the finish dropped it.
 */
export class SqliteHandoffs implements Handoffs {
  private readonly byId;
  private readonly openOf;
  private readonly insertEvent;
  private readonly heldBackOf;
  private readonly raiseAlert;
  private readonly answerAlert;
  private readonly setLanguage;
  // Read on every queue poll and every request for a person: prepared once, and a schema missing
  // their indexes (INDEXED BY) fails at start-up rather than at first use.
  private readonly recentWaitsOf;
  private readonly waitingAheadOf;
  private readonly openCount;
  private readonly addressOpen;
  private readonly safetyAlertRows;
  /** Conversation keys that may have an open handover: a superset of those that do. */
  private readonly mayBeOpen = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly commits: GroupCommit,
  ) {
    this.byId = db.prepare<[number], unknown>(`SELECT ${COLUMNS} FROM handoff_requests WHERE id = ?`);
    this.openOf = db.prepare<[string], unknown>(`SELECT ${COLUMNS} FROM handoff_requests WHERE conversation_key = ? AND ${OPEN}`);
    for (const key of db.prepare(`SELECT conversation_key FROM handoff_requests WHERE ${OPEN}`).pluck().all() as string[]) this.mayBeOpen.add(key);
    this.insertEvent = db.prepare<[number, string, string, string, string, number, number | null], unknown>(
      'INSERT INTO handoff_events (handoff_id, at, kind, actor, data, held_back, delivers) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id, handoff_id, at, kind, actor, data',
    );
    this.heldBackOf = db.prepare<[number], unknown>(HELD_BACK_SQL);
    // Only while a person has it: that is when the bot stays silent and the officer must read it.
    this.raiseAlert = db.prepare<[number, number], unknown>(`UPDATE handoff_requests SET safety_alert = ? WHERE id = ? AND state = 'taken'`);
    this.answerAlert = db.prepare<[number], unknown>('UPDATE handoff_requests SET safety_alert = NULL WHERE id = ? AND safety_alert IS NOT NULL');
    this.setLanguage = db.prepare<[string, number], unknown>(`UPDATE handoff_requests SET language = ? WHERE id = ? AND ${OPEN}`);
    this.recentWaitsOf = db.prepare<[string], { at: string; taken_at: string }>(RECENT_WAITS_SQL);
    this.waitingAheadOf = db.prepare<[number], { n: number }>(WAITING_AHEAD_SQL);
    this.openCount = db.prepare<[], { n: number }>(OPEN_COUNT_SQL);
    this.addressOpen = db.prepare<[string], { n: number }>(ADDRESS_OPEN_SQL);
    this.safetyAlertRows = db.prepare<[], unknown>(SAFETY_ALERTS_SQL);
  }

  private read(id: number): Handoff | undefined {
    const row = this.byId.get(id);
    return row ? handoffFromRow(row) : undefined;
  }

  private event(handoffId: number, kind: string, actor: string, data: unknown, at: string): HandoffEvent {
    const marks = heldBackMarks(kind, data);
    const event = handoffEventFromRow(this.insertEvent.get(handoffId, at, kind, actor, JSON.stringify(data ?? null), marks.heldBack ? 1 : 0, marks.delivers));
    // One writer per file, in order: the latest raising message stands until staff write.
    const alert = safetyAlertAfter(kind, data);
    if (alert === 'raised') this.raiseAlert.run(event.id, handoffId);
    else if (alert === 'answered') this.answerAlert.run(handoffId);
    const language = languageAfter(kind, data);
    if (language) this.setLanguage.run(language, handoffId);
    return event;
  }

  open(request: NewHandoff): Promise<OpenResult>;
  open(request: NewHandoff, caps: OpenCaps): Promise<OpenResult | CapRefusal>;
  open(request: NewHandoff, caps?: OpenCaps): Promise<OpenResult | CapRefusal> {
    this.mayBeOpen.add(request.conversationKey);
    // Counted inside the write, not before it: asked first and opened in a later commit, turns
    // from one address in the same pass of the event loop all counted the same handovers and all
    // opened one. The batch begins IMMEDIATE (as every writing batch does), so another
    // connection's open waits for this one.
    return this.commits.run((): OpenResult | CapRefusal => {
      const existing = this.openOf.get(request.conversationKey);
      if (existing) return { handoff: handoffFromRow(existing), created: false };
      const full = caps ? this.overCap(caps, request.addressKey ?? null) : null;
      if (full) return { full };
      const row = this.db
        .prepare(
          `INSERT INTO handoff_requests (conversation_key, conversation_ref, channel_id, language, reason, at, state, case_reference, context, callback, address_key)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
        )
        .get(
          request.conversationKey,
          JSON.stringify(request.conversationRef ?? null),
          request.channelId,
          request.language,
          request.reason,
          request.at,
          request.state,
          request.caseReference,
          JSON.stringify(request.context ?? null),
          request.callback ? JSON.stringify(request.callback) : null,
          request.addressKey ?? null,
        );
      const handoff = handoffFromRow(row);
      this.event(handoff.id, 'requested', 'bot', { reason: request.reason, state: request.state }, request.at);
      return { handoff, created: true };
    }, { committed: () => this.mayBeOpen.add(request.conversationKey) });
  }

  /** Which cap a new handover from `addressKey` would go over, if any (inside the open's transaction). */
  private overCap(caps: OpenCaps, addressKey: string | null): CapRefusal['full'] | null {
    if (caps.total > 0 && this.openCount.get()!.n >= caps.total) return 'total';
    if (caps.perAddress > 0 && addressKey !== null && this.addressOpen.get(addressKey)!.n >= caps.perAddress) return 'address';
    return null;
  }

  async get(id: number): Promise<Handoff | undefined> {
    return this.read(id);
  }

  async openFor(conversationKey: string): Promise<Handoff | undefined> {
    if (!this.mayBeOpen.has(conversationKey)) return undefined;
    const row = this.openOf.get(conversationKey);
    // An open still being committed adds its key back when it commits.
    if (!row) this.mayBeOpen.delete(conversationKey);
    return row ? handoffFromRow(row) : undefined;
  }

  async queue(finishedSince: string): Promise<Handoff[]> {
    const open = this.db.prepare(`SELECT ${COLUMNS} FROM handoff_requests WHERE ${OPEN} ORDER BY id`).all();
    const finished = this.db
      .prepare(QUEUE_FINISHED_SQL)
      .all(finishedSince);
    return [...open, ...finished].map(handoffFromRow);
  }

  async list(filter: { conversationKey?: string } = {}): Promise<Handoff[]> {
    const rows =
      filter.conversationKey === undefined
        ? this.db.prepare(`SELECT ${COLUMNS} FROM handoff_requests ORDER BY id`).all()
        : this.db.prepare(`SELECT ${COLUMNS} FROM handoff_requests WHERE conversation_key = ? ORDER BY id`).all(filter.conversationKey);
    return rows.map(handoffFromRow);
  }

  accept(id: number, staff: string, at: string): Promise<AcceptResult> {
    return this.commits.run((): AcceptResult => {
      const changed = this.db
        .prepare(`UPDATE handoff_requests SET state = 'taken', taken_by = ?, taken_at = ? WHERE id = ? AND state IN ('waiting', 'callback')`)
        .run(staff, at, id).changes;
      const handoff = this.read(id);
      if (!handoff) return { outcome: 'not_found' };
      if (!changed) return { outcome: 'conflict', handoff };
      this.event(id, 'accepted', staff, {}, at);
      return { outcome: 'accepted', handoff };
    });
  }

  finish(id: number, actor: string, at: string, outcome: Exclude<HandoffOutcome, 'superseded'>, data: unknown): Promise<FinishResult> {
    // A hub may report failure or completion before anyone took it; staff hand back only what they hold.
    const from = outcome === 'handed_back' ? "('taken')" : "('waiting', 'taken', 'callback')";
    return this.commits.run((): FinishResult => {
      const changed = this.db
        .prepare(`UPDATE handoff_requests SET state = 'finished', finished_by = ?, finished_at = ?, outcome = ?, safety_alert = NULL, address_key = NULL WHERE id = ? AND state IN ${from}`)
        .run(actor, at, outcome, id).changes;
      const handoff = this.read(id);
      if (!handoff) return { outcome: 'not_found' };
      if (!changed) return { outcome: 'conflict', handoff };
      this.event(id, outcome, actor, data, at);
      return { outcome: 'finished', handoff };
    }, { committed: (result) => void (result.outcome === 'finished' && this.mayBeOpen.delete(result.handoff.conversationKey)) });
  }

  setCallback(id: number, callback: CallbackRequest, at: string): Promise<Handoff | undefined> {
    return this.commits.run(() => {
      const changed = this.db
        .prepare(`UPDATE handoff_requests SET state = 'callback', callback = ? WHERE id = ? AND state IN ('waiting', 'callback')`)
        .run(JSON.stringify(callback), id).changes;
      if (!changed) return undefined;
      this.event(id, callback.requestedAt ? 'callback_requested' : 'callback_offered', callback.requestedAt ? 'resident' : 'bot', callback, at);
      return this.read(id);
    });
  }

  expireWaiting(before: string, at: string): Promise<Handoff[]> {
    return this.commits.run(() => {
      const callback = JSON.stringify({ why: 'unanswered', when: null, phone: null, requestedAt: null } satisfies CallbackRequest);
      const rows = this.db
        .prepare(`UPDATE handoff_requests SET state = 'callback', callback = ? WHERE state = 'waiting' AND at < ? RETURNING ${COLUMNS}`)
        .all(callback, before);
      const moved = rows.map(handoffFromRow);
      for (const h of moved) this.event(h.id, 'callback_offered', 'bot', h.callback, at);
      return moved;
    });
  }

  appendEvent(handoffId: number, kind: string, actor: string, data: unknown, at: string): Promise<HandoffEvent> {
    return this.commits.run(() => this.event(handoffId, kind, actor, data, at), { oneStatement: safetyAlertAfter(kind, data) === null && languageAfter(kind, data) === null });
  }

  async eventsAfter(afterId: number, limit: number, handoffId?: number): Promise<HandoffEvent[]> {
    const rows =
      handoffId === undefined
        ? this.db.prepare('SELECT id, handoff_id, at, kind, actor, data FROM handoff_events WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit)
        : this.db.prepare('SELECT id, handoff_id, at, kind, actor, data FROM handoff_events WHERE handoff_id = ? AND id > ? ORDER BY id LIMIT ?').all(handoffId, afterId, limit);
    return rows.map(handoffEventFromRow);
  }

  async latestEvents(handoffId: number, limit: number, beforeId?: number): Promise<{ events: HandoffEvent[]; earlier: boolean }> {
    const rows = this.db.prepare(LATEST_EVENTS_SQL).all(handoffId, beforeId ?? Number.MAX_SAFE_INTEGER, limit + 1);
    return { events: rows.slice(0, limit).map(handoffEventFromRow).reverse(), earlier: rows.length > limit };
  }

  async eventsOfKind(handoffId: number, kind: string): Promise<HandoffEvent[]> {
    return this.db.prepare(EVENTS_OF_KIND_SQL).all(handoffId, kind).map(handoffEventFromRow);
  }

  async heldBack(handoffId: number): Promise<HandoffEvent[]> {
    return this.heldBackOf.all(handoffId).map(handoffEventFromRow);
  }

  async lastEventId(): Promise<number> {
    return (this.db.prepare('SELECT coalesce(max(id), 0) AS id FROM handoff_events').get() as { id: number }).id;
  }

  async recentWaits(since: string): Promise<number[]> {
    const rows = this.recentWaitsOf.all(since);
    return rows.map((r) => Math.max(0, (Date.parse(r.taken_at) - Date.parse(r.at)) / 60_000));
  }

  async waitingAhead(id: number): Promise<number> {
    return this.waitingAheadOf.get(id)?.n ?? 0;
  }

  async openCounts(addressKey: string | null): Promise<{ total: number; fromAddress: number }> {
    return { total: this.openCount.get()!.n, fromAddress: addressKey === null ? 0 : this.addressOpen.get(addressKey)!.n };
  }

  async safetyAlerts(): Promise<HandoffEvent[]> {
    return this.safetyAlertRows.all().map(handoffEventFromRow);
  }
}
