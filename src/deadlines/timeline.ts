import type { Duration, Interpretation, PolicyProfile, Stage } from '../policy/schema';
import type { WorkingCalendar } from './calendar';
import { type DayNumber, DateInputError, addMonths, parseDate, toLondon } from './local-date';

/**
 * The shared deadline engine: for a case at a stage, under a policy profile, the dates by which
 * the landlord must act and the resident may escalate. Pure: the caller passes the calendar and
 * every date; nothing here reads a clock, a file or a global.
 */

export type DeadlineKind = 'acknowledge' | 'respond' | 'respond_with_extension' | 'escalate' | 'refer_to_ombudsman';

/** What a clock ran from, in the words the explanation uses. */
export type ClockAnchor =
  | 'receipt'
  | 'escalation_request'
  | 'acknowledgement'
  | 'expected_acknowledgement'
  | 'respond_by'
  | 'response';

export type ExplanationNote =
  /** The anchor date was a weekend, bank holiday or closure, so counting began at the next working day. */
  | 'start_moved_to_working_day'
  /** Received at or after the profile's daily cut-off, so it counts as received the next day. */
  | 'received_after_cutoff'
  /** The period crosses a year whose bank holidays are computed, not yet published. */
  | 'computed_holidays'
  /** The stage escalates by itself if this date is missed (Bron Afon 11.4). */
  | 'auto_escalates';

/** Why a date is what it is: the rule, what it counted from and the clause it comes from. */
export interface Explanation {
  kind: DeadlineKind;
  stage: 1 | 2;
  date: string;
  rule: Duration;
  from: ClockAnchor;
  /** The anchor date as given or derived. */
  fromDate: string;
  /** The day counting started from, after moving a non-working anchor to the next working day. */
  countedFrom: string;
  policy: string;
  clause: string;
  interpretation?: Interpretation;
  notes: ExplanationNote[];
}

export interface Deadline {
  date: string;
  day: DayNumber;
  explain: Explanation;
}

export interface TimelineRequest {
  stage: 1 | 2;
  /** Receipt (stage 1) or the escalation request (stage 2): an ISO instant or a date. */
  received: string;
  /** The actual acknowledgement date, if there has been one. */
  acknowledged?: string;
  /** The date the stage was answered, if it has been. */
  responded?: string;
}

export interface Timeline {
  policy: string;
  stage: 1 | 2;
  /** The London date the clock treats as the day of receipt (after any cut-off). */
  received: string;
  acknowledgeBy: Deadline | null;
  respondBy: Deadline;
  respondByWithExtension: Deadline | null;
  escalateBy: Deadline | null;
}

/** Adds a duration to a day that is already the day counting starts from. */
function addDuration(cal: WorkingCalendar, start: DayNumber, d: Duration): DayNumber {
  switch (d.unit) {
    case 'working_days':
      return cal.addWorkingDays(start, d.n);
    case 'calendar_days':
      return start + d.n;
    case 'weeks':
      return start + 7 * d.n;
    case 'months':
      return addMonths(start, d.n);
  }
}

/** Adds a duration to an anchor, moving a non-working anchor to the next working day first. */
export function applyDuration(cal: WorkingCalendar, anchor: DayNumber, d: Duration): { day: DayNumber; countedFrom: DayNumber } {
  const start = cal.nextWorkingDay(anchor);
  return { day: addDuration(cal, start, d), countedFrom: start };
}

/** Where a rule comes from, as an explanation cites it. */
interface RuleSource {
  clause: string;
  interpretation?: Interpretation;
}

/** What every deadline in one timeline shares. */
interface TimelineContext {
  cal: WorkingCalendar;
  stage: 1 | 2;
  policy: string;
}

/** `notes` is the explanation's own list (it is handed on, not copied), with any notes that come first. */
function deadline(
  ctx: TimelineContext,
  kind: DeadlineKind,
  rule: Duration,
  source: RuleSource,
  from: ClockAnchor,
  anchor: DayNumber,
  notes: ExplanationNote[],
): Deadline {
  const { cal } = ctx;
  const countedFrom = cal.nextWorkingDay(anchor);
  const day = addDuration(cal, countedFrom, rule);
  if (countedFrom !== anchor) notes.push('start_moved_to_working_day');
  if (cal.usesComputedHolidays(anchor, day)) notes.push('computed_holidays');
  const date = cal.format(day);
  const explain: Explanation = {
    kind,
    stage: ctx.stage,
    date,
    rule,
    from,
    fromDate: cal.format(anchor),
    countedFrom: cal.format(countedFrom),
    policy: ctx.policy,
    clause: source.clause,
    notes,
  };
  if (source.interpretation) explain.interpretation = source.interpretation;
  return { date, day, explain };
}

