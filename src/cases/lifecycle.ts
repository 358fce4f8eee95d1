import { z } from 'zod';
import type { WorkingCalendar } from '../deadlines/calendar';
import { formatDate, parseDate, toLondon } from '../deadlines/local-date';
import { applyDuration, computeTimeline, type Deadline, dueStatus, type DueStatus, type Timeline } from '../deadlines/timeline';
import type { Duration, PolicyProfile } from '../policy/schema';

/**
 * A case's life after filing, as an append-only list of events, and what follows from them:
 * the stage it is at, what has happened, and the next date the landlord must meet, all from
 * the shared deadline engine. Pure: the staff API and the bot both replay the same events here.
 */

const realDate = (v: string) => {
  try {
    parseDate(v);
    return true;
  } catch {
    return false;
  }
};
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD').refine(realDate, 'is not a real date');
const instant = z.string().refine((v) => {
  try {
    toLondon(v);
    return true;
  } catch {
    return false;
  }
}, 'must be a date (YYYY-MM-DD) or an ISO 8601 instant with an offset');
// Even an agreed extension is bounded: a year is far past any policy, and a typo should not be.
const DurationInput = z
  .object({ n: z.number().int().positive(), unit: z.enum(['working_days', 'calendar_days', 'weeks', 'months']) })
  .strict()
  .refine((d) => ({ working_days: 1.4, calendar_days: 1, weeks: 7, months: 30.5 })[d.unit] * d.n <= 366, 'must be a year or less');

export const OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld'] as const;

/** What staff (or the bot, for an escalation) can record. Every field is named in validation errors. */
export const CaseEventInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('acknowledged'), date: day, officer: z.string().min(1).max(200).optional() }).strict(),
  z
    .object({
      type: z.literal('extended'),
      length: DurationInput,
      reason: z.string().min(1, 'a reason is required').max(2000),
      residentAgreed: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('answered'),
      date: day,
      outcome: z.enum(OUTCOMES),
      remedies: z.array(z.string().min(1).max(500)).max(20).default([]),
    })
    .strict(),
  z
    .object({
      type: z.literal('escalation_received'),
      /** When the request arrived: an ISO instant or a date. */
      at: instant,
      stillUnhappy: z.string().max(4000).optional(),
      outcomeWanted: z.string().max(4000).optional(),
    })
    .strict(),
  z.object({ type: z.literal('closed'), reason: z.string().max(2000).optional() }).strict(),
  z.object({ type: z.literal('reopened'), reason: z.string().min(1, 'a reason is required').max(2000) }).strict(),
  z.object({ type: z.literal('note'), text: z.string().min(1).max(4000) }).strict(),
]);
export type CaseEventInput = z.infer<typeof CaseEventInput>;

export interface StoredEvent {
  type: string;
  data: unknown;
  at: string;
  actor: string;
}

export interface Extension {
  length: Duration;
  reason: string;
  residentAgreed: boolean;
  /** The new date the stage must be answered by. */
  newDate: string;
}

export interface StageRecord {
  stage: 1 | 2;
  /** Receipt (stage 1) or the escalation request (stage 2), as recorded. */
  received: string;
  acknowledged?: string;
  officer?: string;
  extensions: Extension[];
  answered?: { date: string; outcome: (typeof OUTCOMES)[number]; remedies: string[] };
  /** The escalation came in after the profile's window: the landlord's discretion applies. */
  late?: boolean;
  stillUnhappy?: string;
  outcomeWanted?: string;
}

export interface CaseStatus {
  stage: 1 | 2;
  closed: boolean;
  /** Both stages answered: the landlord's process is complete. */
  finished: boolean;
  stages: StageRecord[];
  timeline: Timeline;
  /** The next date the landlord must meet, or null when nothing is pending. */
  /** `clause` is why the date is what it is: the deadline's own, or after an extension the policy's extension rule (null where none, the resident having agreed). */
  next: { kind: 'acknowledge' | 'respond'; date: string; deadline: Deadline | null; extended: boolean; clause: string | null } | null;
  notes: string[];
}

/**
 * Why an event was refused, as a stable machine code (the staff API's `refusal`) with the values
 * its wording needs, so a client can say it in its own language; the English message is made
 * from the same values. Codes are never renamed: integrators match on them.
 */
export const REFUSALS = [
  'not_open_acknowledge',
  'not_open_extend',
  'not_open_answer',
  'already_acknowledged',
  'before_received',
  'before_acknowledged',
  'after_today',
  'no_extension_rule',
  'extension_needs_agreement',
  'extension_past_max',
  'extension_never_past_max',
  'closed_reopen_first',
  'already_stage2',
  'stage1_not_answered',
  'before_stage1_answer',
  'already_closed',
  'not_closed',
  'not_an_exclusion',
  'no_review_requested',
  'before_review_requested',
] as const;
export type Refusal = (typeof REFUSALS)[number];
export type RefusalParams = Record<string, string | number>;

