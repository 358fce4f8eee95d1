import { z } from 'zod';
import type { CaseEvent, CaseRecord } from '../cases/records';
import { type CaseListing, type DirectLineEntry, type Handoff, type HandoffEvent, HANDOFF_REASONS, type SignInFlow, type StaffAccount, type StaffSession, type StoredReplies } from './ports';

/**
 * Stored rows, decoded with their own versioned schemas, shared by both adapters. These are what
 * the tables hold, not what the API accepts: a row written by an older release either decodes
 * here or fails loudly with the case it belongs to, instead of flowing on half-read.
 *
 * JSON columns arrive as text from SQLite and already parsed from PostgreSQL's jsonb; ids as
 * numbers from SQLite and, for bigint columns, as strings from `pg`. Both are accepted.
 * A new column or a changed JSON shape is a new version (CaseRowV2...) with its migration.
 */

const json = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v, ctx) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not JSON' });
      return z.NEVER;
    }
  }, inner);
const id = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number), z.bigint().transform(Number)]);
const instant = z.union([z.string(), z.date().transform((d) => d.toISOString())]);

const PRECISIONS = ['day', 'week', 'month', 'year', 'approx'] as const;
/** details.when as filed before issue #19 (src/cases/intake.ts WhenAnswer): the words and the date read. */
export const WhenAnswerV1 = z.looseObject({
  text: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  precision: z.enum(PRECISIONS).nullable(),
});
/** Issue #19: `ongoing`, the problem still going on and `date` when it started. Absent on V1 answers, read as one-off. */
export const WhenAnswerV2 = WhenAnswerV1.extend({ ongoing: z.boolean().optional() });
/** A case's details: the intake's answers, kept as filed; the parts code decides on are checked. */
export const CaseDetailsV2 = z.looseObject({ when: WhenAnswerV2.optional() });

export const CaseRowV1 = z.object({
  id,
  reference: z.string().min(1),
  kind: z.enum(['complaint', 'service_request', 'excluded', 'feedback']),
  policy_id: z.string(),
  policy_version: z.string(),
  stage: z.number().int(),
  state: z.string(),
  language: z.enum(['cy', 'en']),
  channel_id: z.string(),
  user_key: z.string(),
  conversation_key: z.string(),
  conversation_ref: json(z.record(z.string(), z.unknown())),
  received_at: instant,
  /** Details V2 (issue #19): a V1 row, with no `ongoing`, decodes unchanged. */
  details: json(CaseDetailsV2),
  triage: json(z.unknown()).nullable(),
  deadlines: json(z.unknown()),
  created_at: instant,
  /** Migration 8; absent from rows read by an older query. */
  resident_last_at: instant.nullable().optional(),
});

/** The listing fields beside a case row (migration 4). */
export const CaseListingRowV1 = z.object({
  next_kind: z.enum(['acknowledge', 'respond']).nullable(),
  next_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  next_extended: z.union([z.boolean(), z.number().int().transform((n) => n !== 0)]).nullable(),
  next_clause: z.string().nullable(),
  listing_basis: z.string(),
});

export const CaseEventRowV1 = z.object({
  id,
  at: instant,
  actor: z.string(),
  type: z.string().min(1),
  data: json(z.unknown()),
});

/** A handover with its lifecycle (migration 6 gave handoff_requests its state and the rest). */
export const HandoffRowV2 = z.object({
  id,
  conversation_key: z.string(),
  conversation_ref: json(z.unknown()),
  channel_id: z.string(),
  language: z.enum(['cy', 'en']).nullable(),
  reason: z.enum(HANDOFF_REASONS as [string, ...string[]]),
  at: instant,
  state: z.enum(['waiting', 'taken', 'callback', 'finished']),
  case_reference: z.string().nullable(),
  context: json(z.unknown()),
  callback: json(
    z.object({ why: z.enum(['closed', 'unanswered']), when: z.string().nullable(), phone: z.string().nullable(), requestedAt: z.string().nullable() }).nullable(),
  ).nullable(),
  taken_by: z.string().nullable(),
  taken_at: instant.nullable(),
  finished_by: z.string().nullable(),
  finished_at: instant.nullable(),
  outcome: z.enum(['handed_back', 'completed', 'failed', 'superseded']).nullable(),
});

export const HandoffEventRowV1 = z.object({
  id,
  handoff_id: id,
  at: instant,
  kind: z.string().min(1),
  actor: z.string(),
  data: json(z.unknown()),
});

export const TurnRepliesRowV1 = z.object({
  user_key: z.string(),
  replies: json(z.array(z.unknown())),
});

const flag = z.union([z.boolean(), z.number().int().transform((n) => n !== 0)]);

/** Staff accounts, sessions and sign-in flows (migration 7). */
export const StaffAccountRowV1 = z.object({
  name: z.string().min(1),
  display_name: z.string(),
  password_hash: z.string().nullable(),
  must_change_password: flag,
  disabled: flag,
  created_at: instant,
  updated_at: instant,
});

export const StaffSessionRowV1 = z.object({
  id_hash: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().min(1),
  csrf_token: z.string().min(1),
  created_at: instant,
  last_seen_at: instant,
  expires_at: instant,
});

