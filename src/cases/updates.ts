import { CalendarRangeError } from '../deadlines/calendar';
import { DateInputError, parseDate } from '../deadlines/local-date';
import { ProfileError } from '../policy/parse';
import { type CaseListing, listingNext, NO_DATES_BASIS, UNAVAILABLE_BASIS } from './listing';
import type { DeadlineService } from '../deadlines/service';
import { applyEvent, type CaseEventInput, type CaseStatus, replay } from './lifecycle';
import { type CaseEvent, type CaseRecord, INITIAL_STATE } from './records';
import type { CaseStore, EventDecision } from '../store/ports';
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
 * Records what staff (or the bot) did on a case: the store reads the case and its events, the
 * pure lifecycle checks the event against them, and the store appends it and updates the listing
 * state, all as one atomic step (the store owns the transaction; the decision stays pure).
 */
export class CaseUpdates {
  constructor(
    private readonly cases: CaseStore,
    readonly deadlines: DeadlineService,
    /** The server's clock: what "today" is when nobody says. */
    private readonly clock: Clock,
  ) {}

  /** The case's status from its events, read now. */
  async status(record: CaseRecord): Promise<CaseStatus> {
    return this.statusFrom(record, await this.cases.events(record.id));
  }

  /** The same, from events the caller already read, e.g. for a whole listing at once. */
  statusFrom(record: Pick<CaseRecord, 'policyId' | 'receivedAt'>, events: CaseEvent[]): CaseStatus {
    const profile = this.deadlines.profile(record.policyId);
    return replay(profile, this.deadlines.calendar(profile), record.receivedAt, events);
  }

  /**
   * Throws CaseNotFound, EventRefused with the reason the event does not fit the case, or
   * CalendarRangeError for an extension that runs past the working-day calendar. `today` (London)
   * is the caller's day, worked out once at its edge; by default, today by the server's clock.
   */
  async record(reference: string, actor: string, event: CaseEventInput, today: string = londonDate(this.clock.now())): Promise<{ record: CaseRecord; status: CaseStatus }> {
    const recorded = await this.cases.recordEvent(reference, actor, (record, events) => decideEvent(this.deadlines, record, events, event, today));
    if (!recorded) throw new CaseNotFound(`no complaint with reference ${reference}`);
    return { record: recorded.record, status: recorded.result };
  }
}

/** The lifecycle's verdict on one event, as the store asks for it; pure, and throws to refuse. */
export function decideEvent(deadlines: DeadlineService, record: CaseRecord, events: CaseEvent[], event: CaseEventInput, today: string): EventDecision<CaseStatus> {
  if (record.kind !== 'complaint') throw new CaseNotFound(`no complaint with reference ${record.reference}`);
  const profile = deadlines.profile(record.policyId);
  const cal = deadlines.calendar(profile);
  const status = applyEvent(profile, cal, record.receivedAt, events, event, today);
  // The lifecycle accepts any length of agreed extension; a date past the working-day calendar
  // would be stored and then break every later reading of the case, so it is refused here.
  for (const x of status.stages.flatMap((st) => st.extensions)) {
    const day = parseDate(x.newDate);
    if (day > cal.last) throw new CalendarRangeError(day, cal);
  }
  const { type, ...data } = event;
  return {
    event: { type, data },
    stage: status.stage,
    state: stateOf(status),
    listing: { next: listingNext(status), basis: deadlines.basis(record.policyId) },
    result: status,
  };
}

export interface ListingUpdate {
  stage: number;
  state: string;
  listing: CaseListing;
}

/**
 * A case's listing fields from its events under the profiles and holidays loaded now: at filing
 * (no events yet) and in the start-up recompute. Pure; a complaint whose profile is not loaded
 * (or whose dates run off the calendar) is marked unavailable rather than failing the caller.
 */
export function listingFor(
  deadlines: DeadlineService,
  record: Pick<CaseRecord, 'kind' | 'policyId' | 'receivedAt' | 'stage' | 'state'>,
  events: CaseEvent[],
): ListingUpdate {
  if (record.kind !== 'complaint') return { stage: record.stage, state: record.state, listing: { next: null, basis: NO_DATES_BASIS } };
  try {
    const profile = deadlines.profile(record.policyId);
    const status = replay(profile, deadlines.calendar(profile), record.receivedAt, events);
    return { stage: status.stage, state: stateOf(status), listing: { next: listingNext(status), basis: deadlines.basis(record.policyId) } };
  } catch (e) {
    if (e instanceof ProfileError || e instanceof CalendarRangeError || e instanceof DateInputError) {
      return { stage: record.stage, state: record.state, listing: { next: null, basis: UNAVAILABLE_BASIS } };
    }
    throw e;
  }
}

/** The listing a new case is filed with. */
export function listingAtFiling(deadlines: DeadlineService, input: Pick<CaseRecord, 'kind' | 'policyId' | 'receivedAt'>): CaseListing {
  return listingFor(deadlines, { ...input, stage: 1, state: INITIAL_STATE[input.kind] }, []).listing;
}
