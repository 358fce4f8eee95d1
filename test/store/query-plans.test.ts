/**
 * The hot paths migration 10 indexed, shown to use their indexes by each database's own planner,
 * on the very SQL text the stores run: a resident's message during a handover asks for held-back
 * staff messages (Handoffs.heldBack), the hourly retention sweep looks for finished handovers left
 * to blank, and the staff queue lists those finished since yesterday. Without the indexes these
 * read every event of the handover, or every finished handover ever. Since: a conversation view's
 * latest messages and events, the review queue (migration 12: only reviews still waiting, never
 * the answered ones) and the case a handover names (by conversation, not all the resident's).
 * Migration 13: the staff queue's safety alerts (only the handovers that have one, where it read
 * every taken handover's latest 20 events on each poll) and the wait told to a resident (a count
 * of those waiting ahead, and the last week's acceptances by when they were taken, where it read
 * the whole open queue and every handover ever taken). Migration 14: that count in the queue's own
 * order (safety handovers first, by (state, reason, id)), and the per-address cap's count of one
 * address's open handovers.
 */
import { describe, expect, it } from 'vitest';
import {
  HELD_BACK_SQL as PG_HELD_BACK_SQL,
  LATEST_EVENTS_SQL as PG_LATEST_EVENTS_SQL,
  QUEUE_FINISHED_SQL as PG_QUEUE_FINISHED_SQL,
  RECENT_WAITS_SQL as PG_RECENT_WAITS_SQL,
  SAFETY_ALERTS_SQL as PG_SAFETY_ALERTS_SQL,
  WAITING_AHEAD_SQL as PG_WAITING_AHEAD_SQL,
  ADDRESS_OPEN_SQL as PG_ADDRESS_OPEN_SQL,
} from '../../src/store/pg/handoffs';
import { LEFT_TO_BLANK_SQL as PG_LEFT_TO_BLANK_SQL } from '../../src/store/pg/retention';
import { LATEST_IN_CONVERSATION_SQL as PG_LATEST_IN_CONVERSATION_SQL, REVIEW_REQUESTS_SQL as PG_REVIEW_REQUESTS_SQL } from '../../src/store/pg/cases';
import { LATEST_MESSAGES_SQL as PG_LATEST_MESSAGES_SQL } from '../../src/store/pg/transcripts';
import { openDatabase } from '../../src/store/sqlite/database';
import {
  HELD_BACK_SQL as SQLITE_HELD_BACK_SQL,
  LATEST_EVENTS_SQL as SQLITE_LATEST_EVENTS_SQL,
  QUEUE_FINISHED_SQL as SQLITE_QUEUE_FINISHED_SQL,
  RECENT_WAITS_SQL as SQLITE_RECENT_WAITS_SQL,
  SAFETY_ALERTS_SQL as SQLITE_SAFETY_ALERTS_SQL,
  WAITING_AHEAD_SQL as SQLITE_WAITING_AHEAD_SQL,
  OPEN_COUNT_SQL as SQLITE_OPEN_COUNT_SQL,
  ADDRESS_OPEN_SQL as SQLITE_ADDRESS_OPEN_SQL,
} from '../../src/store/sqlite/handoffs';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { LEFT_TO_BLANK_SQL as SQLITE_LEFT_TO_BLANK_SQL } from '../../src/store/sqlite/retention';
import { LATEST_IN_CONVERSATION_SQL as SQLITE_LATEST_IN_CONVERSATION_SQL, REVIEW_REQUESTS_SQL as SQLITE_REVIEW_REQUESTS_SQL } from '../../src/store/sqlite/cases';
import { LATEST_MESSAGES_SQL as SQLITE_LATEST_MESSAGES_SQL } from '../../src/store/sqlite/transcripts';
import { describePostgres, freshSchema } from './pg-test-database';

