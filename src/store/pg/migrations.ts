import type { Migration } from '../migration';

/**
 * PostgreSQL's own numbered migrations, version for version the same tables as SQLite's
 * (src/store/migrations.ts); schema_migrations records which have run. Never edit one that has
 * shipped: add the next number, here and for SQLite.
 *
 * Types, and why:
 * - ids are `bigint GENERATED ALWAYS AS IDENTITY`: unique across instances by the database itself.
 * - instants are `timestamptz`: the database refuses a malformed one, and orders and compares
 *   them for the staff listings. (The calendar dates of deadlines stay inside the JSON.)
 * - JSON is `text`, not `jsonb`: the database never looks inside it, a row comes back exactly as
 *   written (key order included, which lets a store compare what it would write with what is
 *   stored), it costs no parsing on write, and `jsonb` refuses "\u0000", which a resident can
 *   type. A column the staff views must filter on gets its own typed column instead.
 * - NUL: JSON text carries it escaped (`\u0000`, as JSON.stringify writes it); plain text
 *   columns get it replaced by U+FFFD before writing (see text.ts).
 */
export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'bot state, cases, events, transcripts, handoff requests',
    sql: `
      CREATE TABLE bot_state (
        key text PRIMARY KEY,
        etag bigint NOT NULL CHECK (etag > 0),
        data text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      -- A turn's state write, any number of keys, in one round trip and all or none (see
      -- PgConversationStorage): eTag NULL creates only, '*' overwrites, a number must match.
      -- A conflict raises BS409 with the 1-based position (never the key) as its detail.
      CREATE FUNCTION bot_state_write(keys text[], datas text[], etags text[]) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        written integer;
      BEGIN
        FOR i IN 1 .. coalesce(array_length(keys, 1), 0) LOOP
          IF etags[i] = '*' THEN
            INSERT INTO bot_state (key, etag, data) VALUES (keys[i], 1, datas[i])
              ON CONFLICT (key) DO UPDATE SET etag = bot_state.etag + 1, data = excluded.data, updated_at = now();
          ELSIF etags[i] IS NULL THEN
            INSERT INTO bot_state (key, etag, data) VALUES (keys[i], 1, datas[i]) ON CONFLICT (key) DO NOTHING;
          ELSE
            UPDATE bot_state SET etag = etag + 1, data = datas[i], updated_at = now()
              WHERE key = keys[i] AND etag = etags[i]::bigint;
          END IF;
          GET DIAGNOSTICS written = ROW_COUNT;
          IF written <> 1 THEN
            RAISE EXCEPTION 'bot_state: eTag conflict' USING ERRCODE = 'BS409', DETAIL = i::text;
          END IF;
        END LOOP;
      END
      $$;

      CREATE TABLE cases (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        -- channel:conversation:activity of the message that filed it, so a re-delivery files nothing new
        idempotency_key text NOT NULL UNIQUE,
        kind text NOT NULL,
        policy_id text NOT NULL,
        policy_version text NOT NULL,
        stage integer NOT NULL,
        state text NOT NULL,
        language text NOT NULL,
        channel_id text NOT NULL,
        user_key text NOT NULL,
        conversation_key text NOT NULL,
        conversation_ref text NOT NULL,
        received_at timestamptz NOT NULL,
        details text NOT NULL,
        triage text,
        deadlines text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX cases_user ON cases (user_key);
      CREATE INDEX cases_state ON cases (state);

      CREATE TABLE case_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id bigint NOT NULL REFERENCES cases (id),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        type text NOT NULL,
        data text NOT NULL
      );
      CREATE INDEX case_events_case ON case_events (case_id, id);
      -- The history is append-only: corrections are new events.
      CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'case_events is append-only' USING ERRCODE = 'restrict_violation';
      END
      $$;
      CREATE TRIGGER case_events_no_change BEFORE UPDATE OR DELETE ON case_events
        FOR EACH ROW EXECUTE FUNCTION case_events_append_only();
      CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
        FOR EACH STATEMENT EXECUTE FUNCTION case_events_append_only();

      CREATE TABLE transcripts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        conversation_key text NOT NULL,
        at timestamptz NOT NULL,
        direction text NOT NULL CHECK (direction IN ('in', 'out')),
        activity_type text NOT NULL,
        text text,
        data text NOT NULL
      );
      CREATE INDEX transcripts_conversation ON transcripts (conversation_key, id);

      -- Residents who asked for a person, or whom the bot could not understand, for staff to pick up.
      CREATE TABLE handoff_requests (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        conversation_key text NOT NULL,
        conversation_ref text NOT NULL,
        language text,
        reason text NOT NULL,
        at timestamptz NOT NULL
      );
      CREATE INDEX handoff_requests_conversation ON handoff_requests (conversation_key);
    `,
  },
  {
    version: 2,
    name: 'wrong answers to case lookups, by reference and by asker',
    sql: `
      -- One row a wrong answer, under the reference asked about (whether or not it exists, so a
      -- lock says nothing about which references are real) and under the asking channel identity.
      -- Rows older than a day are deleted as new ones arrive. Every instance counts here, so a
      -- guesser spread over instances is counted once.
      CREATE TABLE lookup_misses (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        scope text NOT NULL CHECK (scope IN ('reference', 'asker')),
        key text NOT NULL,
        at timestamptz NOT NULL
      );
      CREATE INDEX lookup_misses_key ON lookup_misses (scope, key, at);
      CREATE INDEX lookup_misses_at ON lookup_misses (at);
    `,
  },
  {
    version: 3,
    name: 'replies kept per incoming activity, and when each conversation was last heard from',
    sql: `
      -- What the bot sent for one incoming activity, so a channel's re-delivery gets the same
      -- again, whichever instance it reaches.
      CREATE TABLE turn_replies (
        conversation_key text NOT NULL,
        activity_id text NOT NULL,
        user_key text NOT NULL,
        replies text NOT NULL,
        PRIMARY KEY (conversation_key, activity_id)
      );

      -- Who was heard from in which conversation, and when by the server's clock: retention
      -- deletes what has been idle, and a resident's request to delete their data finds their
      -- conversations here. The bot_state keys are kept as botbuilder builds them.
      CREATE TABLE conversation_activity (
        conversation_key text NOT NULL,
        user_key text NOT NULL,
        conversation_state_key text NOT NULL,
        user_state_key text NOT NULL,
        last_at timestamptz NOT NULL,
        PRIMARY KEY (conversation_key, user_key)
      );
      CREATE INDEX conversation_activity_user ON conversation_activity (user_key);
      CREATE INDEX conversation_activity_last ON conversation_activity (last_at);
    `,
  },
  {
    version: 4,
    name: 'each case keeps its listing fields: next date and the basis it was worked out under',
    sql: `
      -- A cache of the events for the staff listings, written with each event (see CaseStore).
      -- listing_basis fingerprints the profile and bank holidays the next date was counted with:
      -- '' not computed yet, '-' no dates (not a complaint), '!' unavailable (profile not loaded).
      -- next_date is a London calendar date as text (YYYY-MM-DD, which orders as dates do), like
      -- SQLite's and the JSON's: no time zone conversion can shift it.
      ALTER TABLE cases
        ADD COLUMN next_kind text CHECK (next_kind IN ('acknowledge', 'respond')),
        ADD COLUMN next_date text CHECK (next_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        ADD COLUMN next_extended boolean,
        ADD COLUMN next_clause text,
        ADD COLUMN listing_basis text NOT NULL DEFAULT '';
      -- Backfill: cases without dates are done here; complaints keep '' and are worked out by the
      -- start-up recompute, which SQL cannot do (it needs the profile and the calendar).
      UPDATE cases SET listing_basis = '-' WHERE kind <> 'complaint';
      CREATE INDEX cases_next ON cases (next_date, id);
      -- Replaces cases_state: the same lookups, and filing order within a state for paging.
      CREATE INDEX cases_state_id ON cases (state, id);
      DROP INDEX cases_state;
      CREATE INDEX cases_basis ON cases (listing_basis, id);
    `,
  },
  {
    version: 5,
    name: 'website chat: Direct Line conversations, their activities and the token secret',
    sql: `
      -- A self-hosted Direct Line conversation: the resident's user id is bound to it (and to its
      -- tokens) by the server; last_seq numbers its activities, the watermark clients poll with.
      -- Appending takes the conversation row's lock to draw the next number, so activities become
      -- visible in watermark order across instances (a poller can never skip one).
      CREATE TABLE directline_conversations (
        id text PRIMARY KEY,
        user_id text NOT NULL,
        last_seq bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        last_at timestamptz NOT NULL
      );
      CREATE INDEX directline_conversations_last ON directline_conversations (last_at);

      -- Everything said in it, both ways, in order. client_key (the client's clientActivityID)
      -- makes a re-sent activity the same one; NULLs (the bot's replies) never collide.
      CREATE TABLE directline_activities (
        conversation_id text NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        client_key text,
        at timestamptz NOT NULL,
        data text NOT NULL,
        PRIMARY KEY (conversation_id, seq)
      );
      CREATE UNIQUE INDEX directline_activities_client ON directline_activities (conversation_id, client_key);

      -- Settings every instance must share, generated once (the token signing secret).
      CREATE TABLE directline_settings (
        name text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
  {
    version: 6,
    name: 'handovers to staff: each request for a person gets a lifecycle, and what happened on it is kept',
    sql: `
      -- waiting -> taken (by a named member of staff) -> finished; or callback when nobody could
      -- join. Requests kept before this become waiting (the latest of each conversation), so
      -- staff see them; earlier ones of the same conversation are superseded by it.
      ALTER TABLE handoff_requests
        ADD COLUMN channel_id text NOT NULL DEFAULT '',
        ADD COLUMN state text NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'taken', 'callback', 'finished')),
        ADD COLUMN case_reference text,
        ADD COLUMN context text NOT NULL DEFAULT '{}',
        ADD COLUMN callback text,
        ADD COLUMN taken_by text,
        ADD COLUMN taken_at timestamptz,
        ADD COLUMN finished_by text,
        ADD COLUMN finished_at timestamptz,
        ADD COLUMN outcome text;
      UPDATE handoff_requests SET channel_id = split_part(conversation_key, ':', 1) WHERE position(':' in conversation_key) > 0;
      UPDATE handoff_requests SET state = 'finished', outcome = 'superseded', finished_at = at, finished_by = 'migration'
        WHERE id NOT IN (SELECT max(id) FROM handoff_requests GROUP BY conversation_key);
      -- One open handover per conversation: a second request joins the first, on any instance.
      CREATE UNIQUE INDEX handoff_requests_open ON handoff_requests (conversation_key) WHERE state <> 'finished';
      CREATE INDEX handoff_requests_state ON handoff_requests (state, id);

      -- What happened on each handover, append-only: the audit trail (who, when) and the staff
      -- stream, read by id from every instance.
      CREATE TABLE handoff_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        handoff_id bigint NOT NULL REFERENCES handoff_requests (id),
        at timestamptz NOT NULL,
        kind text NOT NULL,
        actor text NOT NULL,
        data text NOT NULL
      );
      CREATE INDEX handoff_events_handoff ON handoff_events (handoff_id, id);
      CREATE FUNCTION handoff_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'handoff_events are append-only'; END $$;
      CREATE TRIGGER handoff_events_no_change BEFORE UPDATE OR DELETE ON handoff_events
        FOR EACH ROW EXECUTE FUNCTION handoff_events_append_only();
    `,
  },
  {
    version: 7,
    name: 'staff accounts, their sessions and OpenID Connect sign-ins in progress',
    sql: `
      -- Names are kept lower case by the code; the check makes that a promise of the table.
      CREATE TABLE staff_accounts (
        name text PRIMARY KEY CHECK (name = lower(name)),
        display_name text NOT NULL,
        password_hash text,
        must_change_password boolean NOT NULL DEFAULT false,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      -- Only the SHA-256 of a session cookie is kept.
      CREATE TABLE staff_sessions (
        id_hash text PRIMARY KEY,
        name text NOT NULL,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX staff_sessions_name ON staff_sessions (name);
      CREATE INDEX staff_sessions_expires ON staff_sessions (expires_at);
      CREATE TABLE staff_sign_in_flows (
        id_hash text PRIMARY KEY,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        expires_at timestamptz NOT NULL
      );
    `,
  },
  {
    version: 8,
    name: 'each case keeps when its resident last wrote in its conversation',
    sql: `
      -- Server time of the resident's latest message in the conversation the case was filed from:
      -- Messenger and Instagram let the landlord reply there only within 24 hours of it. NULL
      -- until the resident writes again after filing (received_at is the filing message's time).
      ALTER TABLE cases ADD COLUMN resident_last_at timestamptz;
      CREATE INDEX cases_conversation ON cases (conversation_key);
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
      -- The trigger handoff_events_no_change (BEFORE UPDATE OR DELETE, each row) stays; its function
      -- now lets that one update through.
      CREATE OR REPLACE FUNCTION handoff_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.data = '{"redacted":true}'
           AND (NEW.id, NEW.handoff_id, NEW.at, NEW.kind, NEW.actor) IS NOT DISTINCT FROM (OLD.id, OLD.handoff_id, OLD.at, OLD.kind, OLD.actor) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'handoff_events are append-only: only their data may be blanked';
      END
      $$;
    `,
  },
  {
    version: 10,
    name: 'held-back staff messages and handovers left to blank are found by index, not by reading every row; staff accounts keep their last sign-in',
    sql: `
      -- Every resident message during a handover asks for the staff messages WhatsApp held back
      -- and not yet delivered: held_back marks such a message, delivers the held-back message a
      -- staff_message_delivered event sent, both set when the event is written.
      ALTER TABLE handoff_events
        ADD COLUMN held_back boolean NOT NULL DEFAULT false,
        ADD COLUMN delivers bigint REFERENCES handoff_events (id);
      -- Events written before: the same marks, read from their data (JSON.stringify's output, so a
      -- quote inside a message is escaped and cannot match; never cast to jsonb, which refuses
      -- an escaped NUL). The trigger is lifted for this alone, inside this migration's transaction.
      ALTER TABLE handoff_events DISABLE TRIGGER handoff_events_no_change;
      UPDATE handoff_events SET held_back = true WHERE kind = 'staff_message' AND position('"reopenRequested":true' in data) > 0;
      UPDATE handoff_events SET delivers = substring(data from '^[{]"of":([1-9][0-9]{0,17})[}]$')::bigint
        WHERE kind = 'staff_message_delivered' AND data ~ '^[{]"of":[1-9][0-9]{0,17}[}]$';
      ALTER TABLE handoff_events ENABLE TRIGGER handoff_events_no_change;
      -- Still only the data may be blanked: the marks are part of the record.
      CREATE OR REPLACE FUNCTION handoff_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.data = '{"redacted":true}'
           AND (NEW.id, NEW.handoff_id, NEW.at, NEW.kind, NEW.actor, NEW.held_back, NEW.delivers)
               IS NOT DISTINCT FROM (OLD.id, OLD.handoff_id, OLD.at, OLD.kind, OLD.actor, OLD.held_back, OLD.delivers) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'handoff_events are append-only: only their data may be blanked';
      END
      $$;
      CREATE INDEX handoff_events_held_back ON handoff_events (handoff_id, id) WHERE held_back;
      CREATE INDEX handoff_events_delivers ON handoff_events (delivers) WHERE delivers IS NOT NULL;

      -- The hourly retention sweep looks for finished handovers blanked while they were open, whose
      -- conversation reference can go now: only those rows are in this index (almost always none),
      -- where before it read every finished handover's context.
      CREATE INDEX handoff_requests_left_to_blank ON handoff_requests (id)
        WHERE state = 'finished' AND context = '{"redacted":true}' AND conversation_ref <> 'null';
      -- The staff queue (read on every change the console hears of) lists those finished in the
      -- last day: by finish time, not every finished handover ever.
      CREATE INDEX handoff_requests_finished ON handoff_requests (finished_at) WHERE state = 'finished';

      -- When each account last signed in (sessions are swept when they end): for the landlord's IT
      -- to find accounts nobody uses, such as a leaver's not yet disabled. NULL: never since.
      ALTER TABLE staff_accounts ADD COLUMN last_signed_in_at timestamptz;
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
      CREATE INDEX case_events_review_requested ON case_events (id) WHERE type = 'review_requested';
      CREATE INDEX case_events_review_answered ON case_events (case_id, id) WHERE type = 'review_answered';
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
      -- transaction; only cases with one waiting are in the index. (No foreign key: case_events
      -- must stay a table nothing refers to, so its refusal of TRUNCATE is its own.)
      ALTER TABLE cases ADD COLUMN review_waiting bigint;
      UPDATE cases SET review_waiting = (
          SELECT min(r.id) FROM case_events AS r
          WHERE r.case_id = cases.id AND r.type = 'review_requested'
            AND r.id > coalesce((SELECT max(a.id) FROM case_events AS a WHERE a.case_id = cases.id AND a.type = 'review_answered'), 0))
        WHERE id IN (SELECT case_id FROM case_events WHERE type = 'review_requested');
      CREATE INDEX cases_review_waiting ON cases (review_waiting) WHERE review_waiting IS NOT NULL;
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
      ALTER TABLE handoff_requests ADD COLUMN safety_alert bigint;
      -- Handovers taken now: their latest resident message marked safety since the last staff
      -- message (JSON.stringify's output: a quote in the resident's words is escaped, so those
      -- words cannot look like the mark).
      UPDATE handoff_requests SET safety_alert = (
          SELECT max(e.id) FROM handoff_events AS e
          WHERE e.handoff_id = handoff_requests.id AND e.kind = 'resident_message' AND position('"safety":["' in e.data) > 0
            AND e.id > coalesce((SELECT max(s.id) FROM handoff_events AS s WHERE s.handoff_id = handoff_requests.id AND s.kind = 'staff_message'), 0))
        WHERE state = 'taken';
      CREATE INDEX handoff_requests_safety_alert ON handoff_requests (safety_alert) WHERE safety_alert IS NOT NULL;
      -- The wait told to a resident counts the conversations waiting ahead (handoff_requests_state,
      -- which it read whole before) and takes the last week's acceptances by when they were taken.
      CREATE INDEX handoff_requests_taken ON handoff_requests (taken_at) WHERE taken_at IS NOT NULL;
    `,
  },
  {
    version: 14,
    name: 'the wait counts the queue in its own order, and the per-address cap is shared',
    sql: `
      -- The wait told to a resident counts those ahead in the staff queue's order, safety
      -- handovers (safeguarding, urgent) first: the safety ones before or after a handover are
      -- counted along this index without reading a row.
      CREATE INDEX handoff_requests_state_reason ON handoff_requests (state, reason, id);
      -- The per-address cap counted each instance's own memory, so two instances let a resident
      -- open twice the cap. The open handover now keeps a digest of the address it came from
      -- (never the address; cleared when it finishes, and by retention and deletion requests),
      -- and the cap counts those open along this index, whichever instance opened them.
      ALTER TABLE handoff_requests ADD COLUMN address_key TEXT;
      CREATE INDEX handoff_requests_address ON handoff_requests (address_key) WHERE address_key IS NOT NULL;
    `,
  },
];
