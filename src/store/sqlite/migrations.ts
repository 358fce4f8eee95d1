import type { Migration } from '../migration';

/** SQLite's migrations; PRAGMA user_version records the last one applied. */
export type { Migration };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'bot state, cases, events, transcripts, handoff requests',
    sql: `
      CREATE TABLE bot_state (
        key TEXT PRIMARY KEY,
        etag INTEGER NOT NULL,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        -- channel:conversation:activity of the message that filed it, so a re-delivery files nothing new
        idempotency_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        policy_id TEXT NOT NULL,
        policy_version TEXT NOT NULL,
        stage INTEGER NOT NULL,
        state TEXT NOT NULL,
        language TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        user_key TEXT NOT NULL,
        conversation_key TEXT NOT NULL,
        conversation_ref TEXT NOT NULL,
        received_at TEXT NOT NULL,
        details TEXT NOT NULL,
        triage TEXT,
        deadlines TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX cases_user ON cases(user_key);
      CREATE INDEX cases_state ON cases(state);

      CREATE TABLE case_events (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX case_events_case ON case_events(case_id, id);
      -- The history is append-only: corrections are new events.
      CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
        BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
      CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
        BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;

      CREATE TABLE transcripts (
        id INTEGER PRIMARY KEY,
        conversation_key TEXT NOT NULL,
        at TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        activity_type TEXT NOT NULL,
        text TEXT,
        data TEXT NOT NULL
      );
      CREATE INDEX transcripts_conversation ON transcripts(conversation_key, id);

      -- Residents who asked for a person, or whom the bot could not understand, for staff to pick up.
      CREATE TABLE handoff_requests (
        id INTEGER PRIMARY KEY,
        conversation_key TEXT NOT NULL,
        conversation_ref TEXT NOT NULL,
        language TEXT,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX handoff_requests_conversation ON handoff_requests(conversation_key);
    `,
  },
  {
    version: 2,
    name: 'wrong answers to case lookups, by reference and by asker',
    sql: `
      -- One row a wrong answer, under the reference asked about (whether or not it exists, so a
      -- lock says nothing about which references are real) and under the asking channel identity.
      -- Rows older than a day are deleted as new ones arrive.
      CREATE TABLE lookup_misses (
        id INTEGER PRIMARY KEY,
        scope TEXT NOT NULL CHECK (scope IN ('reference', 'asker')),
        key TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX lookup_misses_key ON lookup_misses(scope, key, at);
      CREATE INDEX lookup_misses_at ON lookup_misses(at);
    `,
  },
  {
    version: 3,
    name: 'replies kept per incoming activity, and when each conversation was last heard from',
    sql: `
      -- What the bot sent for one incoming activity, so a channel's re-delivery gets the same again.
      CREATE TABLE turn_replies (
        conversation_key TEXT NOT NULL,
        activity_id TEXT NOT NULL,
        user_key TEXT NOT NULL,
        replies TEXT NOT NULL,
        PRIMARY KEY (conversation_key, activity_id)
      ) WITHOUT ROWID;

      -- Who was heard from in which conversation, and when by the server's clock: retention
      -- deletes what has been idle, and a resident's request to delete their data finds their
      -- conversations here. The bot_state keys are kept as botbuilder builds them.
      CREATE TABLE conversation_activity (
        conversation_key TEXT NOT NULL,
        user_key TEXT NOT NULL,
        conversation_state_key TEXT NOT NULL,
        user_state_key TEXT NOT NULL,
        last_at TEXT NOT NULL,
        PRIMARY KEY (conversation_key, user_key)
      ) WITHOUT ROWID;
      CREATE INDEX conversation_activity_user ON conversation_activity(user_key);
      CREATE INDEX conversation_activity_last ON conversation_activity(last_at);
    `,
  },
  {
    version: 4,
    name: 'each case keeps its listing fields: next date and the basis it was worked out under',
    sql: `
      -- A cache of the events for the staff listings, written with each event (see CaseStore).
      -- listing_basis fingerprints the profile and bank holidays the next date was counted with:
      -- '' not computed yet, '-' no dates (not a complaint), '!' unavailable (profile not loaded).
      ALTER TABLE cases ADD COLUMN next_kind TEXT;
      ALTER TABLE cases ADD COLUMN next_date TEXT;
      ALTER TABLE cases ADD COLUMN next_extended INTEGER;
      ALTER TABLE cases ADD COLUMN next_clause TEXT;
      ALTER TABLE cases ADD COLUMN listing_basis TEXT NOT NULL DEFAULT '';
      -- Backfill: cases without dates are done here; complaints keep '' and are worked out by the
      -- start-up recompute, which SQL cannot do (it needs the profile and the calendar).
      UPDATE cases SET listing_basis = '-' WHERE kind <> 'complaint';
      -- (cases_state already serves filing order within a state: SQLite keys every index by rowid.)
      CREATE INDEX cases_next ON cases(next_date, id);
      CREATE INDEX cases_basis ON cases(listing_basis, id);
    `,
  },
  {
    version: 5,
    name: 'website chat: Direct Line conversations, their activities and the token secret',
    sql: `
      -- A self-hosted Direct Line conversation: the resident's user id is bound to it (and to its
      -- tokens) by the server; last_seq numbers its activities, the watermark clients poll with.
      CREATE TABLE directline_conversations (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        last_seq INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        last_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX directline_conversations_last ON directline_conversations(last_at);

      -- Everything said in it, both ways, in order. client_key (the client's clientActivityID)
      -- makes a re-sent activity the same one; NULLs (the bot's replies) never collide.
      CREATE TABLE directline_activities (
        conversation_id TEXT NOT NULL REFERENCES directline_conversations(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        client_key TEXT,
        at TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (conversation_id, seq)
      ) WITHOUT ROWID;
      CREATE UNIQUE INDEX directline_activities_client ON directline_activities(conversation_id, client_key);

      -- Settings every instance must share, generated once (the token signing secret).
      CREATE TABLE directline_settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 6,
    name: 'handovers to staff: each request for a person gets a lifecycle, and what happened on it is kept',
    sql: `
      -- waiting -> taken (by a named member of staff) -> finished; or callback when nobody could
      -- join. Requests kept before this become waiting (the latest of each conversation), so
      -- staff see them; earlier ones of the same conversation are superseded by it.
      ALTER TABLE handoff_requests ADD COLUMN channel_id TEXT NOT NULL DEFAULT '';
      ALTER TABLE handoff_requests ADD COLUMN state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'taken', 'callback', 'finished'));
      ALTER TABLE handoff_requests ADD COLUMN case_reference TEXT;
      ALTER TABLE handoff_requests ADD COLUMN context TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE handoff_requests ADD COLUMN callback TEXT;
      ALTER TABLE handoff_requests ADD COLUMN taken_by TEXT;
      ALTER TABLE handoff_requests ADD COLUMN taken_at TEXT;
      ALTER TABLE handoff_requests ADD COLUMN finished_by TEXT;
      ALTER TABLE handoff_requests ADD COLUMN finished_at TEXT;
      ALTER TABLE handoff_requests ADD COLUMN outcome TEXT;
      UPDATE handoff_requests SET channel_id = substr(conversation_key, 1, instr(conversation_key, ':') - 1) WHERE instr(conversation_key, ':') > 0;
      UPDATE handoff_requests SET state = 'finished', outcome = 'superseded', finished_at = at, finished_by = 'migration'
        WHERE id NOT IN (SELECT max(id) FROM handoff_requests GROUP BY conversation_key);
      -- One open handover per conversation: a second request joins the first.
      CREATE UNIQUE INDEX handoff_requests_open ON handoff_requests(conversation_key) WHERE state <> 'finished';
      CREATE INDEX handoff_requests_state ON handoff_requests(state, id);

      -- What happened on each handover, append-only: the audit trail (who, when) and the staff
      -- stream, read by id from every instance.
      CREATE TABLE handoff_events (
        id INTEGER PRIMARY KEY,
        handoff_id INTEGER NOT NULL REFERENCES handoff_requests(id),
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        actor TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX handoff_events_handoff ON handoff_events(handoff_id, id);
      CREATE TRIGGER handoff_events_no_update BEFORE UPDATE ON handoff_events BEGIN SELECT RAISE(ABORT, 'handoff_events are append-only'); END;
      CREATE TRIGGER handoff_events_no_delete BEFORE DELETE ON handoff_events BEGIN SELECT RAISE(ABORT, 'handoff_events are append-only'); END;
    `,
  },
  {
    version: 7,
    name: 'staff accounts, their sessions and OpenID Connect sign-ins in progress',
    sql: `
      -- Names are kept lower case by the code; COLLATE NOCASE makes that a promise of the table.
      CREATE TABLE staff_accounts (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        display_name TEXT NOT NULL,
        password_hash TEXT,
        must_change_password INTEGER NOT NULL DEFAULT 0,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Only the SHA-256 of a session cookie is kept.
      CREATE TABLE staff_sessions (
        id_hash TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX staff_sessions_name ON staff_sessions(name);
      CREATE INDEX staff_sessions_expires ON staff_sessions(expires_at);
      CREATE TABLE staff_sign_in_flows (
        id_hash TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        nonce TEXT NOT NULL,
        code_verifier TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 8,
    name: 'each case keeps when its resident last wrote in its conversation',
    sql: `
      -- Server time of the resident's latest message in the conversation the case was filed from:
      -- Messenger and Instagram let the landlord reply there only within 24 hours of it. NULL
      -- until the resident writes again after filing (received_at is the filing message's time).
      ALTER TABLE cases ADD COLUMN resident_last_at TEXT;
      CREATE INDEX cases_conversation ON cases(conversation_key);
    `,
  },
  {
    version: 9,
    name: 'handover records can be blanked: retention and deletion requests reach the words on them',
    sql: `
      -- The audit trail stays append-only (no row goes, and who did what when never changes), but
      -- an event's data may be blanked to the redaction marker, and to nothing else: the words a
      -- resident and staff exchanged must not outlive retention or a resident's deletion request.
      -- (handoff_requests has no trigger: its lifecycle is updates; the stores blank its fields.)
      DROP TRIGGER handoff_events_no_update;
      CREATE TRIGGER handoff_events_only_redaction BEFORE UPDATE ON handoff_events
        WHEN NEW.data IS NOT '{"redacted":true}' OR NEW.id IS NOT OLD.id OR NEW.handoff_id IS NOT OLD.handoff_id
          OR NEW.at IS NOT OLD.at OR NEW.kind IS NOT OLD.kind OR NEW.actor IS NOT OLD.actor
        BEGIN SELECT RAISE(ABORT, 'handoff_events are append-only: only their data may be blanked'); END;
    `,
  },
  {
    version: 10,
    name: 'held-back staff messages and handovers left to blank are found by index, not by reading every row; staff accounts keep their last sign-in',
    sql: `
      -- Every resident message during a handover asks for the staff messages WhatsApp held back
      -- and not yet delivered: held_back marks such a message, delivers the held-back message a
      -- staff_message_delivered event sent, both set when the event is written.
      ALTER TABLE handoff_events ADD COLUMN held_back INTEGER NOT NULL DEFAULT 0 CHECK (held_back IN (0, 1));
      ALTER TABLE handoff_events ADD COLUMN delivers INTEGER REFERENCES handoff_events(id);
      -- Events written before: the same marks, read from their data (JSON.stringify's output, so a
      -- quote inside a message is escaped and cannot match). The trigger is lifted for this alone.
      DROP TRIGGER handoff_events_only_redaction;
      UPDATE handoff_events SET held_back = 1 WHERE kind = 'staff_message' AND data LIKE '%"reopenRequested":true%';
      UPDATE handoff_events SET delivers = CAST(substr(data, 7, length(data) - 7) AS INTEGER)
        WHERE kind = 'staff_message_delivered' AND data GLOB '{"of":[1-9]*}' AND NOT substr(data, 7, length(data) - 7) GLOB '*[^0-9]*';
      -- Still only the data may be blanked: the marks are part of the record.
      CREATE TRIGGER handoff_events_only_redaction BEFORE UPDATE ON handoff_events
        WHEN NEW.data IS NOT '{"redacted":true}' OR NEW.id IS NOT OLD.id OR NEW.handoff_id IS NOT OLD.handoff_id
          OR NEW.at IS NOT OLD.at OR NEW.kind IS NOT OLD.kind OR NEW.actor IS NOT OLD.actor
          OR NEW.held_back IS NOT OLD.held_back OR NEW.delivers IS NOT OLD.delivers
        BEGIN SELECT RAISE(ABORT, 'handoff_events are append-only: only their data may be blanked'); END;
      CREATE INDEX handoff_events_held_back ON handoff_events(handoff_id, id) WHERE held_back = 1;
      CREATE INDEX handoff_events_delivers ON handoff_events(delivers) WHERE delivers IS NOT NULL;

      -- The hourly retention sweep looks for finished handovers blanked while they were open, whose
      -- conversation reference can go now: only those rows are in this index (almost always none),
      -- where before it read every finished handover's context.
      CREATE INDEX handoff_requests_left_to_blank ON handoff_requests(id)
        WHERE state = 'finished' AND context = '{"redacted":true}' AND conversation_ref <> 'null';
      -- The staff queue (read on every change the console hears of) lists those finished in the
      -- last day: by finish time, not every finished handover ever.
      CREATE INDEX handoff_requests_finished ON handoff_requests(finished_at) WHERE state = 'finished';

      -- When each account last signed in (sessions are swept when they end): for the landlord's IT
      -- to find accounts nobody uses, such as a leaver's not yet disabled. NULL: never since.
      ALTER TABLE staff_accounts ADD COLUMN last_signed_in_at TEXT;
    `,
  },
  {
    version: 11,
    name: 'reviews residents asked for are found by index',
    sql: `
      -- Officers' queue of exclusions whose resident disputed the decision (a review_requested
      -- event): those events only, in the order they came, and whether each was answered (a later
      -- review_answered on the case), where otherwise every event of every case would be read.
      -- A handful a month: both indexes stay small.
      CREATE INDEX case_events_review_requested ON case_events(id) WHERE type = 'review_requested';
      CREATE INDEX case_events_review_answered ON case_events(case_id, id) WHERE type = 'review_answered';
    `,
  },
  {
    version: 12,
    name: 'the review queue reads only reviews still waiting',
    sql: `
      -- The review queue read every review_requested event ever recorded and looked for an answer
      -- after each: answered requests pile up for ever, and the queue read them all on every view.
      -- Each case now says which request of its own is waiting (the first since the last answer),
      -- set with the event that asks and cleared with the one that answers, in the same
      -- transaction; only cases with one waiting are in the index. (No foreign key, as on
      -- PostgreSQL, where case_events must stay a table nothing refers to.)
      ALTER TABLE cases ADD COLUMN review_waiting INTEGER;
      UPDATE cases SET review_waiting = (
          SELECT min(r.id) FROM case_events AS r
          WHERE r.case_id = cases.id AND r.type = 'review_requested'
            AND r.id > coalesce((SELECT max(a.id) FROM case_events AS a WHERE a.case_id = cases.id AND a.type = 'review_answered'), 0))
        WHERE id IN (SELECT case_id FROM case_events WHERE type = 'review_requested');
      CREATE INDEX cases_review_waiting ON cases(review_waiting) WHERE review_waiting IS NOT NULL;
      DROP INDEX case_events_review_requested;
      DROP INDEX case_events_review_answered;
    `,
  },
  {
    version: 13,
    name: 'the staff queue finds emergencies and counts the queue by index',
    sql: `
      -- The staff queue marks a taken conversation whose resident sent an emergency or safety
      -- message no member of staff has answered since, and read each taken handover's latest 20
      -- events on every poll to find it. Each handover now names that message (the id of its
      -- resident_message event), set with the event and cleared with a staff reply or the finish,
      -- in the same transaction; the queue reads only handovers that have one. (An id, not the
      -- words: those stay in the event, where retention blanks them.)
      ALTER TABLE handoff_requests ADD COLUMN safety_alert INTEGER;
      -- Handovers taken now: their latest resident message marked safety since the last staff
      -- message (JSON.stringify's output: a quote in the resident's words is escaped, so those
      -- words cannot look like the mark).
      UPDATE handoff_requests SET safety_alert = (
          SELECT max(e.id) FROM handoff_events AS e
          WHERE e.handoff_id = handoff_requests.id AND e.kind = 'resident_message' AND e.data LIKE '%"safety":["%'
            AND e.id > coalesce((SELECT max(s.id) FROM handoff_events AS s WHERE s.handoff_id = handoff_requests.id AND s.kind = 'staff_message'), 0))
        WHERE state = 'taken';
      CREATE INDEX handoff_requests_safety_alert ON handoff_requests(safety_alert) WHERE safety_alert IS NOT NULL;
      -- The wait told to a resident counts the conversations waiting ahead (handoff_requests_state,
      -- which it read whole before) and takes the last week's acceptances by when they were taken.
      CREATE INDEX handoff_requests_taken ON handoff_requests(taken_at) WHERE taken_at IS NOT NULL;
    `,
  },
  {
    version: 14,
    name: 'the wait counts the queue in its own order, and the per-address cap is shared',
    sql: `
      -- The wait told to a resident counts those ahead in the staff queue's order, safety
      -- handovers (safeguarding, urgent) first: the safety ones before or after a handover are
      -- counted along this index without reading a row.
      CREATE INDEX handoff_requests_state_reason ON handoff_requests(state, reason, id);
      -- The per-address cap counted each instance's own memory, so two instances let a resident
      -- open twice the cap. The open handover now keeps a digest of the address it came from
      -- (never the address; cleared when it finishes, and by retention and deletion requests),
      -- and the cap counts those open along this index, whichever instance opened them.
      ALTER TABLE handoff_requests ADD COLUMN address_key TEXT;
      CREATE INDEX handoff_requests_address ON handoff_requests(address_key) WHERE address_key IS NOT NULL;
    `,
  },
];
