import type { CaseStatus, StageRecord } from '../cases/lifecycle';
import type { ListingNext } from '../cases/listing';
import type { CaseEvent, CaseRecord } from '../cases/records';
import type { WorkingCalendar } from '../deadlines/calendar';
import { parseDate } from '../deadlines/local-date';
import { type Deadline, dueStatus } from '../deadlines/timeline';
import { whenTexts } from '../i18n/when-text';

/**
 * JSON views of cases for staff: plain data in, plain data out, so the same shapes serve the
 * API, the exports and anything else that lists cases.
 */

export interface NextView {
  kind: 'acknowledge' | 'respond';
  date: string;
  /** The date comes from an extension rather than the policy's own rule. */
  extended: boolean;
  /** Where the date stands on `asOf`. */
  due: 'due_in' | 'due_today' | 'overdue';
  /** Working days left (due_in), 0 (due_today) or by how many it was missed (overdue). */
  workingDays: number;
  clause: string | null;
}

export function nextView(cal: WorkingCalendar, status: CaseStatus, asOf: string): NextView | null {
  const next = status.next;
  if (!next) return null;
  return storedNextView(cal, { kind: next.kind, date: next.date, extended: next.extended, clause: next.clause }, asOf);
}

/** The same from a case's stored listing fields: only the working days are counted, for the page shown. */
export function storedNextView(cal: WorkingCalendar, next: ListingNext, asOf: string): NextView {
  const d = dueStatus(cal, parseDate(asOf), parseDate(next.date));
  return { kind: next.kind, date: next.date, extended: next.extended, due: d.status, workingDays: d.workingDays, clause: next.clause };
}

function deadlineView(d: Deadline | null) {
  if (!d) return null;
  const e = d.explain;
  return {
    date: d.date,
    rule: e.rule,
    from: e.from,
    fromDate: e.fromDate,
    countedFrom: e.countedFrom,
    clause: e.clause,
    ...(e.interpretation ? { interpretation: e.interpretation } : {}),
    notes: e.notes,
  };
}

function stageView(s: StageRecord) {
  return {
    stage: s.stage,
    received: s.received,
    acknowledged: s.acknowledged ?? null,
    officer: s.officer ?? null,
    extensions: s.extensions,
    answered: s.answered ?? null,
    ...(s.stage === 2 ? { late: s.late ?? false, stillUnhappy: s.stillUnhappy ?? null, outcomeWanted: s.outcomeWanted ?? null } : {}),
  };
}

/** What has happened on a complaint and what is next, as seen on `asOf`. */
export function statusView(cal: WorkingCalendar, status: CaseStatus, asOf: string) {
  const tl = status.timeline;
  return {
    asOf,
    stage: status.stage,
    closed: status.closed,
    finished: status.finished,
    next: nextView(cal, status, asOf),
    stages: status.stages.map(stageView),
    /** The current stage's dates under the policy, with the rule and clause behind each. */
    dates: {
      acknowledgeBy: deadlineView(tl.acknowledgeBy),
      respondBy: deadlineView(tl.respondBy),
      respondByWithExtension: deadlineView(tl.respondByWithExtension),
      escalateBy: deadlineView(tl.escalateBy),
    },
    notes: status.notes,
  };
}
export type StatusView = ReturnType<typeof statusView>;

function summary(record: CaseRecord) {
  return {
    reference: record.reference,
    kind: record.kind,
    policy: { id: record.policyId, version: record.policyVersion },
    state: record.state,
    stage: record.stage,
    received: record.receivedAt,
    language: record.language,
    channel: record.channelId,
  };
}

/**
 * A case as staff read it. `status` is null for service requests, exclusions and feedback,
 * which have no stages; `problem` says why when a complaint's status cannot be worked out.
 */
export function caseView(record: CaseRecord, events: CaseEvent[], status: StatusView | null, problem?: string, names: ReadonlyMap<string, string> = new Map()) {
  return {
    ...summary(record),
    filedAt: record.createdAt,
    details: record.details,
    // Issue #19: "when" in words, both languages ("since October 2024, ongoing").
    when: whenTexts(record.details.when),
    triage: record.triage,
    // `actor` is who acted as recorded (person:<sign-in name>, for audit); `actorName` the person's display name now, null for systems, the bot and the resident.
    events: events.map((e) => ({ id: e.id, type: e.type, at: e.at, actor: e.actor, actorName: names.get(e.actor) ?? null, data: e.data })),
    status,
    ...(problem ? { problem } : {}),
  };
}

export function listItem(record: CaseRecord, next: NextView | null, problem?: string) {
  return { ...summary(record), next, ...(problem ? { problem } : {}) };
}

/**
 * A review waiting in the queue: the exclusion as a listing shows it, when the resident asked
 * and in what words, and how long it has waited. `due` is null: no shipped profile sets a time
 * for looking again at an exclusion (README, "reviews residents asked for").
 */
export function reviewItem(record: CaseRecord, request: CaseEvent, waiting: { days: number; workingDays: number | null }) {
  const words = (request.data as { words?: unknown } | null)?.words;
  return { ...summary(record), requestedAt: request.at, words: typeof words === 'string' ? words : null, waiting, due: null };
}