/** An event that does not fit the case as it stands; `field` names the part of the event at fault. */
export class EventRefused extends Error {
  readonly field?: string;
  constructor(
    readonly refusal: Refusal,
    readonly params: RefusalParams,
    message: string,
    field?: string,
  ) {
    super(field && !message.startsWith(`${field}:`) ? `${field}: ${message}` : message);
    this.field = field;
  }
}

/**
 * An event dated after today (London, by the server's clock). Nobody can have acknowledged or
 * answered a complaint tomorrow; a date in the future is a typo or a plan, and recorded as a
 * fact it would tell the resident, in the past tense, something that has not happened.
 */
export class EventInFuture extends EventRefused {}

function londonDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : formatDate(toLondon(value).date);
}

function current(stages: StageRecord[]): StageRecord {
  return stages[stages.length - 1];
}

function timelineOf(profile: PolicyProfile, cal: WorkingCalendar, s: StageRecord): Timeline {
  return computeTimeline(profile, cal, { stage: s.stage, received: s.received, acknowledged: s.acknowledged, responded: s.answered?.date });
}

function extensionTotal(cal: WorkingCalendar, from: Deadline, exts: Array<{ length: Duration }>): number {
  let d = from.day;
  for (const e of exts) d = applyDuration(cal, d, e.length).day;
  return d;
}

function beforeReceived(date: string, s: StageRecord): EventRefused {
  const received = londonDate(s.received);
  return new EventRefused('before_received', { date, stage: s.stage, received }, `${date} is before the stage ${s.stage} request arrived (${received})`, 'date');
}

/** Applies one event to the status, or refuses it with the reason (answering stage 2 before stage 1 …). */
function apply(profile: PolicyProfile, cal: WorkingCalendar, status: CaseStatus, e: CaseEventInput): void {
  const s = current(status.stages);
  const open = !status.closed && !s.answered;
  switch (e.type) {
    case 'acknowledged': {
      if (!open) throw new EventRefused('not_open_acknowledge', { stage: s.stage }, `stage ${s.stage} is not open, so it cannot be acknowledged`);
      if (s.acknowledged) throw new EventRefused('already_acknowledged', { stage: s.stage, acknowledged: s.acknowledged }, `stage ${s.stage} was already acknowledged on ${s.acknowledged}`);
      if (e.date < londonDate(s.received)) throw beforeReceived(e.date, s);
      s.acknowledged = e.date;
      if (e.officer) s.officer = e.officer;
      break;
    }
    case 'extended': {
      if (!open) throw new EventRefused('not_open_extend', { stage: s.stage }, `stage ${s.stage} is not open, so it cannot be extended`);
      const rule = profile.stages[s.stage - 1].extension;
      const tl = timelineOf(profile, cal, s);
      const all = [...s.extensions, e];
      const newDay = extensionTotal(cal, tl.respondBy, all);
      if (!e.residentAgreed) {
        if (!rule) throw new EventRefused('no_extension_rule', { stage: s.stage }, `the policy sets no extension at stage ${s.stage} without the resident's agreement`, 'length');
        const maxDay = applyDuration(cal, tl.respondBy.day, rule.max).day;
        if (rule.agreementNeeded) throw new EventRefused('extension_needs_agreement', { clause: rule.clause }, `the policy needs the resident's agreement to any extension (${rule.clause})`, 'residentAgreed');
        if (newDay > maxDay) {
          throw new EventRefused(
            'extension_past_max',
            { stage: s.stage, date: cal.format(newDay), n: rule.max.n, unit: rule.max.unit, maxDate: cal.format(maxDay), clause: rule.clause },
            `extensions at stage ${s.stage} would run to ${cal.format(newDay)}, past the policy's maximum of ${rule.max.n} ${rule.max.unit.replace('_', ' ')} (${cal.format(maxDay)}, ${rule.clause}); anything longer needs the resident's agreement`,
            'length',
          );
        }
      } else if (rule && rule.beyondMax === 'not_allowed' && newDay > applyDuration(cal, tl.respondBy.day, rule.max).day) {
        throw new EventRefused(
          'extension_never_past_max',
          { n: rule.max.n, unit: rule.max.unit, clause: rule.clause },
          `the policy does not allow an extension past ${rule.max.n} ${rule.max.unit.replace('_', ' ')} even with agreement (${rule.clause})`,
          'length',
        );
      }
      s.extensions.push({ length: e.length, reason: e.reason, residentAgreed: e.residentAgreed, newDate: cal.format(newDay) });
      break;
    }
    case 'answered': {
      if (!open) throw new EventRefused('not_open_answer', { stage: s.stage }, `stage ${s.stage} is not open, so it cannot be answered`);
      if (e.date < londonDate(s.received)) throw beforeReceived(e.date, s);
      s.answered = { date: e.date, outcome: e.outcome, remedies: e.remedies ?? [] };
      if (s.stage === 2) status.finished = true;
      break;
    }
    case 'escalation_received': {
      if (status.closed) throw new EventRefused('closed_reopen_first', {}, 'the case is closed; reopen it first');
      if (s.stage === 2) throw new EventRefused('already_stage2', {}, 'the case is already at stage 2');
      if (!s.answered) throw new EventRefused('stage1_not_answered', {}, 'stage 1 has not been answered yet, so there is nothing to escalate');
      const at = londonDate(e.at);
      if (at < s.answered.date) throw new EventRefused('before_stage1_answer', { date: at, answered: s.answered.date }, `${at} is before the stage 1 answer (${s.answered.date})`, 'at');
      const window = timelineOf(profile, cal, s).escalateBy;
      status.stages.push({
        stage: 2,
        received: e.at,
        extensions: [],
        late: window ? at > window.date : false,
        stillUnhappy: e.stillUnhappy,
        outcomeWanted: e.outcomeWanted,
      });
      status.stage = 2;
      break;
    }
    case 'closed':
      if (status.closed) throw new EventRefused('already_closed', {}, 'the case is already closed');
      status.closed = true;
      break;
    case 'reopened':
      if (!status.closed) throw new EventRefused('not_closed', {}, 'the case is not closed');
      status.closed = false;
      break;
    case 'note':
      status.notes.push(e.text);
      break;
  }
}

