import { CalendarRangeError } from '../deadlines/calendar';
import { parseDate } from '../deadlines/local-date';
import type { DeadlineService } from '../deadlines/service';
import { applyEvent, type CaseEventInput, type CaseStatus, replay } from './lifecycle';
import type { CaseEvent, CaseRecord, CaseRepository } from './repository';
import type { Db } from '../store/database';
import { type Clock, londonDate } from '../clock/clock';

/** Every value of cases.state: complaints by stage (stateOf), other kinds by their kind. */
export const CASE_STATES = [
  'stage1_open',
  'stage1_answered',
  'stage2_open',
  'stage2_answered',
  'closed',
  'service_request',
  'excluded',
  'feedback',
] as const;

/** States in which a complaint has a next date to meet (status.next is not null). */
export const OPEN_STATES = ['stage1_open', 'stage2_open'] as const;

/** The state a case is listed under: a cache of the events, rewritten with each one. */
export function stateOf(status: CaseStatus): string {
  if (status.closed) return 'closed';
  const s = status.stages[status.stages.length - 1];
  return `stage${s.stage}_${s.answered ? 'answered' : 'open'}`;
}

export class CaseNotFound extends Error {}

/**
 * Records what staff (or the bot) did on a case: checks the event against the case's state
 * through the pure lifecycle, appends it, and updates the listing state, in one transaction.
 */
export class CaseUpdates {
  constructor(
    private readonly db: Db,
    private readonly cases: CaseRepository,
    private readonly deadlines: DeadlineService,
    /** The server's clock: what "today" is when nobody says. */
    private readonly clock: Clock,
  ) {}

  /** `events` may be passed when the caller already read them, e.g. for a whole listing at once. */
  status(record: CaseRecord, events: CaseEvent[] = this.cases.events(record.id)): CaseStatus {
    const profile = this.deadlines.profile(record.policyId);
    return replay(profile, this.deadlines.calendar(profile), record.receivedAt, events);
  }

  /**
   * Throws CaseNotFound, EventRefused with the reason the event does not fit the case, or
   * CalendarRangeError for an extension that runs past the working-day calendar. `today` (London)
   * is the caller's day, worked out once at its edge; by default, today by the server's clock.
   */
  record(reference: string, actor: string, event: CaseEventInput, today: string = londonDate(this.clock.now())): { record: CaseRecord; status: CaseStatus } {
    return this.db.transaction(() => {
      const record = this.cases.byReference(reference);
      if (!record || record.kind !== 'complaint') throw new CaseNotFound(`no complaint with reference ${reference}`);
      const profile = this.deadlines.profile(record.policyId);
      const cal = this.deadlines.calendar(profile);
      const status = applyEvent(profile, cal, record.receivedAt, this.cases.events(record.id), event, today);
      // The lifecycle accepts any length of agreed extension; a date past the working-day calendar
      // would be stored and then break every later reading of the case, so it is refused here.
      for (const x of status.stages.flatMap((st) => st.extensions)) {
        const day = parseDate(x.newDate);
        if (day > cal.last) throw new CalendarRangeError(day, cal);
      }
      const { type, ...data } = event;
      this.cases.appendEvent(record.id, actor, type, data);
      this.db.prepare('UPDATE cases SET stage = ?, state = ? WHERE id = ?').run(status.stage, stateOf(status), record.id);
      return { record: this.cases.byReference(reference)!, status };
    })();
  }
}