describe('SQLite query plans', () => {
  const plan = (sql: string, ...params: unknown[]) => {
    const db = openDatabase(':memory:');
    try {
      return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join('\n');
    } finally {
      db.close();
    }
  };

  it('finds held-back messages through the held-back index, and whether each was delivered through the delivers index', () => {
    const p = plan(SQLITE_HELD_BACK_SQL, 1);
    expect(p).toMatch(/SEARCH e USING INDEX handoff_events_held_back \(handoff_id=\?\)/);
    expect(p).toMatch(/SEARCH d USING (COVERING )?INDEX handoff_events_delivers \(delivers=\?\)/);
    expect(p).not.toMatch(/SCAN/);
  });

  it('sweeps only the finished handovers left to blank, through their partial index', () => {
    expect(plan(SQLITE_LEFT_TO_BLANK_SQL)).toBe('SCAN handoff_requests USING INDEX handoff_requests_left_to_blank');
  });

  it('lists finished handovers by finish time', () => {
    expect(plan(SQLITE_QUEUE_FINISHED_SQL, '2026-11-23T00:00:00.000Z')).toBe('SEARCH handoff_requests USING INDEX handoff_requests_finished (finished_at>?)');
  });

  it('reads a conversation view’s latest events backwards along the handover’s index, never sorting them', () => {
    expect(plan(SQLITE_LATEST_EVENTS_SQL, 1, 1000, 51)).toMatch(/^SEARCH handoff_events USING (COVERING )?INDEX handoff_events_handoff \(handoff_id=\? AND (rowid|id)<\?\)$/);
  });

  it('reads a conversation view’s latest messages backwards along the conversation’s index, never sorting them', () => {
    expect(plan(SQLITE_LATEST_MESSAGES_SQL, 'webchat:c1', 1000, 51)).toMatch(/^SEARCH transcripts USING INDEX transcripts_conversation \(conversation_key=\? AND (rowid|id)<\?\)$/);
  });

  it('lists only the reviews still waiting, along the cases’ partial index, each request found by its id', () => {
    const p = plan(SQLITE_REVIEW_REQUESTS_SQL, 0, 101);
    expect(p).toMatch(/^SEARCH c USING INDEX cases_review_waiting \(review_waiting>\?\)$/m);
    expect(p).toMatch(/SEARCH r USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(p).not.toMatch(/SCAN|TEMP B-TREE/);
  });

  it('finds the case a handover names along the conversation’s index, never the identity’s other cases', () => {
    expect(plan(SQLITE_LATEST_IN_CONVERSATION_SQL, 'webchat:c1', 'webchat:u1')).toBe('SEARCH cases USING INDEX cases_conversation (conversation_key=?)');
  });

  it('finds the queue’s safety alerts through the partial index of handovers that have one, each message by its id', () => {
    const p = plan(SQLITE_SAFETY_ALERTS_SQL);
    // The sort is of those few alone.
    expect(p).toMatch(/^SEARCH h USING INDEX handoff_requests_safety_alert \(safety_alert>\?\)$/m);
    expect(p).toMatch(/SEARCH e USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(p).not.toMatch(/SCAN e|handoff_events_handoff/);
  });

  it('counts the handovers waiting ahead in the queue’s order along the (state, reason, id) and (state, id) indexes, reading no row but the handover’s own', () => {
    const p = plan(SQLITE_WAITING_AHEAD_SQL, 10);
    expect(p).toMatch(/^SEARCH h USING INTEGER PRIMARY KEY \(rowid=\?\)$/m);
    expect(p).toMatch(/^SEARCH handoff_requests USING COVERING INDEX handoff_requests_state_reason \(state=\? AND reason=\? AND (rowid|id)<\?\)$/m);
    expect(p).toMatch(/^SEARCH handoff_requests USING COVERING INDEX handoff_requests_state \(state=\? AND (rowid|id)<\?\)$/m);
    expect(p).toMatch(/^SEARCH handoff_requests USING COVERING INDEX handoff_requests_state_reason \(state=\? AND reason=\? AND (rowid|id)>\?\)$/m);
    expect(p).not.toMatch(/SCAN/);
  });

  it('counts one address’s open handovers for the cap along the address index, never the queue', () => {
    expect(plan(SQLITE_ADDRESS_OPEN_SQL, 'key')).toBe('SEARCH handoff_requests USING INDEX handoff_requests_address (address_key=?)');
  });

  it('counts the open handovers for the cap along the (state, id) index, reading no row', () => {
    expect(plan(SQLITE_OPEN_COUNT_SQL)).toMatch(/^SEARCH handoff_requests USING COVERING INDEX handoff_requests_state \(state=\?\)$/);
  });

  it('reads the last week’s acceptances by when they were taken, never sorting every handover ever taken', () => {
    expect(plan(SQLITE_RECENT_WAITS_SQL, '2026-11-16T00:00:00.000Z')).toBe('SEARCH handoff_requests USING INDEX handoff_requests_taken (taken_at>?)');
  });

  it('cannot run without them: a store on a schema missing the index fails to start rather than walking the table', () => {
    const db = openDatabase(':memory:', MIGRATIONS.filter((m) => m.version <= 9));
    try {
      expect(() => db.prepare(SQLITE_LEFT_TO_BLANK_SQL)).toThrow(/no such index: handoff_requests_left_to_blank/);
    } finally {
      db.close();
    }
  });
});

describePostgres('PostgreSQL query plans', () => {
  // On a database the size of a landlord's after a while (2,000 finished handovers, 20,000 events,
  // one handover of 3,000, analysed), the planner left to itself: on empty tables a sequential scan is cheapest whatever
  // the indexes, which would show nothing.
  const plan = async (sql: string, params: unknown[] = []) => {
    const schema = await freshSchema();
    try {
      const db = schema.pool({ max: 1 });
      await db.query(`
        INSERT INTO handoff_requests (conversation_key, conversation_ref, channel_id, language, reason, at, state, context, finished_at, finished_by, outcome)
          SELECT 'whatsapp:c' || n, '{"user":{"id":"u' || n || '"}}', 'whatsapp', 'cy', 'asked', now() - interval '30 days' + n * interval '1 minute',
                 'finished', '{"answers":{"description":"Mae’r boeler wedi torri"}}', now() - interval '29 days' + n * interval '1 minute', 'person:rhian', 'handed_back'
          FROM generate_series(1, 2000) AS n;
        -- One long conversation (handover 1000, its events older than the rest), as the conversation view pages through.
        INSERT INTO handoff_events (handoff_id, at, kind, actor, data)
          SELECT 1000, now(), 'resident_message', 'resident', '{"text":"helo eto"}' FROM generate_series(1, 3000);
        INSERT INTO handoff_events (handoff_id, at, kind, actor, data)
          SELECT h.id, h.at, 'resident_message', 'resident', '{"text":"helo"}' FROM handoff_requests h, generate_series(1, 10);
        -- One handover blanked while open and finished since; one with a held-back message.
        UPDATE handoff_requests SET context = '{"redacted":true}' WHERE id = (SELECT min(id) FROM handoff_requests);
        INSERT INTO handoff_events (handoff_id, at, kind, actor, data, held_back)
          SELECT max(id), now(), 'staff_message', 'person:rhian', '{"text":"x","reopenRequested":true,"shown":"x"}', true FROM handoff_requests;
        -- Transcripts: one long conversation (3,000 messages, older than the rest) the view pages
        -- through, then every other conversation's 20 rows.
        INSERT INTO transcripts (conversation_key, at, direction, activity_type, text, data)
          SELECT 'whatsapp:long', now(), 'in', 'message', 'helo eto', '{}' FROM generate_series(1, 3000);
        INSERT INTO transcripts (conversation_key, at, direction, activity_type, text, data)
          SELECT 'whatsapp:c' || n, now(), CASE WHEN k % 2 = 0 THEN 'in' ELSE 'out' END, CASE WHEN k % 5 = 0 THEN 'typing' ELSE 'message' END, 'helo', '{}'
          FROM generate_series(1, 2000) AS n, generate_series(1, 20) AS k;
        -- Cases: 20,000 with three events each, 285 of them exclusions whose resident asked for a
        -- review, half of those answered.
        INSERT INTO cases (reference, idempotency_key, kind, policy_id, policy_version, stage, state, language, channel_id, user_key,
                           conversation_key, conversation_ref, received_at, details, triage, deadlines, created_at)
          SELECT 'CMP-' || n, 'k' || n, CASE WHEN n % 10 = 0 THEN 'excluded' ELSE 'complaint' END, 'housing-ombudsman-code', '2024.1', 1,
                 CASE WHEN n % 10 = 0 THEN 'excluded' ELSE 'stage1_open' END, 'cy', 'test', 'test:u' || n, 'test:c' || n, '{}', now(), '{}', NULL, 'null', now()
          FROM generate_series(1, 20000) AS n;
        INSERT INTO case_events (case_id, at, actor, type, data)
          SELECT c.id, now(), 'bot', t.type, '{}' FROM cases c, (VALUES ('filed'), ('note'), ('acknowledged')) AS t (type);
        INSERT INTO case_events (case_id, at, actor, type, data)
          SELECT id, now(), 'resident', 'review_requested', '{"words":"dw i ddim yn cytuno"}' FROM cases WHERE kind = 'excluded' AND id % 70 = 0;
        INSERT INTO case_events (case_id, at, actor, type, data)
          SELECT id, now(), 'person:rhian', 'review_answered', '{}' FROM cases WHERE kind = 'excluded' AND id % 140 = 0;
        -- What the store keeps beside those events (migration 12): the first request since the last answer.
        UPDATE cases SET review_waiting = (SELECT min(r.id) FROM case_events r WHERE r.case_id = cases.id AND r.type = 'review_requested')
          WHERE kind = 'excluded' AND id % 70 = 0 AND id % 140 <> 0;
        -- Those finished were taken first (a month ago); 20 are waiting now, and 10 taken, 3 of
        -- them with an unanswered emergency message (migration 13's mark).
        UPDATE handoff_requests SET taken_at = at + interval '5 minutes', taken_by = 'person:rhian';
        INSERT INTO handoff_requests (conversation_key, conversation_ref, channel_id, language, reason, at, state, context, taken_at, taken_by)
          SELECT 'webchat:t' || n, '{}', 'webchat', 'en', 'asked', now() - interval '1 hour', CASE WHEN n <= 20 THEN 'waiting' ELSE 'taken' END, '{}',
                 CASE WHEN n <= 20 THEN NULL ELSE now() - interval '30 minutes' END, CASE WHEN n <= 20 THEN NULL ELSE 'person:sam' END
          FROM generate_series(1, 30) AS n;
        -- Five of those waiting are urgent, and each open one keeps its address's digest (ten addresses).
        UPDATE handoff_requests SET reason = 'urgent' WHERE conversation_key IN ('webchat:t3', 'webchat:t7', 'webchat:t11', 'webchat:t15', 'webchat:t19');
        UPDATE handoff_requests SET address_key = 'addr' || (id % 10) WHERE state <> 'finished';
        INSERT INTO handoff_events (handoff_id, at, kind, actor, data)
          SELECT id, now(), 'resident_message', 'resident', '{"text":"I can smell gas","safety":["gas"]}' FROM handoff_requests WHERE conversation_key IN ('webchat:t21', 'webchat:t22', 'webchat:t23');
        UPDATE handoff_requests h SET safety_alert = (SELECT max(e.id) FROM handoff_events e WHERE e.handoff_id = h.id) WHERE conversation_key IN ('webchat:t21', 'webchat:t22', 'webchat:t23');
        ANALYZE cases;
        ANALYZE case_events;
        ANALYZE handoff_requests;
        ANALYZE handoff_events;
        ANALYZE transcripts;
      `);
      const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await schema.drop();
    }
  };

  it('finds held-back messages through the held-back index, and whether each was delivered through the delivers index', async () => {
    const p = await plan(PG_HELD_BACK_SQL, [2000]);
    expect(p).toMatch(/Index (Only )?Scan using handoff_events_held_back on handoff_events e/);
    expect(p).toMatch(/Index (Only )?Scan (using|on) handoff_events_delivers/);
    expect(p).not.toMatch(/Seq Scan/);
  }, 60_000);

  it('sweeps only the finished handovers left to blank, through their partial index', async () => {
    const p = await plan(PG_LEFT_TO_BLANK_SQL);
    expect(p).toMatch(/Index Scan using handoff_requests_left_to_blank on handoff_requests/);
    expect(p).not.toMatch(/Seq Scan/);
  }, 60_000);

  it('reads a conversation view’s latest events backwards along the handover’s index, never sorting them', async () => {
    const p = await plan(PG_LATEST_EVENTS_SQL, [1000, '9223372036854775807', 51]);
    expect(p).toMatch(/Index Scan Backward using handoff_events_handoff on handoff_events/);
    expect(p).not.toMatch(/Seq Scan|Sort/);
    // A short handover's few events may be fetched by bitmap and sorted: still by the index.
    expect(await plan(PG_LATEST_EVENTS_SQL, [5, '9223372036854775807', 51])).not.toMatch(/Seq Scan/);
  }, 60_000);

  it('reads a conversation view’s latest messages backwards along the conversation’s index, never sorting them', async () => {
    const p = await plan(PG_LATEST_MESSAGES_SQL, ['whatsapp:long', '9223372036854775807', 51]);
    expect(p).toMatch(/Index Scan Backward using transcripts_conversation on transcripts/);
    expect(p).not.toMatch(/Seq Scan|Sort/);
    expect(await plan(PG_LATEST_MESSAGES_SQL, ['whatsapp:c5', '9223372036854775807', 51])).not.toMatch(/Seq Scan/);
  }, 60_000);

  it('lists only the reviews still waiting, along the cases’ partial index, never reading answered ones', async () => {
    const p = await plan(PG_REVIEW_REQUESTS_SQL, [0, 101]);
    expect(p).toMatch(/Index Scan using cases_review_waiting on cases c/);
    expect(p).toMatch(/Index Scan using case_events_pkey on case_events r/);
    expect(p).not.toMatch(/Seq Scan/);
  }, 60_000);

  it('finds the case a handover names along the conversation’s index', async () => {
    const p = await plan(PG_LATEST_IN_CONVERSATION_SQL, ['test:c70', 'test:u70']);
    expect(p).toMatch(/Index Scan (Backward )?using cases_conversation on cases|Bitmap Index Scan on cases_conversation/);
    expect(p).not.toMatch(/Seq Scan/);
  }, 60_000);

  it('finds the queue’s safety alerts through the partial index of handovers that have one, each message by its id', async () => {
    const p = await plan(PG_SAFETY_ALERTS_SQL);
    expect(p).toMatch(/Index Scan using handoff_requests_safety_alert on handoff_requests h|Bitmap Index Scan on handoff_requests_safety_alert/);
    expect(p).toMatch(/Index Scan using handoff_events_pkey on handoff_events e/);
    expect(p).not.toMatch(/Seq Scan/);
  }, 60_000);

  it('counts the handovers waiting ahead in the queue’s order along the (state, reason, id) and (state, id) indexes', async () => {
    const p = await plan(PG_WAITING_AHEAD_SQL, [2030]);
    expect(p).toMatch(/Index (Only )?Scan using handoff_requests_pkey on handoff_requests h/);
    expect(p).toMatch(/Index (Only )?Scan using handoff_requests_state_reason on handoff_requests|Bitmap Index Scan on handoff_requests_state_reason/);
    expect(p).toMatch(/Index (Only )?Scan using handoff_requests_state on handoff_requests|Bitmap Index Scan on handoff_requests_state\b/);
    expect(p).not.toMatch(/Seq Scan/);
  }, 60_000);

  it('counts one address’s open handovers for the cap along the address index', async () => {
    const p = await plan(PG_ADDRESS_OPEN_SQL, ['key']);
    expect(p).toMatch(/Index (Only )?Scan using handoff_requests_address on handoff_requests|Bitmap Index Scan on handoff_requests_address/);
    expect(p).not.toMatch(/Seq Scan/);
  }, 60_000);

  it('reads the last week’s acceptances by when they were taken', async () => {
    const p = await plan(PG_RECENT_WAITS_SQL, [new Date(Date.now() - 7 * 86_400_000).toISOString()]);
    expect(p).toMatch(/Index Scan (Backward )?using handoff_requests_taken on handoff_requests/);
    expect(p).not.toMatch(/Seq Scan/);
  }, 60_000);

  it('lists finished handovers by finish time', async () => {
    const p = await plan(PG_QUEUE_FINISHED_SQL, [new Date().toISOString()]);
    expect(p).toMatch(/Index Scan (Backward )?using handoff_requests_finished on handoff_requests/);
    expect(p).not.toMatch(/Seq Scan/);
  }, 60_000);
});
