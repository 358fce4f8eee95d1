/**
 * The stores the bot, dialogs, staff API and CLI talk to: one Promise-returning interface per
 * thing kept, named for what it holds. Two adapters implement every one of them: SQLite
 * (src/store/sqlite/, the embedded default) and PostgreSQL (src/store/pg/, DATABASE_URL), and
 * both run the same contract tests (test/store/*-contract.ts). Nothing outside src/store/ knows
 * which it is talking to; no SQL and no driver type crosses these interfaces.
 *
 * Stored rows are decoded with their own versioned zod schemas in src/store/rows.ts (CaseRowV1,
 * CaseEventRowV1, ...), not the API's input schemas: an old row either decodes or fails loudly,
 * naming the case.
 */
import type { CaseListing } from '../cases/listing';
import type { CaseEvent, CaseRecord, NewCase } from '../cases/records';
import type { ConversationLocks } from './conversation-locks';

export type { CaseEvent, CaseKind, CaseRecord, CaseState, NewCase } from '../cases/records';
export type { CaseListing, ListingNext } from '../cases/listing';
export { type ConversationLocks, ConversationBusyError } from './conversation-locks';

// ---------------------------------------------------------------------------------------------
// Conversation state

/**
 * The read/write/delete key-value shape that Bot Framework's `Storage` and the Microsoft 365
 * Agents SDK's storage share. Declared here, not imported, so the store does not depend on
 * either SDK; both accept it structurally. A write carrying an eTag that is not the stored one
 * throws ETagConflictError; "*" or no eTag writes unconditionally.
 */