function finish(profile: PolicyProfile, cal: WorkingCalendar, status: CaseStatus): CaseStatus {
  const s = current(status.stages);
  status.timeline = timelineOf(profile, cal, s);
  const tl = status.timeline;
  if (status.closed || s.answered) status.next = null;
  else if (!s.acknowledged && tl.acknowledgeBy) status.next = { kind: 'acknowledge', date: tl.acknowledgeBy.date, deadline: tl.acknowledgeBy, extended: false, clause: tl.acknowledgeBy.explain.clause };
  else {
    const ext = s.extensions.at(-1);
    status.next = ext
      ? { kind: 'respond', date: ext.newDate, deadline: null, extended: true, clause: profile.stages[s.stage - 1].extension?.clause ?? null }
      : { kind: 'respond', date: tl.respondBy.date, deadline: tl.respondBy, extended: false, clause: tl.respondBy.explain.clause };
  }
  return status;
}

function initial(profile: PolicyProfile, cal: WorkingCalendar, receivedAt: string): CaseStatus {
  const stages: StageRecord[] = [{ stage: 1, received: receivedAt, extensions: [] }];
  return { stage: 1, closed: false, finished: false, stages, timeline: timelineOf(profile, cal, stages[0]), next: null, notes: [] };
}

/** The case's status from its filing and its events, in order. Events that do not parse are skipped. */
export function replay(profile: PolicyProfile, cal: WorkingCalendar, receivedAt: string, events: StoredEvent[]): CaseStatus {
  const status = initial(profile, cal, receivedAt);
  for (const ev of events) {
    const parsed = CaseEventInput.safeParse({ type: ev.type, ...(ev.data as object) });
    if (!parsed.success) continue; // "filed" and other bookkeeping events carry no state change
    apply(profile, cal, status, parsed.data);
  }
  return finish(profile, cal, status);
}

/**
 * What only a new event is held to: nothing dated after today, and no stage answered before it
 * was acknowledged. Not applied on replay, so a history recorded before these checks still reads.
 */
function checkNew(status: CaseStatus, e: CaseEventInput, today: string): void {
  const s = current(status.stages);
  const dated = e.type === 'acknowledged' || e.type === 'answered' ? { field: 'date', date: e.date } : e.type === 'escalation_received' ? { field: 'at', date: londonDate(e.at) } : null;
  if (dated && dated.date > today) throw new EventInFuture('after_today', { date: dated.date, today }, `${dated.date} is after today (${today}); record what has happened, on the day it happened`, dated.field);
  if (e.type === 'answered' && s.acknowledged && !s.answered && e.date < s.acknowledged) {
    throw new EventRefused('before_acknowledged', { date: e.date, stage: s.stage, acknowledged: s.acknowledged }, `${e.date} is before the stage ${s.stage} acknowledgement (${s.acknowledged})`, 'date');
  }
}

/**
 * Checks a new event against the case as it stands on `today` (the London date, from the
 * caller's clock: this module has none); throws EventRefused with the reason.
 */
export function applyEvent(profile: PolicyProfile, cal: WorkingCalendar, receivedAt: string, events: StoredEvent[], next: CaseEventInput, today: string): CaseStatus {
  const status = replay(profile, cal, receivedAt, events);
  checkNew(status, next, today);
  apply(profile, cal, status, next);
  return finish(profile, cal, status);
}

/** Where the next date stands on a given day. */
export function nextDue(cal: WorkingCalendar, status: CaseStatus, today: string): DueStatus | null {
  return status.next ? dueStatus(cal, parseDate(today), parseDate(status.next.date)) : null;
}