/** Reads a received instant or date as the London day the clock starts from. */
export function receivedDay(profile: PolicyProfile, received: string): { day: DayNumber; afterCutoff: boolean } {
  const { date, minutes } = toLondon(received);
  const cutoff = profile.calendar.receiptCutoff;
  if (cutoff && minutes !== null) {
    const [h, m] = cutoff.split(':').map(Number);
    if (minutes >= h * 60 + m) return { day: date + 1, afterCutoff: true };
  }
  return { day: date, afterCutoff: false };
}

function optionalDate(name: string, text: string | undefined): DayNumber | undefined {
  if (text === undefined) return undefined;
  try {
    return toLondon(text).date;
  } catch (e) {
    throw new DateInputError(`${name}: ${(e as Error).message}`);
  }
}

/** A fresh notes list for a clock that runs from receipt. */
function receiptNotes(afterCutoff: boolean): ExplanationNote[] {
  return afterCutoff ? ['received_after_cutoff'] : [];
}

export function computeTimeline(profile: PolicyProfile, cal: WorkingCalendar, req: TimelineRequest): Timeline {
  const stage: Stage = profile.stages[req.stage - 1];
  if (!stage) throw new DateInputError(`stage must be 1 or 2, not ${String(req.stage)}`);
  let rec: { day: DayNumber; afterCutoff: boolean };
  try {
    rec = receivedDay(profile, req.received);
  } catch (e) {
    throw new DateInputError(`received: ${(e as Error).message}`);
  }
  const acknowledged = optionalDate('acknowledged', req.acknowledged);
  const responded = optionalDate('responded', req.responded);
  const n = req.stage;
  const ctx: TimelineContext = { cal, stage: n, policy: profile.id };
  const receivedAnchor: ClockAnchor = n === 1 ? 'receipt' : 'escalation_request';

  const ack = stage.acknowledge;
  const acknowledgeBy = ack
    ? deadline(ctx, 'acknowledge', ack.within, ack, receivedAnchor, rec.day, receiptNotes(rec.afterCutoff))
    : null;

  let respondFrom: ClockAnchor = receivedAnchor;
  let respondAnchor = rec.day;
  if (stage.respond.from === 'acknowledgement') {
    if (acknowledged !== undefined) {
      respondFrom = 'acknowledgement';
      respondAnchor = acknowledged;
    } else {
      // Before acknowledgement, the reply is due so many days after the date it must be acknowledged by.
      respondFrom = 'expected_acknowledgement';
      respondAnchor = (acknowledgeBy as Deadline).day;
    }
  }
  const respondNotes = stage.respond.from === 'acknowledgement' ? [] : receiptNotes(rec.afterCutoff);
  if (stage.autoEscalatesWhenLate) respondNotes.push('auto_escalates');
  const respondBy = deadline(ctx, 'respond', stage.respond.within, stage.respond, respondFrom, respondAnchor, respondNotes);

  const ext = stage.extension;
  const respondByWithExtension = ext ? deadline(ctx, 'respond_with_extension', ext.max, ext, 'respond_by', respondBy.day, []) : null;

  let escalateBy: Deadline | null = null;
  if (responded !== undefined) {
    if (n === 1 && profile.escalation) {
      const esc = profile.escalation;
      escalateBy = deadline(ctx, 'escalate', esc.within, esc, 'response', responded, []);
    } else if (n === 2 && profile.ombudsman.referral.from === 'final_response') {
      const r = profile.ombudsman.referral;
      escalateBy = deadline(ctx, 'refer_to_ombudsman', r.within, { clause: r.clause }, 'response', responded, []);
    }
  }

  return { policy: profile.id, stage: n, received: cal.format(rec.day), acknowledgeBy, respondBy, respondByWithExtension, escalateBy };
}

export type DueStatus =
  | { status: 'due_in'; workingDays: number }
  | { status: 'due_today'; workingDays: 0 }
  | { status: 'overdue'; workingDays: number };

/**
 * Working days left before a date, or by how many it was missed, as seen on `today`:
 * due tomorrow (a working day) is 1 left; due yesterday is 1 overdue.
 */
export function dueStatus(cal: WorkingCalendar, today: DayNumber, due: DayNumber): DueStatus {
  if (due === today) return { status: 'due_today', workingDays: 0 };
  if (due > today) return { status: 'due_in', workingDays: cal.workingDaysBetween(today, due) };
  return { status: 'overdue', workingDays: cal.workingDaysBetween(due, today) };
}

export function dueStatusOn(cal: WorkingCalendar, today: string, due: string): DueStatus {
  return dueStatus(cal, parseDate(today), parseDate(due));
}