export interface StoreItem {
  eTag?: string;
  [key: string]: unknown;
}
export type StoreItems = Record<string, StoreItem>;
export interface KeyValueStorage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: eTag conflict writing "${key}": it was changed by another turn`);
    this.name = 'ETagConflictError';
  }
}

/**
 * An empty object for items under storage keys. The keys name conversations and residents, so
 * almost every one is new to the JavaScript engine; on an ordinary object each new key adds a
 * hidden class, which cost more than the rest of a cached read (about 6% of a turn, measured).
 * An object without a prototype is a hash table from the start, and "__proto__" is just a key.
 */
export function emptyStoreItems<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

// ---------------------------------------------------------------------------------------------
// Cases and their events

/**
 * What the pure lifecycle decided about one event on a case: the event to append and the case's
 * new listing fields (stage, state, next date and the basis it was worked out under), written in
 * the same transaction. `result` is handed back to the caller untouched (e.g. the case's status).
 */
export interface EventDecision<T> {
  event: { type: string; data: unknown };
  stage: number;
  state: string;
  listing: CaseListing;
  result: T;
}

/**
 * Decides an event from the case and its events so far. Synchronous and pure: the store calls it
 * inside its transaction, with the case locked against other writers. It may throw to refuse the
 * event; the store then writes nothing and rethrows that same error.
 */
export type DecideEvent<T> = (record: CaseRecord, events: CaseEvent[]) => EventDecision<T>;

export interface RecordedEvent<T> {
  /** The case after the event, with its new stage and state. */
  record: CaseRecord;
  event: CaseEvent;
  result: T;
}

/** Cases and their append-only history. Every change is an event; nothing is overwritten. */
export interface CaseStore {
  /**
   * Files a case once per idempotency key, with its 'filed' event, in one transaction: filing the
   * same key again gives back the case already filed with `created: false`. References are unique
   * across every instance on the store (a collision draws again).
   */
  file(input: NewCase): Promise<{ record: CaseRecord; created: boolean }>;
  byReference(reference: string): Promise<CaseRecord | undefined>;
  /** This channel identity's cases, newest first. */
  byUser(userKey: string): Promise<CaseRecord[]>;
  /**
   * The newest case this channel identity filed in this conversation, if any: what a handover
   * names (one indexed read of the conversation's few cases, where `byUser` reads all of theirs).
   */
  latestInConversation(conversationKey: string, userKey: string): Promise<CaseRecord | undefined>;
  /** Whether this channel identity has filed a complaint (any state). */
  hasComplaint(userKey: string): Promise<boolean>;
  /** The case's events in the order they were appended. */
  events(caseId: number): Promise<CaseEvent[]>;
  /** The events of several cases in one read (a page of an export), each case's in the order they were appended. */
  eventsOfCases(caseIds: readonly number[]): Promise<Map<number, CaseEvent[]>>;
  /**
   * Reads the case and its events, asks `decide`, appends the event it returns (at the store's
   * clock) and sets the case's stage and state, as one atomic step: two events recorded on one
   * case at once are decided one after the other, the second seeing the first. Undefined when no
   * case has the reference.
   */
  recordEvent<T>(reference: string, actor: string, decide: DecideEvent<T>): Promise<RecordedEvent<T> | undefined>;
  /**
   * The resident (the channel identity that filed them) wrote in this conversation at `at` (server
   * time): the cases they filed from it note it as `residentLastAt`, which never moves back.
   */
  residentWrote(conversationKey: string, userKey: string, at: string): Promise<void>;
  /**
   * Cases in filing order, each with its events, optionally only those in the given states
   * (cases.state, indexed), read as one consistent snapshot.
   */
  listWithEvents(filter?: { states?: readonly string[] }): Promise<Array<{ record: CaseRecord; events: CaseEvent[] }>>;
  /**
   * One page of cases with their stored listing fields, by indexed columns only (no events are
   * read). `limit` is the caller's to bound; pass the last row's cursor as `after` for the next.
   */
  listPage(query: ListingQuery): Promise<ListedCase[]>;
  /**
   * Up to `limit` complaints after `afterId` (id order) whose listing basis is not `bases[policy]`
   * (or UNAVAILABLE_BASIS for a policy not in `bases`), each with its events: the work of the
   * start-up recompute.
   */
  staleListings(query: { bases: Readonly<Record<string, string>>; afterId: number; limit: number }): Promise<StaleListing[]>;
  /**
   * Writes recomputed listing fields, unless the case changed since `stale` was read (another
   * event, or another instance's recompute): then it writes nothing and answers false.
   */
  refreshListing(stale: StaleListing, update: { stage: number; state: string; listing: CaseListing }): Promise<boolean>;
  count(): Promise<number>;
  /**
   * Exclusions whose resident asked for the decision to be looked at again (a `review_requested`
   * event) with no `review_answered` event after it: oldest request first, from after the request
   * event `afterEventId`, at most `limit`. Read along the requests' own index (migration 11).
   */
  reviewRequests(query: { afterEventId?: number; limit: number }): Promise<PendingReview[]>;
}

/** A review a resident asked for that nobody has answered yet: the case and the request event. */
export interface PendingReview {
  record: CaseRecord;
  request: CaseEvent;
}

/** Where a page ended: the last case's id and (for `order: 'next'`) its next date. */
export interface ListingCursor {
  id: number;
  next: string | null;
}

export interface ListingQuery {
  /** Only cases in these states (cases.state). */
  states?: readonly string[];
  /** Only cases whose next date is this day, or (with `nextBefore`) before that day. */
  nextOn?: string;
  nextBefore?: string;
  /**
   * 'filed': filing order (id). 'next': complaints whose dates are unavailable first (so they
   * cannot vanish from a to-do list), then soonest next date first; ties by id. With `nextOn` or
   * `nextBefore` only cases with a next date (or unavailable ones) are listed.
   */
  order: 'filed' | 'next';
  after?: ListingCursor;
  limit: number;
}

export interface ListedCase {
  record: CaseRecord;
  listing: CaseListing;
}

export interface StaleListing {
  record: CaseRecord;
  events: CaseEvent[];
  /** The basis read, so a refresh can tell whether the row changed since. */
  basis: string;
  lastEventId: number;
}

// ---------------------------------------------------------------------------------------------
// Transcripts

export interface TranscriptEntry {
  at: string;
  direction: 'in' | 'out';
  activityType: string;
  text: string | null;
}

/** A transcript message with its row id, the cursor a conversation view pages back from. */
export interface KeptMessage extends TranscriptEntry {
  id: number;
}

export interface NewTranscriptEntry extends TranscriptEntry {
  conversationKey: string;
  data: unknown;
}

/** Every message in and out of a conversation, kept with the case it leads to. */
export interface TranscriptStore {
  /** All or none; settles once kept (the SQLite adapter joins them to the turn's group commit). */
  append(entries: NewTranscriptEntry[]): Promise<void>;
  /** In the order they were appended. */
  forConversation(conversationKey: string): Promise<TranscriptEntry[]>;
  /**
   * The conversation's newest `limit` messages (activity type `message`) appended before row
   * `beforeId` (from the newest, when absent), oldest first, each with its row id, and whether
   * it has messages before the first of them (`earlier`): what a conversation view shows, read
   * backwards along (conversation_key, id) however long the conversation has run.
   */
  latestMessages(conversationKey: string, limit: number, beforeId?: number): Promise<{ entries: KeptMessage[]; earlier: boolean }>;
  /**
   * Each conversation's latest message from the resident that has words (for the staff queue),
   * keyed by conversation; one with none is absent. One indexed read per conversation, newest first.
   */
  lastFromResident(conversationKeys: readonly string[]): Promise<Map<string, { at: string; text: string }>>;
}

// ---------------------------------------------------------------------------------------------
// Handovers to a person (the staff queue)

export type HandoffReason = 'asked' | 'not_understood' | 'lookup_locked' | 'safeguarding' | 'urgent' | 'needs_staff';
export const HANDOFF_REASONS: readonly HandoffReason[] = ['asked', 'not_understood', 'lookup_locked', 'safeguarding', 'urgent', 'needs_staff'];
/** A person asked for because someone may be in danger: first in the staff queue, and queued past the caps (src/handoff/cap.ts). */
export const SAFETY_REASONS: readonly HandoffReason[] = ['safeguarding', 'urgent'];
export const isSafetyReason = (reason: string): boolean => (SAFETY_REASONS as readonly string[]).includes(reason);
/** The same, as SQL both stores run (`reason IN (…)`): the queue's order and the wait told to residents must agree. */
export const SAFETY_REASONS_SQL = `(${SAFETY_REASONS.map((r) => `'${r}'`).join(', ')})`;

/**
 * waiting: asked for, nobody has taken it; taken: a named member of staff has the conversation
 * (the bot is silent); callback: nobody could take it (outside staffed hours, or nobody accepted
 * in time) and a call back was offered or asked for; finished: handed back, completed by a hub,
 * or failed.
 */
export type HandoffState = 'waiting' | 'taken' | 'callback' | 'finished';
export type HandoffOutcome = 'handed_back' | 'completed' | 'failed' | 'superseded';

/** A call back: offered (the resident has not answered yet), or asked for at a time they chose. */
export interface CallbackRequest {
  /** Why a person could not join: outside staffed hours, or nobody accepted in time. */
  why: 'closed' | 'unanswered';
  /** The resident's own words for when suits them; null until they say. */
  when: string | null;
  phone: string | null;
  /** Server time the resident answered; null while only offered. */
  requestedAt: string | null;
}

export interface NewHandoff {
  conversationKey: string;
  /** The Bot Framework conversation reference, to reach the resident proactively. */
  conversationRef: unknown;
  channelId: string;
  language: 'cy' | 'en' | null;
  reason: HandoffReason;
  /** The server's time of the turn that asked. */
  at: string;
  /** The case this conversation filed, if any. */
  caseReference: string | null;
  /** What staff (and a hub) need to pick it up: the handoff.initiate context object. */
  context: unknown;
  /** 'callback' when nobody can join now (the call back is offered at once). */
  state: 'waiting' | 'callback';
  callback: CallbackRequest | null;
  /**
   * The client address it was asked for from, as HandoverCap.addressKey gives it (a digest, never
   * the address), for the per-address cap; null or absent when there is none. Kept only while the
   * handover is open (a finish, retention and a deletion request clear it), and in no view.
   */
  addressKey?: string | null;
}

export interface Handoff extends Omit<NewHandoff, 'state' | 'addressKey'> {
  id: number;
  state: HandoffState;
  takenBy: string | null;
  takenAt: string | null;
  finishedBy: string | null;
  finishedAt: string | null;
  outcome: HandoffOutcome | null;
}

/** What happened on a handover, in order: the audit trail and the staff stream, shared by every instance. */
export interface HandoffEvent {
  id: number;
  handoffId: number;
  at: string;
  /** requested, accepted, resident_message, staff_message, handed_back, hub_status, callback_requested, … */
  kind: string;
  /** bot, resident, hub or staff:<name> */
  actor: string;
  data: unknown;
}

/**
 * The caps `Handoffs.open` holds a new handover to (src/handoff/cap.ts gives them, the safety
 * allowance applied): at most `total` open in all and `perAddress` open from the request's
 * `addressKey`; 0 for no cap. Counted and inserted in one step, so two instances (or two turns)
 * cannot both pass at the cap.
 */
export interface OpenCaps {
  total: number;
  perAddress: number;
}

export type OpenResult = { handoff: Handoff; created: boolean };
/** Not opened: which cap was reached. A conversation with a handover open already gets that one instead. */
export type CapRefusal = { full: 'address' | 'total' };

export type AcceptResult = { outcome: 'accepted'; handoff: Handoff } | { outcome: 'conflict'; handoff: Handoff } | { outcome: 'not_found' };
export type FinishResult = { outcome: 'finished'; handoff: Handoff } | { outcome: 'conflict'; handoff: Handoff } | { outcome: 'not_found' };

/**
 * The staff queue: each request for a person and its lifecycle, and everything that happened on
 * it. At most one open (not finished) handover per conversation. Changes of state are atomic
 * across instances: of two staff accepting at once, one gets it and the other a conflict.
 */
export interface Handoffs {
  /**
   * Opens a handover unless the conversation has one open already; then that one, `created: false`.
   * With `caps`, only within them: the counts and the insert are one atomic step across every
   * instance on the database (SQLite: inside one IMMEDIATE transaction; PostgreSQL: under an
   * advisory lock), else the refusal. A conversation's open handover is returned even at a cap.
   */
  open(request: NewHandoff): Promise<OpenResult>;
  open(request: NewHandoff, caps: OpenCaps): Promise<OpenResult | CapRefusal>;
  get(id: number): Promise<Handoff | undefined>;
  /** The conversation's open handover (waiting, taken or callback), if any. */
  openFor(conversationKey: string): Promise<Handoff | undefined>;
  /** Open handovers oldest first, then those finished at or after `finishedSince`, newest first. */
  queue(finishedSince: string): Promise<Handoff[]>;
  /** Every handover of a conversation (or all), oldest first. */
  list(filter?: { conversationKey?: string }): Promise<Handoff[]>;
  /** waiting or callback → taken by `staff`. */
  accept(id: number, staff: string, at: string): Promise<AcceptResult>;
  /** taken (or, for `failed`/`completed` from a hub, waiting) → finished. */
  finish(id: number, actor: string, at: string, outcome: Exclude<HandoffOutcome, 'superseded'>, data: unknown): Promise<FinishResult>;
  /** waiting or callback → callback, with what the resident said (or only the offer). */
  setCallback(id: number, callback: CallbackRequest, at: string): Promise<Handoff | undefined>;
  /** waiting handovers asked for before `before` → callback ('unanswered'); only those this call moved. */
  expireWaiting(before: string, at: string): Promise<Handoff[]>;
  appendEvent(handoffId: number, kind: string, actor: string, data: unknown, at: string): Promise<HandoffEvent>;
  /** Events after `afterId` (all handovers, or one), oldest first, at most `limit`. */
  eventsAfter(afterId: number, limit: number, handoffId?: number): Promise<HandoffEvent[]>;
  /**
   * One handover's newest `limit` events before `beforeId` (from the newest, when absent), oldest
   * first, and whether it has events before the first of them (`earlier`): what a conversation
   * view shows, read backwards along (handoff_id, id) however long the handover has run.
   */
  latestEvents(handoffId: number, limit: number, beforeId?: number): Promise<{ events: HandoffEvent[]; earlier: boolean }>;
  /** One handover's events of one kind, oldest first (its staff replies, to tell them apart in the transcript). */
  eventsOfKind(handoffId: number, kind: string): Promise<HandoffEvent[]>;
  /**
   * The handover's staff messages the channel held back (`staff_message` with `reopenRequested:
   * true`) that no `staff_message_delivered` event (`data.of`) has delivered yet and that are not
   * blanked, oldest first: what to send once the resident writes. One indexed lookup, asked on
   * every resident message during a handover.
   */
  heldBack(handoffId: number): Promise<HandoffEvent[]>;
  /** The newest event's id (0 when none): where a fresh stream starts, so it sends only what happens next. */
  lastEventId(): Promise<number>;
  /** Minutes from request to acceptance of handovers accepted at or after `since`, for the wait told to residents. */
  recentWaits(since: string): Promise<number[]>;
  /**
   * How many handovers are waiting ahead of handover `id` in the staff queue's own order (the
   * staff routes, src/handoff/api.ts): a safety handover (SAFETY_REASONS) before any other, then
   * oldest first (by id). Counted by index, for the wait told to residents; 0 for no such handover.
   */
  waitingAhead(id: number): Promise<number>;
  /**
   * How many handovers are open (not finished) in all, and how many of them were opened from
   * `addressKey` (NewHandoff.addressKey; 0 when null): both counted by index. What `open` with
   * caps counts, inside its own transaction; on its own, for tests and an operator's look.
   */
  openCounts(addressKey: string | null): Promise<{ total: number; fromAddress: number }>;
  /**
   * For each taken handover whose resident raised an emergency or a person at risk with no staff
   * message since (`resident_message` with `data.safety`; migration 13 keeps the mark as events
   * are appended, and clears it when staff write or the handover finishes), that message's event.
   * One indexed read of only those handovers, for the staff queue on every poll.
   */
  safetyAlerts(): Promise<HandoffEvent[]>;
}

// ---------------------------------------------------------------------------------------------
// Staff who sign in to the console

/** A member of staff who signs in as themselves (issue #18 §3). */
export interface StaffAccount {
  /** The sign-in name, lower case: a short name, or the e-mail address an OpenID provider gives. */
  name: string;
  /** How they are named to colleagues and, if the landlord allows, to residents (a first name). */
  displayName: string;
  /** scrypt hash (src/staff/accounts/password.ts); null when they sign in only through OpenID Connect. */
  passwordHash: string | null;
  /** Set by `complaints staff add`/`reset`: the one-time password must be changed before anything else. */
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The console's accounts, seen alike by every instance. */
export interface StaffAccounts {
  /** False when the name is taken (names are unique whatever their case). */
  create(account: StaffAccount): Promise<boolean>;
  find(name: string): Promise<StaffAccount | undefined>;
  /** By name. */
  list(): Promise<StaffAccount[]>;
  /** False when there is no such account. */
  setPassword(name: string, passwordHash: string, mustChangePassword: boolean, at: string): Promise<boolean>;
  setDisabled(name: string, disabled: boolean, at: string): Promise<boolean>;
  /** Records a sign-in (a session started, by password or OpenID Connect) at `at`. */
  signedIn(name: string, at: string): Promise<void>;
  /** When each account last signed in, by name; an account never signed in (since migration 10) is absent. */
  lastSignIns(): Promise<Map<string, string>>;
  /** The person's name as shown (someone renamed, a typing mistake); false when there is no such account. */
  setDisplayName(name: string, displayName: string, at: string): Promise<boolean>;
}

/** A signed-in browser. Only the SHA-256 of the cookie's value is kept: a copy of the table signs nobody in. */
export interface StaffSession {
  idHash: string;
  name: string;
  /** Sent back in the x-csrf-token header on every state-changing request. */
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  /** Absolute end, whatever the activity. */
  expiresAt: string;
}

/** An OpenID Connect sign-in in progress: what the provider's answer must match, used once. */
export interface SignInFlow {
  idHash: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: string;
}

export interface StaffSessions {
  create(session: StaffSession): Promise<void>;
  find(idHash: string): Promise<StaffSession | undefined>;
  touch(idHash: string, at: string): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Signs a member of staff out everywhere (disabled, password changed); how many sessions went. */
  deleteForAccount(name: string): Promise<number>;
  /** Sessions and sign-in flows that ended before `at`. */
  sweep(at: string): Promise<number>;
  saveFlow(flow: SignInFlow): Promise<void>;
  /** The flow, deleted as it is read: a provider's answer is accepted once. */
  takeFlow(idHash: string): Promise<SignInFlow | undefined>;
}

// ---------------------------------------------------------------------------------------------
// Wrong answers to case lookups

/** Who is looking up which case: the reference asked about and the asking channel identity. */
export interface LookupKeys {
  reference: string;
  asker: string;
}

export type LookupAttempt =
  | { outcome: 'locked'; until: Date }
  | { outcome: 'matched' }
  | { outcome: 'missed'; /** Set when this miss stopped lookups. */ lockedUntil: Date | null };

/**
 * Wrong answers to case lookups, kept in the store so that a new conversation, a new user id, a
 * claimed time or another instance changes nothing. Times are the server's (the caller's `now`).
 */
export interface LookupLocks {
  /** Until when lookups of this reference (if known yet), or by this asker, stop; null when they may go ahead. */
  lockedUntil(keys: { reference?: string; asker: string }, now: Date): Promise<Date | null>;
  /**
   * Checks the locks and, unless locked, takes the answer's verdict and records a miss, as one
   * step with nothing in between: guesses sent at once from many conversations (or instances)
   * cannot all pass the check before any is counted. `answerMatches` is worked out beforehand by
   * the caller (the same work whether the reference exists or not) and is only acted on when not
   * locked. A match forgets the reference's misses (the owner's typos), never the asker's:
   * otherwise a prober who knows one case's answer could clear their count between guesses.
   */
  attempt(keys: LookupKeys, now: Date, answerMatches: boolean): Promise<LookupAttempt>;
  /** Misses remembered now (within the lookup window) under one key; for tests and operators. */
  misses(scope: 'reference' | 'asker', key: string, now: Date): Promise<number>;
}

// ---------------------------------------------------------------------------------------------
// Replies kept for re-delivered activities

/** The replies kept for one incoming activity, and who sent it. */
export interface StoredReplies {
  userKey: string;
  replies: unknown[];
}

/**
 * The replies the bot sent for each incoming activity, per conversation and activity id, so a
 * channel that re-delivers an activity gets exactly the same answer. Kept as long as the
 * conversation's state (retention deletes both together).
 */
export interface TurnReplies {
  find(conversationKey: string, activityId: string): Promise<StoredReplies | undefined>;
  /** The first answer stands: recording the same conversation and id again changes nothing. */
  record(conversationKey: string, activityId: string, userKey: string, replies: unknown[]): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Retention

/** One sender in one conversation, with the conversation-state keys their state is kept under. */
export interface ConversationParty {
  /** `channel:conversation`, as transcripts, replies and cases name it. */
  conversationKey: string;
  /** `channel:user`. */
  userKey: string;
  conversationStateKey: string;
  userStateKey: string;
}

export interface Removed {
  conversations: number;
  stateRows: number;
  transcriptRows: number;
  replyRows: number;
  /** Handovers whose personal fields were blanked (context, callback's when and phone, and once finished the conversation reference). */
  handoverRequests: number;
  /** Handover events whose data was blanked to `{"redacted":true}` (the rows stay: the audit trail). */
  handoverEvents: number;
}

/**
 * What retention deletes, and nothing else: conversation state, transcripts, kept replies, and
 * the activity log of a self-hosted website chat (`webchat:` conversations: what the resident's
 * page shows). It also blanks what was said and given on the conversation's handovers (see
 * handoff-redaction.ts), keeping their rows: who asked, who took it, when, and how it ended.
 * Cases and their events are the landlord's records and are never touched. A website chat's
 * conversation row itself (its random user id and its numbering) stays until
 * DirectLineConversations.sweep, so a page's watermark keeps its meaning.
 */
export interface Retention {
  /** Records that the party was heard from at `at` (the server's clock); the latest time wins. */
  touch(party: ConversationParty, at: Date): Promise<void>;
  /** Deletes up to `limit` conversations not heard from since `before`, and idle senders' state. */
  sweep(before: Date, limit: number): Promise<Removed & { more: boolean }>;
  /**
   * The conversation is over: its state, kept replies and website chat log go now; its transcript
   * (staff's record of how a case came about) waits for the sweep, from `at`.
   */
  endConversation(party: ConversationParty, at: Date): Promise<void>;
  /**
   * The sender's state, and the state, transcripts, kept replies and website chat logs of every
   * conversation they were heard in; those conversations' handovers are blanked, an open one
   * keeping only the address that reaches the resident until it finishes.
   */
  forgetUser(party: ConversationParty): Promise<Removed>;
}

// ---------------------------------------------------------------------------------------------
// Website chat: self-hosted Direct Line conversations

/** One activity of a Direct Line conversation, as stored: its number in the conversation and the activity without its id. */
export interface DirectLineEntry {
  seq: number;
  activity: Record<string, unknown>;
}

export type DirectLineAppend = { outcome: 'appended' | 'duplicate'; seq: number } | { outcome: 'missing' | 'full' };

/**
 * Self-hosted Direct Line conversations (src/directline/) and everything said in them, shared by
 * every instance: any instance serves any conversation, and polling reads from here. Times are
 * the server's (the caller's `at`).
 */
export interface DirectLineConversations {
  /**
   * The token signing secret every instance shares: `candidate` is kept if there is none yet;
   * whichever was kept first is returned, to every caller.
   */
  tokenSecret(candidate: string): Promise<string>;
  /** Starts the conversation with its bound user unless it exists; `created` says whether this call did. */
  start(conversationId: string, userId: string, at: Date): Promise<{ created: boolean; userId: string }>;
  /** The conversation's bound user, or undefined for one never started (or deleted by retention). */
  find(conversationId: string): Promise<{ userId: string } | undefined>;
  /**
   * Appends an activity as the conversation's next, numbered one above any before it, and
   * visible to readers in that order. With a `clientKey` already appended, nothing is added and
   * the earlier one's number is returned ('duplicate'). 'missing': no such conversation;
   * 'full': it already holds `maxActivities`.
   */
  append(conversationId: string, entry: { activity: Record<string, unknown>; clientKey: string | null }, at: Date, maxActivities: number): Promise<DirectLineAppend>;
  /** Up to `limit` activities numbered above `afterSeq`, in order. */
  after(conversationId: string, afterSeq: number, limit: number): Promise<DirectLineEntry[]>;
  /**
   * The number of the last activity appended to each of these conversations (0 for none yet),
   * in one read: an instance's open streams ask this every poll, and read `after` only where it
   * moved. Conversations that do not exist are left out.
   */
  lastSeqs(conversationIds: string[]): Promise<Map<string, number>>;
  /** Deletes up to `limit` conversations (and their activities) not written to since `before`. */
  sweep(before: Date, limit: number): Promise<{ conversations: number; more: boolean }>;
}

// ---------------------------------------------------------------------------------------------
// The whole store

export interface StoreHealth {
  ok: boolean;
  kind: 'sqlite' | 'postgres';
  /** The schema version migrations brought the store to; null when it cannot be read. */
  schemaVersion: number | null;
  /** Why not ok; never carries a password or personal data. */
  error?: string;
}

export interface Store {
  /**
   * True when other processes may write the same rows (PostgreSQL): conversation state can then
   * lose a race, and nothing written alongside it may outlive a write that lost. False for the
   * embedded SQLite file, which one process owns.
   */
  readonly shared: boolean;
  conversationState: KeyValueStorage;
  /** One conversation's turns at a time (in-process for SQLite, across instances for PostgreSQL). */
  locks: ConversationLocks;
  cases: CaseStore;
  transcripts: TranscriptStore;
  handoffs: Handoffs;
  staffAccounts: StaffAccounts;
  staffSessions: StaffSessions;
  lookupLocks: LookupLocks;
  turnReplies: TurnReplies;
  retention: Retention;
  directLine: DirectLineConversations;
  health(): Promise<StoreHealth>;
  /** Finishes pending writes and closes the store; nothing may be used after. */
  close(): Promise<void>;
}