export const SignInFlowRowV1 = z.object({
  id_hash: z.string().regex(/^[0-9a-f]{64}$/),
  state: z.string(),
  nonce: z.string(),
  code_verifier: z.string(),
  expires_at: instant,
});

/** An activity of a self-hosted Direct Line conversation (migration 5). */
export const DirectLineActivityRowV1 = z.object({
  seq: id,
  data: json(z.record(z.string(), z.unknown())),
});

/** A stored row that no schema version reads: the store is damaged or newer than this release. */
export class StoredRowError extends Error {
  constructor(what: string, issues: z.core.$ZodIssue[]) {
    const where = issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ');
    super(`${what} cannot be read: ${where}`);
    this.name = 'StoredRowError';
  }
}

/** Names the row by its reference (never its contents) when it does not decode. */
function decode<S extends z.ZodType>(schema: S, row: unknown, what: () => string): z.output<S> {
  const r = schema.safeParse(row);
  if (!r.success) throw new StoredRowError(what(), r.error.issues);
  return r.data;
}

export function caseFromRow(row: unknown): CaseRecord {
  const r = decode(CaseRowV1, row, () => `case ${String((row as { reference?: unknown })?.reference ?? '?')}`);
  return {
    id: r.id,
    reference: r.reference,
    kind: r.kind,
    policyId: r.policy_id,
    policyVersion: r.policy_version,
    stage: r.stage,
    state: r.state,
    language: r.language,
    channelId: r.channel_id,
    userKey: r.user_key,
    conversationKey: r.conversation_key,
    conversationRef: r.conversation_ref,
    receivedAt: r.received_at,
    details: r.details as CaseRecord['details'],
    triage: r.triage ?? null,
    deadlines: r.deadlines,
    createdAt: r.created_at,
    residentLastAt: r.resident_last_at ?? null,
  };
}

export function listingFromRow(row: unknown): CaseListing {
  const r = decode(CaseListingRowV1, row, () => `the listing of case ${String((row as { reference?: unknown })?.reference ?? '?')}`);
  const next = r.next_kind !== null && r.next_date !== null ? { kind: r.next_kind, date: r.next_date, extended: r.next_extended ?? false, clause: r.next_clause } : null;
  return { next, basis: r.listing_basis };
}

export function eventFromRow(row: unknown, reference?: string): CaseEvent {
  const r = decode(CaseEventRowV1, row, () => `an event of case ${reference ?? String((row as { case_id?: unknown })?.case_id ?? '?')}`);
  return { id: r.id, at: r.at, actor: r.actor, type: r.type, data: r.data };
}

export function handoffFromRow(row: unknown): Handoff {
  const r = decode(HandoffRowV2, row, () => `handover ${String((row as { id?: unknown })?.id ?? '?')}`);
  return {
    id: r.id,
    conversationKey: r.conversation_key,
    conversationRef: r.conversation_ref,
    channelId: r.channel_id,
    language: r.language,
    reason: r.reason as Handoff['reason'],
    at: r.at,
    state: r.state,
    caseReference: r.case_reference,
    context: r.context,
    callback: r.callback ?? null,
    takenBy: r.taken_by,
    takenAt: r.taken_at,
    finishedBy: r.finished_by,
    finishedAt: r.finished_at,
    outcome: r.outcome,
  };
}

export function handoffEventFromRow(row: unknown): HandoffEvent {
  const r = decode(HandoffEventRowV1, row, () => `an event of handover ${String((row as { handoff_id?: unknown })?.handoff_id ?? '?')}`);
  return { id: r.id, handoffId: r.handoff_id, at: r.at, kind: r.kind, actor: r.actor, data: r.data };
}

export function turnRepliesFromRow(row: unknown): StoredReplies {
  const r = decode(TurnRepliesRowV1, row, () => 'kept replies');
  return { userKey: r.user_key, replies: r.replies };
}

export function staffAccountFromRow(row: unknown): StaffAccount {
  const r = decode(StaffAccountRowV1, row, () => 'a staff account');
  return {
    name: r.name,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    mustChangePassword: r.must_change_password,
    disabled: r.disabled,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function staffSessionFromRow(row: unknown): StaffSession {
  const r = decode(StaffSessionRowV1, row, () => 'a staff session');
  return { idHash: r.id_hash, name: r.name, csrfToken: r.csrf_token, createdAt: r.created_at, lastSeenAt: r.last_seen_at, expiresAt: r.expires_at };
}

export function signInFlowFromRow(row: unknown): SignInFlow {
  const r = decode(SignInFlowRowV1, row, () => 'a sign-in flow');
  return { idHash: r.id_hash, state: r.state, nonce: r.nonce, codeVerifier: r.code_verifier, expiresAt: r.expires_at };
}

export function directLineEntryFromRow(row: unknown): DirectLineEntry {
  const r = decode(DirectLineActivityRowV1, row, () => `a website chat activity (number ${String((row as { seq?: unknown })?.seq ?? '?')})`);
  return { seq: r.seq, activity: r.data };
}
